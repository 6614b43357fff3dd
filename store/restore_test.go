package store_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// restoreTime is the clock of the restores in these tests.
var restoreTime = time.Date(2026, 11, 22, 10, 15, 0, 0, time.UTC)

// exportOf returns the JSON export of an open journal.
func exportOf(t testing.TB, s *store.Store) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteJSONFrom(&buf, s); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// exportAt returns the JSON export of the closed journal at path.
func exportAt(t testing.TB, path string) []byte {
	t.Helper()
	s, err := store.Open(path, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	return exportOf(t, s)
}

// journalWithBackup makes a journal of five interviews, backs it up, then
// adds two more, and returns the paths and the backup's export.
func journalWithBackup(t *testing.T) (path, backup string, backedUp []byte) {
	t.Helper()
	path = filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	defer s.Close()
	fillJournal(t, s, 5)
	backup = filepath.Join(t.TempDir(), "backup.db")
	must(t, s.Backup(backup))
	backedUp = exportOf(t, s)
	for range 2 {
		must(t, s.CreateInterview(sample()))
	}
	return path, backup, backedUp
}

// unchanged fails the test when the file at path is not the bytes before.
func unchanged(t *testing.T, path string, before []byte) {
	t.Helper()
	after, err := os.ReadFile(path)
	must(t, err)
	if !bytes.Equal(before, after) {
		t.Fatal("the journal changed")
	}
	if kept, _ := filepath.Glob(path + ".replaced-*"); len(kept) != 0 {
		t.Fatalf("a replaced journal was kept although nothing was replaced: %v", kept)
	}
}

func TestRestore(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		path, backup, backedUp := journalWithBackup(t)
		current := exportAt(t, path)
		rep, err := store.Restore(path, backup, restoreTime)
		if err != nil {
			t.Fatal(err)
		}
		if rep.Check.Interviews != 5 || rep.Check.Drafts != 1 || rep.Check.Reviews != 1 || !rep.Check.OK() {
			t.Fatalf("report %+v", rep)
		}
		if got := exportAt(t, path); !bytes.Equal(got, backedUp) {
			t.Fatal("the journal does not hold the backup")
		}
		wantKept := path + ".replaced-2026-11-22T101500"
		if rep.Replaced != wantKept {
			t.Fatalf("replaced journal kept at %q, want %q", rep.Replaced, wantKept)
		}
		if got := exportAt(t, wantKept); !bytes.Equal(got, current) {
			t.Fatal("the kept journal is not the one replaced")
		}
		if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
			t.Fatalf("mode %v %v", fi.Mode().Perm(), err)
		}
		// The restored journal works, and new IDs follow the old ones.
		s, err := store.Open(path)
		must(t, err)
		defer s.Close()
		iv := sample()
		must(t, s.CreateInterview(iv))
		if iv.ID != 6 {
			t.Fatalf("new interview got ID %d, want 6", iv.ID)
		}
		// No temporary file is left beside the journal.
		entries, _ := os.ReadDir(filepath.Dir(path))
		for _, e := range entries {
			if strings.HasPrefix(e.Name(), ".") {
				t.Errorf("left behind: %s", e.Name())
			}
		}
	})

	t.Run("SecondRestoreKeepsBoth", func(t *testing.T) {
		path, backup, _ := journalWithBackup(t)
		first, err := store.Restore(path, backup, restoreTime)
		must(t, err)
		second, err := store.Restore(path, backup, restoreTime)
		must(t, err)
		if first.Replaced == second.Replaced {
			t.Fatalf("the second restore overwrote the first kept journal: %s", second.Replaced)
		}
	})

	t.Run("ErrLocked", func(t *testing.T) {
		path, backup, _ := journalWithBackup(t)
		s, err := store.Open(path) // another debrief is busy with it
		must(t, err)
		defer s.Close()
		before, _ := os.ReadFile(path)
		defer holdBusy(t, s)()
		_, err = store.Restore(path, backup, restoreTime)
		if journal.ErrorCode(err) != journal.ELocked {
			t.Fatalf("got %v", err)
		}
		if !strings.Contains(journal.ErrorMessage(err), "busy in another debrief") {
			t.Fatalf("message %q", journal.ErrorMessage(err))
		}
		unchanged(t, path, before)
	})

	for name, damage := range map[string]func(t *testing.T, backup string){
		"UndecodableRecord": func(t *testing.T, backup string) {
			b, err := store.Open(backup)
			must(t, err)
			defer b.Close()
			must(t, b.PutRaw("interviews", store.IDKey(2), []byte(`{"v":1,"d":`)))
		},
		"SummaryWithoutInterview": func(t *testing.T, backup string) {
			b, err := store.Open(backup)
			must(t, err)
			defer b.Close()
			must(t, b.DeleteRaw("interviews", store.IDKey(3)))
		},
		"Truncated": func(t *testing.T, backup string) {
			fi, err := os.Stat(backup)
			must(t, err)
			must(t, os.Truncate(backup, fi.Size()/2))
		},
		"Garbage": func(t *testing.T, backup string) {
			must(t, os.WriteFile(backup, bytes.Repeat([]byte{0x5a}, 64*1024), 0o600))
		},
		"Newer": func(t *testing.T, backup string) {
			b, err := store.Open(backup)
			must(t, err)
			defer b.Close()
			must(t, b.PutRaw("meta", []byte("schema"), []byte{0, 0, 0, 0, 0, 0, 0, 99}))
		},
	} {
		t.Run("ErrDamagedBackup/"+name, func(t *testing.T) {
			path, backup, _ := journalWithBackup(t)
			damage(t, backup)
			before, _ := os.ReadFile(path)
			_, err := store.Restore(path, backup, restoreTime)
			if code := journal.ErrorCode(err); code != journal.ECorrupt && code != journal.ENewer {
				t.Fatalf("got %v (%s)", err, code)
			}
			msg := journal.ErrorMessage(err)
			if !strings.Contains(msg, backup) || !strings.Contains(msg, "Nothing was restored") {
				t.Fatalf("message %q", msg)
			}
			unchanged(t, path, before)
		})
	}

	t.Run("ErrNoBackup", func(t *testing.T) {
		path, _, _ := journalWithBackup(t)
		before, _ := os.ReadFile(path)
		_, err := store.Restore(path, filepath.Join(t.TempDir(), "missing.db"), restoreTime)
		if journal.ErrorCode(err) != journal.ENotFound {
			t.Fatalf("got %v", err)
		}
		unchanged(t, path, before)
	})

	t.Run("ErrTheJournalItself", func(t *testing.T) {
		path, _, _ := journalWithBackup(t)
		before, _ := os.ReadFile(path)
		if _, err := store.Restore(path, path, restoreTime); journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("got %v", err)
		}
		unchanged(t, path, before)
	})

	t.Run("OverDamagedJournal", func(t *testing.T) {
		path, backup, backedUp := journalWithBackup(t)
		must(t, os.WriteFile(path, bytes.Repeat([]byte("x"), 8192), 0o600))
		rep, err := store.Restore(path, backup, restoreTime)
		if err != nil {
			t.Fatal(err)
		}
		if got := exportAt(t, path); !bytes.Equal(got, backedUp) {
			t.Fatal("the journal does not hold the backup")
		}
		if kept, _ := os.ReadFile(rep.Replaced); string(kept) != strings.Repeat("x", 8192) {
			t.Fatal("the damaged journal was not kept as it was")
		}
	})

	t.Run("NoJournalYet", func(t *testing.T) {
		_, backup, backedUp := journalWithBackup(t)
		path := filepath.Join(t.TempDir(), "new", "journal.db")
		rep, err := store.Restore(path, backup, restoreTime)
		if err != nil || rep.Replaced != "" {
			t.Fatalf("%+v %v", rep, err)
		}
		if got := exportAt(t, path); !bytes.Equal(got, backedUp) {
			t.Fatal("the journal does not hold the backup")
		}
	})

	t.Run("OpenWaitingDuringSwapFindsRestored", func(t *testing.T) {
		// A debrief that opened the file just before a restore swapped it
		// must not go on with the file that was replaced.
		path, backup, backedUp := journalWithBackup(t)
		replacement := filepath.Join(t.TempDir(), "replacement.db")
		data, err := os.ReadFile(backup)
		must(t, err)
		must(t, os.WriteFile(replacement, data, 0o600))
		swapped := false
		open := func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			if err == nil && !swapped && flag&os.O_RDWR != 0 {
				swapped = true
				must(t, os.Rename(replacement, path))
			}
			return f, err
		}
		s, err := store.Open(path, store.Options{OpenFile: open})
		must(t, err)
		defer s.Close()
		if !swapped {
			t.Fatal("the test did not swap the file")
		}
		if got := exportOf(t, s); !bytes.Equal(got, backedUp) {
			t.Fatal("the store holds the journal that was replaced")
		}
	})
}
