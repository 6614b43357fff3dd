package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// dataInterviews are the interviews of the data tests.
func dataInterviews() []journal.Interview {
	return []journal.Interview{
		{Company: "Acme", Role: "Backend engineer", Date: journal.NewDate(2026, 3, 14), Stage: journal.StageFirst, MoodAfter: 3, Tags: []string{"remote"}},
		{Company: "Globex", Role: "Platform lead", Date: journal.NewDate(2026, 3, 2), Stage: journal.StageFinal, Answers: []journal.Answer{{Prompt: "energy", Title: "Energy", Value: "high ✓"}}},
	}
}

// exportJSON runs debrief export on db and returns the document.
func exportJSON(t *testing.T, db string) string {
	t.Helper()
	out, errOut, code := execCLI(t, db, "", "export")
	if code != 0 {
		t.Fatalf("export failed (%d): %s", code, errOut)
	}
	return out
}

// folderState returns the names and contents of every file under dir, so a
// test can tell that nothing there changed.
func folderState(t *testing.T, dir string) map[string]string {
	t.Helper()
	state := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		state[p] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return state
}

func sameState(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestImportRejectsWholeFile(t *testing.T) {
	good := exportJSON(t, seedJournal(t, dataInterviews()...))
	for _, c := range []struct {
		name, from, to, want string
	}{
		{"Syntax", `"role": "Backend engineer",`, `"role": "Backend engineer" "x",`, "malformed"},
		{"Format", `"format": "debrief"`, `"format": "diary"`, "not a debrief export"},
		{"Version", `"version": 2`, `"version": 99`, "newer debrief"},
		{"Rating", `"mood_after": 3`, `"mood_after": 9`, "mood_after"},
		{"Stage", `"stage": "first"`, `"stage": "lunch"`, "stage"},
		{"Date", `"date": "2026-03-02"`, `"date": "2026-02-30"`, "date"},
		{"Truncated", "\"stories\": []\n}\n", `"stories": [`, "ends in the middle"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if !strings.Contains(good, c.from) {
				t.Fatalf("the export has no %s", c.from)
			}
			bad := strings.Replace(good, c.from, c.to, 1)
			file := filepath.Join(t.TempDir(), "bad.json")
			if err := os.WriteFile(file, []byte(bad), 0o600); err != nil {
				t.Fatal(err)
			}
			db := seedJournal(t, journal.Interview{Company: "Initech", Date: journal.NewDate(2026, 1, 5)})
			before := folderState(t, filepath.Dir(db))
			for _, args := range [][]string{{"import", file}, {"import", "--replace", file}, {"import", "--dry-run", file}} {
				_, errOut, code := execCLI(t, db, "", args...)
				if code != cli.ExitInvalid {
					t.Fatalf("%v: exit %d, want %d; %s", args, code, cli.ExitInvalid, errOut)
				}
				for _, want := range []string{"line ", "column ", c.want, file, "Nothing was imported"} {
					if !strings.Contains(errOut, want) {
						t.Errorf("%v: the message does not say %q: %s", args, want, errOut)
					}
				}
				if !sameState(before, folderState(t, filepath.Dir(db))) {
					t.Fatalf("%v: the journal's folder changed after a rejected import", args)
				}
			}
		})
	}
}

