package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
)

// TestDamagedAndReadOnlyJournals runs reading and writing commands on a
// journal cut short, and on one that cannot be written, and checks what
// each says and its exit code.
func TestDamagedAndReadOnlyJournals(t *testing.T) {
	commands := [][]string{{"list", "--plain"}, {"show", "1"}, {"export"}, {"check"}, {"outcome", "1", "offer"}, {"feedback", "1", "nice"}}

	t.Run("ErrCorrupt", func(t *testing.T) {
		good := seedJournal(t, sampleInterview())
		data, err := os.ReadFile(good)
		if err != nil {
			t.Fatal(err)
		}
		// Cut at every size a careless copy or a full disk could leave.
		for _, size := range []int{1, 4095, 4096, 5000, 8191, 8192, len(data) / 2, len(data) - 4096} {
			db := good + ".cut"
			if err := os.WriteFile(db, data[:size], 0o600); err != nil {
				t.Fatal(err)
			}
			for _, args := range commands {
				_, errOut, code := execCLI(t, db, "", args...)
				if code != cli.ExitDamaged || !strings.Contains(errOut, "damaged") {
					t.Fatalf("%v on a journal cut to %d bytes: exit %d, %q", args, size, code, errOut)
				}
			}
			if after, _ := os.ReadFile(db); len(after) != size {
				t.Fatalf("a journal cut to %d bytes was changed to %d", size, len(after))
			}
		}
	})

	t.Run("ErrNoJournal", func(t *testing.T) {
		// A mistyped --db: a command that changes an interview says so
		// and creates nothing.
		dir := t.TempDir()
		db := filepath.Join(dir, "typo", "journal.db")
		for _, args := range [][]string{{"outcome", "1", "offer"}, {"feedback", "1", "nice"}, {"followups", "done", "1/thank_you"}} {
			_, errOut, code := execCLI(t, db, "", args...)
			if code != cli.ExitNotFound || !strings.Contains(errOut, "There is no journal") {
				t.Fatalf("%v: exit %d, %q", args, code, errOut)
			}
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Fatalf("created %v", entries)
		}
	})

	t.Run("ErrReadOnly", func(t *testing.T) {
		db := readOnlyJournal(t, sampleInterview())
		before, _ := os.ReadFile(db)
		for _, args := range commands[:4] {
			if _, errOut, code := execCLI(t, db, "", args...); code != 0 {
				t.Fatalf("%v on a read-only journal: exit %d, %q", args, code, errOut)
			}
		}
		for _, args := range commands[4:] {
			_, errOut, code := execCLI(t, db, "", args...)
			if code != cli.ExitReadOnly || !strings.Contains(errOut, "read-only") {
				t.Fatalf("%v on a read-only journal: exit %d, %q", args, code, errOut)
			}
		}
		if after, _ := os.ReadFile(db); string(after) != string(before) {
			t.Fatal("the read-only journal changed")
		}
	})
}

// sampleInterview is a small finished interview.
func sampleInterview() journal.Interview {
	return journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 10), Stage: journal.StageFirst, Format: journal.FormatVideo}
}
