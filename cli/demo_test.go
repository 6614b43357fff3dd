package cli_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/store"
)

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "a.db")
	t.Run("OK", func(t *testing.T) {
		out, errOut, code := execCLI(t, db, "", "demo", "--interviews", "1500", "--seed", "4", "--today", "2026-03-01")
		if code != cli.ExitOK {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(out, "Added 1500 demo interviews") {
			t.Fatalf("output %q", out)
		}
		s, err := store.Open(db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		sums, err := s.Summaries()
		if err != nil || len(sums) != 1500 {
			t.Fatalf("%d summaries, %v", len(sums), err)
		}
		if last := sums[0].Date.String(); last >= "2026-03-01" {
			t.Fatalf("the newest demo interview is on %s, not before --today", last)
		}
	})
	t.Run("ErrNotEmpty", func(t *testing.T) {
		_, errOut, code := execCLI(t, db, "", "demo", "--interviews", "5")
		if code != cli.ExitInvalid || !strings.Contains(errOut, "not empty") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
	})
	t.Run("SameSeedSameJournal", func(t *testing.T) {
		other := filepath.Join(dir, "b.db")
		execCLI(t, other, "", "demo", "--interviews", "1500", "--seed", "4", "--today", "2026-03-01")
		a, _, _ := execCLI(t, db, "", "export")
		b, _, _ := execCLI(t, other, "", "export")
		if a == "" || a != b {
			t.Fatal("the same seed and day gave different journals")
		}
		third := filepath.Join(dir, "c.db")
		execCLI(t, third, "", "demo", "--interviews", "1500", "--seed", "5", "--today", "2026-03-01")
		if c, _, _ := execCLI(t, third, "", "export"); c == a {
			t.Fatal("another seed gave the same journal")
		}
	})
	t.Run("ErrUsage", func(t *testing.T) {
		for args, want := range map[string]int{
			"--interviews 0":     cli.ExitUsage,
			"--today yesterday":  cli.ExitInvalid,
			"--today 0000-01-01": cli.ExitInvalid,
			"--today 1901-06-01": cli.ExitInvalid, // its years of interviews would start before 1900
			"--today 2200-12-31": cli.ExitInvalid, // its follow-ups would come after 2200
			"--today 2026-02-30": cli.ExitInvalid,
			"--today 20260301":   cli.ExitInvalid,
		} {
			db := filepath.Join(t.TempDir(), "d.db")
			_, errOut, code := execCLI(t, db, "", append([]string{"demo", "--interviews", "20"}, strings.Fields(args)...)...)
			if code != want {
				t.Errorf("%s: exit %d, want %d: %s", args, code, want, errOut)
			}
			if want == cli.ExitInvalid && !strings.Contains(errOut, "--today") {
				t.Errorf("%s: the message does not name the flag: %s", args, errOut)
			}
		}
	})
}
