package store_test

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/bench/workload"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// takeDailyOf opens the journal at path with o under a clock standing at
// now, as the app does, and returns the path of the daily backup taken ("" when
// none was due) and the error reported with it.
func takeDailyOf(t *testing.T, path string, o store.Options, now time.Time) (string, error) {
	t.Helper()
	s, err := store.Open(path, o)
	must(t, err)
	s.Now = func() time.Time { return now }
	var taken string
	var reported error
	s.StartDailyBackup(0, func(p string, err error) { taken, reported = p, err })
	must(t, s.Close())
	return taken, reported
}

// damageInterview changes one byte in the middle of the stored value of
// interview id, past the codec: bytes that rotted on disk.
func damageInterview(t *testing.T, path string, o store.Options, id uint64) {
	t.Helper()
	s, err := store.Open(path, o)
	must(t, err)
	defer s.Close()
	v, err := s.GetBytes("interviews", store.IDKey(id))
	must(t, err)
	if len(v) < 8 {
		t.Fatalf("interview %d holds %d bytes", id, len(v))
	}
	v[len(v)/2] ^= 0x5a
	must(t, s.PutBytes("interviews", store.IDKey(id), v))
}

// dailyStates returns the daily backups beside the journal at path, as
// "label state", sorted.
func dailyStates(t *testing.T, path string) []string {
	t.Helper()
	list, err := store.ListBackups(path)
	must(t, err)
	var out []string
	for _, b := range list {
		if strings.HasPrefix(b.Label, "daily-") {
			out = append(out, b.Label+" "+b.State.String())
		}
	}
	slices.Sort(out)
	return out
}