func TestImportSkipReplaceDryRun(t *testing.T) {
	src := seedJournal(t, dataInterviews()...)
	doc := exportJSON(t, src)
	file := filepath.Join(t.TempDir(), "journal.json")
	if err := os.WriteFile(file, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}

	dst := filepath.Join(t.TempDir(), "journal.db")
	out, errOut, code := execCLI(t, dst, "", "import", "--dry-run", file)
	if code != 0 || !strings.Contains(out, "dry run") || !strings.Contains(out, "2 interviews added") {
		t.Fatalf("dry run into a new journal (%d): %s %s", code, out, errOut)
	}
	if _, err := os.Stat(dst); !os.IsNotExist(err) {
		t.Fatal("a dry run created the journal")
	}

	out, _, code = execCLI(t, dst, "", "import", file)
	if code != 0 || !strings.Contains(out, "2 interviews added, 0 replaced, 0 skipped") {
		t.Fatalf("import (%d): %s", code, out)
	}
	if got := exportJSON(t, dst); got != doc {
		t.Fatal("export, import, export does not give the same document")
	}

	out, _, code = execCLI(t, dst, "", "import", file)
	if code != 0 || !strings.Contains(out, "0 interviews added, 0 replaced, 2 skipped") || !strings.Contains(out, "--replace") {
		t.Fatalf("second import (%d): %s", code, out)
	}

	changed := strings.Replace(doc, `"company": "Globex"`, `"company": "Globex Corporation"`, 1)
	if err := os.WriteFile(file, []byte(changed), 0o600); err != nil {
		t.Fatal(err)
	}
	before := exportJSON(t, dst)
	out, _, code = execCLI(t, dst, "", "import", "--replace", "--dry-run", file)
	if code != 0 || !strings.Contains(out, "0 interviews added, 2 replaced, 0 skipped") {
		t.Fatalf("dry run of replace (%d): %s", code, out)
	}
	if exportJSON(t, dst) != before {
		t.Fatal("a dry run of replace wrote")
	}
	out, _, code = execCLI(t, dst, "", "import", "--replace", file)
	if code != 0 || !strings.Contains(out, "2 replaced") {
		t.Fatalf("replace (%d): %s", code, out)
	}
	if got := exportJSON(t, dst); got != changed {
		t.Fatal("the journal does not hold the replaced version")
	}
}

