package cli_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/cli"
)

// execCLIAt runs debrief as execCLI does, under a clock standing at now.
func execCLIAt(t *testing.T, db string, now time.Time, args ...string) (string, string, int) {
	t.Helper()
	return runCLI(db, "", now, false, args...)
}

// rot changes one byte in the middle of the stored value of interview id,
// as a fault of the disk would: its checksum no longer matches.
func rot(t *testing.T, path string, id uint64) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	key := []byte{0, 0, 0, 0, 0, 0, 0, byte(id)}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("interviews"))
		v := bytes.Clone(b.Get(key))
		v[len(v)/2] ^= 0x5a
		return b.Put(key, v)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestDailyBackupsOfADamagedJournalKeepTheGoodOnes uses the journal on
// seven days, damages it, and goes on changing it for seven more: every
// good daily backup is still there, and --list tells them apart.
func TestDailyBackupsOfADamagedJournalKeepTheGoodOnes(t *testing.T) {
	db := seedJournal(t, dataInterviews()...)
	first := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	for i := range 14 {
		if i == 7 {
			rot(t, db, 2)
			if _, _, code := execCLIAt(t, db, first, "check"); code != cli.ExitDamaged {
				t.Fatalf("check of the damaged journal: exit %d", code)
			}
		}
		// A change to an interview the damage spares takes the day's backup.
		if _, errOut, code := execCLIAt(t, db, first.AddDate(0, 0, i), "outcome", "1", "--still-interested"); code != 0 {
			t.Fatalf("day %d: outcome (%d): %s", i+1, code, errOut)
		}
	}
	backups := filepath.Join(filepath.Dir(db), "backups")
	for i := range 7 {
		good := filepath.Join(backups, "journal-daily-"+first.AddDate(0, 0, i).Format("2006-01-02")+".db")
		if out, errOut, code := execCLIAt(t, good, first, "check"); code != 0 {
			t.Fatalf("the good backup of day %d (%d): %s %s", i+1, code, out, errOut)
		}
	}
	out, _, code := execCLIAt(t, db, first, "backup", "--list")
	newest := filepath.Join(backups, "journal-daily-2026-12-07.db")
	if code != 0 || strings.Count(out, "  good  ") != 7 || strings.Count(out, "  damaged  ") != 7 ||
		!strings.Contains(out, "The newest good copy is "+newest) {
		t.Fatalf("list (%d):\n%s", code, out)
	}
	for i := 7; i < 14; i++ {
		damaged := filepath.Join(backups, "journal-daily-"+first.AddDate(0, 0, i).Format("2006-01-02")+"-damaged.db")
		if _, _, code := execCLIAt(t, damaged, first, "check"); code != cli.ExitDamaged {
			t.Fatalf("the damaged copy of day %d: exit %d", i+1, code)
		}
	}
}