// TestDailyBackupsOfADamagedJournal takes a week of good daily backups,
// then damages the journal and goes on using it for a week: the damaged
// copies are kept apart, and every good one stays.
func TestDailyBackupsOfADamagedJournal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	fillJournal(t, s, 5)
	must(t, s.Close())
	first := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var want []string
	for i := range 7 {
		day := first.AddDate(0, 0, i)
		p, err := takeDailyOf(t, path, store.Options{}, day)
		if err != nil || p == "" {
			t.Fatalf("day %d: %q %v", i+1, p, err)
		}
		want = append(want, "daily-"+day.Format("2006-01-02")+" good")
	}
	damageInterview(t, path, store.Options{}, 3)
	for i := 7; i < 14; i++ {
		day := first.AddDate(0, 0, i)
		p, err := takeDailyOf(t, path, store.Options{}, day)
		label := "daily-" + day.Format("2006-01-02") + "-damaged"
		if p != store.BackupPath(path, label) || journal.ErrorCode(err) != journal.ECorrupt {
			t.Fatalf("day %d: took %q, reported %v", i+1, p, err)
		}
		want = append(want, label+" damaged")
	}
	slices.Sort(want)
	if got := dailyStates(t, path); !slices.Equal(got, want) {
		t.Fatalf("kept\n%v\nwant\n%v", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i := range 7 {
		if n := checkBackup(t, store.BackupPath(path, "daily-"+first.AddDate(0, 0, i).Format("2006-01-02"))); n != 5 {
			t.Fatalf("a good backup holds %d interviews", n)
		}
	}

	t.Run("OnceAgainDamagedDaysAreNotTakenTwice", func(t *testing.T) {
		p, err := takeDailyOf(t, path, store.Options{}, first.AddDate(0, 0, 13).Add(time.Hour))
		if p != "" || err != nil {
			t.Fatalf("a second backup of the same damaged day: %q %v", p, err)
		}
	})

	t.Run("RepairedDamagedCopiesGiveWayAfterAWeek", func(t *testing.T) {
		// The damaged interview is removed: every record left reads back
		// as saved, and a week of good copies later the damaged ones go.
		s, err := store.Open(path)
		must(t, err)
		must(t, s.DeleteRaw("interviews", store.IDKey(3)))
		must(t, s.Close())
		for i := 14; i < 21; i++ {
			day := first.AddDate(0, 0, i)
			if _, err := takeDailyOf(t, path, store.Options{}, day); err != nil {
				t.Fatalf("day %d: %v", i+1, err)
			}
			damaged := 0
			for _, st := range dailyStates(t, path) {
				if strings.HasSuffix(st, " damaged") {
					damaged++
				}
			}
			if wantDamaged := map[bool]int{true: 0, false: 7}[i == 20]; damaged != wantDamaged {
				t.Fatalf("day %d: %d damaged copies kept, want %d", i+1, damaged, wantDamaged)
			}
		}
	})
}

// TestDailyBackupOfADamagedEncryptedJournal does the same with an
// encrypted journal, whose values are sealed rather than checksummed.
func TestDailyBackupOfADamagedEncryptedJournal(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	must(t, err)
	fillJournal(t, s, 3)
	must(t, s.Close())
	if _, err := store.Encrypt(path, store.PassphraseOf(sealPass), time.Now()); err != nil {
		t.Fatal(err)
	}
	o := store.Options{Passphrase: store.PassphraseOf(sealPass)}
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	if p, err := takeDailyOf(t, path, o, day); err != nil || p != store.BackupPath(path, "daily-2026-12-01") {
		t.Fatalf("good day: %q %v", p, err)
	}
	damageInterview(t, path, o, 2)
	p, err := takeDailyOf(t, path, o, day.AddDate(0, 0, 1))
	if p != store.BackupPath(path, "daily-2026-12-02-damaged") || journal.ErrorCode(err) != journal.ECorrupt {
		t.Fatalf("damaged day: %q %v", p, err)
	}
	want := []string{"daily-2026-12-01 good", "daily-2026-12-02-damaged damaged"}
	if got := dailyStates(t, path); !slices.Equal(got, want) {
		t.Fatalf("kept %v, want %v", got, want)
	}
	rep, err := store.CheckFile(store.BackupPath(path, "daily-2026-12-01"), o)
	if err != nil || !rep.OK() || rep.Interviews != 3 {
		t.Fatalf("the good backup: %+v %v", rep, err)
	}
}

// TestBackupStateOfABackupByHand: a backup written to a file of one's
// choosing is read back too, and listed for what it holds.
func TestBackupStateOfABackupByHand(t *testing.T) {
	s := MustOpen(t)
	fillJournal(t, s, 2)
	good, err := s.BackupBeside("manual-good")
	must(t, err)
	ivs, err := s.Summaries()
	must(t, err)
	must(t, s.Close())
	damageInterview(t, s.Path(), store.Options{}, ivs[0].ID)
	s, err = store.Open(s.Path())
	must(t, err)
	defer s.Close()
	bad, err := s.BackupBeside("manual-bad")
	must(t, err)
	states := map[string]string{}
	list, err := store.ListBackups(s.Path())
	must(t, err)
	for _, b := range list {
		states[b.Path] = b.State.String()
	}
	if states[good] != "good" || states[bad] != "damaged" {
		t.Fatalf("states %v", fmt.Sprint(states))
	}
}

// TestBackupOfAWholeJournalReadsBackGood: a journal that check finds
// whole, with every kind of record and index, reads back good, plain and
// encrypted, so a good copy is never set apart as damaged.
func TestBackupOfAWholeJournalReadsBackGood(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	must(t, workload.BuildJournal(path, 200))
	s, err := store.Open(path)
	must(t, err)
	must(t, s.EnsureFollowUpIndex())
	_, err = s.AnalysisJournal()
	must(t, err)
	_, err = s.AnalysisResult("test", "1", func([]*journal.Interview) ([]byte, error) { return []byte("kept"), nil })
	must(t, err)
	_, err = s.Cards()
	must(t, err)
	must(t, s.SaveStory(&journal.Story{Title: "The outage", Themes: []string{"failure"}}))
	must(t, s.Close())
	stateOf := func(o store.Options, label string) string {
		t.Helper()
		rep, err := store.CheckFile(path, o)
		if err != nil || !rep.OK() {
			t.Fatalf("the journal is not whole: %+v %v", rep.Problems, err)
		}
		s, err := store.Open(path, o)
		must(t, err)
		defer s.Close()
		p, err := s.BackupBeside(label)
		must(t, err)
		list, err := store.ListBackups(path)
		must(t, err)
		for _, b := range list {
			if b.Path == p {
				return b.State.String()
			}
		}
		t.Fatalf("%s is not listed", p)
		return ""
	}
	if st := stateOf(store.Options{}, "plain"); st != "good" {
		t.Fatalf("the plain copy reads back %s", st)
	}
	if _, err := store.Encrypt(path, store.PassphraseOf(sealPass), time.Now()); err != nil {
		t.Fatal(err)
	}
	if st := stateOf(store.Options{Passphrase: store.PassphraseOf(sealPass)}, "sealed"); st != "good" {
		t.Fatalf("the encrypted copy reads back %s", st)
	}
}