func TestExportMarkdown(t *testing.T) {
	ivs := dataInterviews()
	db := seedJournal(t, ivs...)
	t.Run("Folder", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "notes", "interviews")
		out, errOut, code := execCLI(t, db, "", "export", "--format", "md", "-o", dir)
		if code != 0 || !strings.Contains(out, "Wrote 2 Markdown files") {
			t.Fatalf("exit %d: %s %s", code, out, errOut)
		}
		if fi, err := os.Stat(dir); err != nil || fi.Mode().Perm() != 0o700 {
			t.Fatalf("folder mode %v %v", fi.Mode().Perm(), err)
		}
		names := entryNames(t, dir)
		want := []string{"2026-03-02-globex-platform-lead-2.md", "2026-03-14-acme-backend-engineer-1.md"}
		if !slices.Equal(names, want) {
			t.Fatalf("files %v, want %v", names, want)
		}
		page, _ := os.ReadFile(filepath.Join(dir, want[1]))
		for _, part := range []string{"---\ndate: 2026-03-14\n", "company: \"Acme\"", "stage: \"first\"", "outcome: \"pending\"", "tags: [\"remote\"]", "# Acme, Backend engineer"} {
			if !strings.Contains(string(page), part) {
				t.Errorf("the page has no %q:\n%s", part, page)
			}
		}
		if other, _ := os.ReadFile(filepath.Join(dir, want[0])); !strings.Contains(string(other), "## Energy") || !strings.Contains(string(other), "high ✓") {
			t.Errorf("the custom answer is missing:\n%s", other)
		}
	})
	t.Run("FolderKeepsOtherFiles", func(t *testing.T) {
		dir := t.TempDir()
		mine := filepath.Join(dir, "my-notes.md")
		stale := filepath.Join(dir, "2026-03-14-acme-backend-engineer-1.md")
		must(t, os.WriteFile(mine, []byte("mine"), 0o644))
		must(t, os.WriteFile(stale, []byte("an older export"), 0o644))
		if _, errOut, code := execCLI(t, db, "", "export", "--format", "md", "-o", dir); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if b, _ := os.ReadFile(mine); string(b) != "mine" {
			t.Fatal("a file debrief did not write was changed")
		}
		if b, _ := os.ReadFile(stale); !strings.Contains(string(b), "# Acme") {
			t.Fatal("debrief's own file was not updated")
		}
		for _, n := range entryNames(t, dir) {
			if strings.HasPrefix(n, ".") {
				t.Errorf("temporary file left: %s", n)
			}
		}
	})
	t.Run("RefusesToWriteThroughALink", func(t *testing.T) {
		dir := t.TempDir()
		target := filepath.Join(t.TempDir(), "elsewhere.txt")
		must(t, os.WriteFile(target, []byte("keep me"), 0o644))
		must(t, os.Symlink(target, filepath.Join(dir, "2026-03-14-acme-backend-engineer-1.md")))
		_, errOut, code := execCLI(t, db, "", "export", "--format", "md", "-o", dir)
		if code != cli.ExitInvalid || !strings.Contains(errOut, "not a file debrief wrote") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if b, _ := os.ReadFile(target); string(b) != "keep me" {
			t.Fatal("the link's target was written")
		}
	})
	t.Run("RefusesAFileForAFolder", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "notes.md")
		must(t, os.WriteFile(file, []byte("notes"), 0o644))
		if _, _, code := execCLI(t, db, "", "export", "--format", "md", "-o", file); code == 0 {
			t.Fatal("exported into a file as if it were a folder")
		}
		if b, _ := os.ReadFile(file); string(b) != "notes" {
			t.Fatal("the file was changed")
		}
	})
	t.Run("Stdout", func(t *testing.T) {
		out, errOut, code := execCLI(t, db, "", "export", "--format", "md")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if strings.Count(out, "\n---\ndate: ") != 1 || !strings.HasPrefix(out, "---\ndate: 2026-03-14\n") || !strings.Contains(out, "# Globex, Platform lead") {
			t.Fatalf("not one document of both pages:\n%s", out)
		}
		var page bytes.Buffer
		iv := ivs[0]
		iv.ID = 1
		must(t, export.WriteMarkdown(&page, &iv))
		if !strings.HasPrefix(out, page.String()) {
			t.Fatal("the first page is not WriteMarkdown's")
		}
	})
	t.Run("BadFormat", func(t *testing.T) {
		if _, errOut, code := execCLI(t, db, "", "export", "--format", "pdf"); code != cli.ExitUsage || !strings.Contains(errOut, "json or md") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
	})
}

func TestCheckCommand(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		db := seedJournal(t, dataInterviews()...)
		out, errOut, code := execCLI(t, db, "", "check")
		if code != 0 || out != "ok: 2 interviews, 0 reviews, 0 drafts checked\n" {
			t.Fatalf("exit %d: %q %s", code, out, errOut)
		}
	})
	t.Run("Damaged", func(t *testing.T) {
		db := seedJournal(t, dataInterviews()...)
		plant(t, db, "interviews", 2, []byte(`{"v":1,"d":{`))
		before, _ := os.ReadFile(db)
		out, errOut, code := execCLI(t, db, "", "check")
		if code != cli.ExitDamaged {
			t.Fatalf("exit %d, want %d: %s %s", code, cli.ExitDamaged, out, errOut)
		}
		if !strings.Contains(out, "problem: interview 2:") || !strings.Contains(errOut, "1 problem found") {
			t.Fatalf("the problem is not named: %q %q", out, errOut)
		}
		if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
			t.Fatal("check changed the journal")
		}
	})
	t.Run("NoJournal", func(t *testing.T) {
		_, _, code := execCLI(t, filepath.Join(t.TempDir(), "none.db"), "", "check")
		if code != cli.ExitNotFound {
			t.Fatalf("exit %d", code)
		}
	})
}

