package store_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/store"
)

// takeDaily opens the journal at path under a clock standing at now, as a
// command that changes the journal does, and returns the path of the
// daily backup taken, or "" when none was due.
func takeDaily(t *testing.T, path string, now time.Time) string {
	t.Helper()
	s, err := store.Open(path)
	must(t, err)
	s.Now = func() time.Time { return now }
	taken := ""
	s.StartDailyBackup(0, func(p string, err error) {
		if err != nil {
			t.Error(err)
		}
		taken = p
	})
	must(t, s.Close())
	return taken
}

// dailyLabels returns the labels of the daily backups kept beside the
// journal at path, sorted.
func dailyLabels(t *testing.T, path string) []string {
	t.Helper()
	list, err := store.ListBackups(path)
	must(t, err)
	var labels []string
	for _, b := range list {
		labels = append(labels, b.Label)
	}
	slices.Sort(labels)
	return labels
}

// setWritten sets the modification time of a file.
func setWritten(t *testing.T, path string, when time.Time) {
	t.Helper()
	must(t, os.Chtimes(path, when, when))
}

func TestDailyBackupsAfterAClockAhead(t *testing.T) {
	t.Run("TodayIsTakenAndKept", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		fillJournal(t, s, 2)
		must(t, s.Close())
		// A week of runs under a clock four years ahead, written over the
		// last few hours.
		ahead := time.Date(2030, 1, 1, 9, 0, 0, 0, time.UTC)
		real := time.Now()
		for i := range 7 {
			p := takeDaily(t, path, ahead.AddDate(0, 0, i))
			if p == "" {
				t.Fatalf("run %d under the clock ahead took no backup", i)
			}
			setWritten(t, p, real.Add(time.Duration(i-8)*time.Hour))
		}
		// Then a run under the real clock.
		today := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
		p := takeDaily(t, path, today)
		if p != store.BackupPath(path, "daily-2026-03-14") {
			t.Fatalf("today's backup was not taken (got %q)", p)
		}
		want := []string{"daily-2026-03-14", "daily-2030-01-02", "daily-2030-01-03", "daily-2030-01-04", "daily-2030-01-05", "daily-2030-01-06", "daily-2030-01-07"}
		if got := dailyLabels(t, path); !slices.Equal(got, want) {
			t.Fatalf("kept %v, want %v", got, want)
		}
		// And it is kept through the next days, while the ones written
		// under the clock ahead give way.
		for i := 1; i <= 3; i++ {
			takeDaily(t, path, today.AddDate(0, 0, i))
		}
		want = []string{"daily-2026-03-14", "daily-2026-03-15", "daily-2026-03-16", "daily-2026-03-17", "daily-2030-01-05", "daily-2030-01-06", "daily-2030-01-07"}
		if got := dailyLabels(t, path); !slices.Equal(got, want) {
			t.Fatalf("kept %v, want %v", got, want)
		}
	})

	t.Run("FutureWrittenGoesFirst", func(t *testing.T) {
		// A backup whose file says it was written years from now was
		// written under a clock set ahead: when it was taken is unknown,
		// and it gives way before the others.
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		fillJournal(t, s, 1)
		must(t, s.Close())
		real := time.Now()
		var ahead string
		for day := 7; day <= 13; day++ {
			p := takeDaily(t, path, time.Date(2026, 3, day, 9, 0, 0, 0, time.UTC))
			setWritten(t, p, real.Add(time.Duration(day-14)*24*time.Hour))
			if day == 13 {
				ahead = p
				setWritten(t, p, real.AddDate(3, 0, 0))
			}
		}
		takeDaily(t, path, time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC))
		if _, err := os.Stat(ahead); !os.IsNotExist(err) {
			t.Fatal("the backup written under a clock ahead was kept")
		}
		want := []string{"daily-2026-03-07", "daily-2026-03-08", "daily-2026-03-09", "daily-2026-03-10", "daily-2026-03-11", "daily-2026-03-12", "daily-2026-03-14"}
		if got := dailyLabels(t, path); !slices.Equal(got, want) {
			t.Fatalf("kept %v, want %v", got, want)
		}
	})

	t.Run("TodaysNameWrittenLongAgo", func(t *testing.T) {
		// A clock set ahead wrote today's name days ago: that backup holds
		// the journal as it was then, so today's is taken again.
		path := filepath.Join(t.TempDir(), "journal.db")
		s, err := store.Open(path)
		must(t, err)
		fillJournal(t, s, 1)
		must(t, s.Close())
		today := time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)
		p := takeDaily(t, path, today)
		setWritten(t, p, time.Now().AddDate(0, 0, -10))
		if again := takeDaily(t, path, today); again != p {
			t.Fatalf("today's backup was not taken again (got %q)", again)
		}
		if info, err := os.Stat(p); err != nil || time.Since(info.ModTime()) > time.Hour {
			t.Fatalf("today's backup is the old one: %v", err)
		}
		// Taken now, it stands for the rest of the day.
		if again := takeDaily(t, path, today.Add(8*time.Hour)); again != "" {
			t.Fatalf("a second backup on the same day: %s", again)
		}
	})
}