func TestBackupAndRestoreCommands(t *testing.T) {
	db := seedJournal(t, dataInterviews()...)
	daily := filepath.Join(filepath.Dir(db), "backups", "journal-daily-2026-03-14.db")
	doc := exportJSON(t, db)
	if _, err := os.Stat(daily); !os.IsNotExist(err) {
		t.Fatal("a command that only reads took the day's backup")
	}
	// The first change of the day takes it.
	if _, errOut, code := execCLI(t, db, "", "outcome", "1", "--still-interested"); code != 0 {
		t.Fatalf("outcome: %s", errOut)
	}
	if _, err := os.Stat(daily); err != nil {
		t.Fatal("no daily backup after the first change of the day")
	}
	doc = exportJSON(t, db)

	file := filepath.Join(t.TempDir(), "copy.db")
	out, errOut, code := execCLI(t, db, "", "backup", file)
	if code != 0 || !strings.Contains(out, "Backed up 2 interviews, 0 reviews and 0 drafts to "+file) {
		t.Fatalf("backup (%d): %s %s", code, out, errOut)
	}
	out, _, code = execCLI(t, db, "", "backup")
	manual := filepath.Join(filepath.Dir(db), "backups", "journal-manual-2026-03-14T100000.db")
	if code != 0 || !strings.Contains(out, manual) {
		t.Fatalf("backup without a file (%d): %s", code, out)
	}
	out, _, code = execCLI(t, db, "", "backup", "--list")
	if code != 0 || !strings.Contains(out, daily) || !strings.Contains(out, manual) || strings.Count(out, "\n") != 2 {
		t.Fatalf("list (%d):\n%s", code, out)
	}

	// Change the journal, then restore the copy.
	more := filepath.Join(t.TempDir(), "more.json")
	must(t, os.WriteFile(more, []byte(exportJSON(t, seedJournal(t, journal.Interview{Company: "Umbrella"}))), 0o600))
	if _, errOut, code := execCLI(t, db, "", "import", more); code != 0 {
		t.Fatalf("import: %s", errOut)
	}
	out, errOut, code = execCLI(t, db, "", "restore", file)
	if code != 0 || !strings.Contains(out, "Restored "+file+": 2 interviews") || !strings.Contains(out, db+".replaced-2026-03-14T100000") {
		t.Fatalf("restore (%d): %s %s", code, out, errOut)
	}
	if exportJSON(t, db) != doc {
		t.Fatal("the restored journal is not the backup")
	}

	t.Run("RefusesDamagedBackup", func(t *testing.T) {
		plant(t, file, "interviews", 1, []byte("garbage"))
		before, _ := os.ReadFile(db)
		_, errOut, code := execCLI(t, db, "", "restore", file)
		if code != cli.ExitDamaged || !strings.Contains(errOut, "problem: interview 1:") || !strings.Contains(errOut, "Nothing was restored") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
			t.Fatal("the journal changed")
		}
	})
	t.Run("Usage", func(t *testing.T) {
		for _, args := range [][]string{{"restore"}, {"backup", "a", "b"}, {"backup", "--list", "a"}} {
			if _, _, code := execCLI(t, db, "", args...); code != cli.ExitUsage {
				t.Errorf("%v: exit %d", args, code)
			}
		}
	})
}

// plant writes value under the ID key in a bucket of the journal at path,
// past debrief's checks, as damage would.
func plant(t *testing.T, path, bucket string, id uint64, value []byte) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key := []byte{0, 0, 0, 0, 0, 0, 0, byte(id)}
	err = db.Update(func(tx *bolt.Tx) error { return tx.Bucket([]byte(bucket)).Put(key, value) })
	if err != nil {
		t.Fatal(err)
	}
}

func entryNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestImportRefusesAFolder: a folder given as the file to import is named
// as one, and no journal is made.
func TestImportRefusesAFolder(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	_, errOut, code := runCLI(db, "", time.Now(), false, "import", t.TempDir())
	if code != cli.ExitInvalid || !strings.Contains(errOut, "is a folder") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if _, err := os.Stat(db); !os.IsNotExist(err) {
		t.Fatalf("a journal was made: %v", err)
	}
}
