package statusfile_test

import (
	"errors"
	"fmt"
	"hash/fnv"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/remind"
	"github.com/debrief-journal/debrief/statusfile"
)

var today = time.Date(2026, 3, 14, 10, 0, 0, 0, time.Local)

// promptEnv returns an environment with a state folder of its own, and the
// status file of journal written there with two things due today.
func promptEnv(t *testing.T, journalPath string) func(string) string {
	t.Helper()
	state := t.TempDir()
	d := journal.DateOf(today)
	s := remind.StatusOf([]remind.Span{
		{From: d.AddDays(-1), Until: d.AddDays(30)}, {From: d, Until: d.AddDays(31)}, {From: d.AddDays(3), Until: d.AddDays(34)},
	}, nil, d, d, true)
	if err := remind.WriteStatus(statusfile.Path(filepath.Join(state, "debrief"), journalPath), s); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"XDG_STATE_HOME": state, "HOME": t.TempDir()}
	return func(k string) string { return env[k] }
}

// clock returns a clock that stands at t.
func clock(t time.Time) func() time.Time { return func() time.Time { return t } }

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestAnswer(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	getenv := promptEnv(t, db)
	for _, c := range []struct {
		args    []string
		out     string
		handled bool
	}{
		{[]string{"status", "--prompt", "--db", db}, "2 due", true},
		{[]string{"status", "--db=" + db, "--prompt"}, "2 due", true},
		{[]string{"status", "--prompt", "--db", db + ".other"}, "", true},
		{[]string{"status", "--db", db}, "", false},
		{[]string{"status", "--prompt", "--db", db, "--theme", "light"}, "", false},
		{[]string{"status", "--prompt", "--db"}, "", false},
		{[]string{"list", "--prompt"}, "", false},
		{[]string{"--prompt"}, "", false},
		{nil, "", false},
	} {
		var out strings.Builder
		code, handled := statusfile.Answer(c.args, getenv, clock(today), &out)
		if handled != c.handled || out.String() != c.out || code != 0 {
			t.Errorf("Answer(%q) = %d, %v, printing %q; want 0, %v, printing %q", c.args, code, handled, out.String(), c.handled, c.out)
		}
	}
	// The exit code is debrief's for a write that failed.
	if code, _ := statusfile.Answer([]string{"status", "--prompt", "--db", db}, getenv, clock(today), failingWriter{}); code != cli.ExitFull {
		t.Errorf("a failed write gave exit code %d, want %d", code, cli.ExitFull)
	}
	// Days later, what was ahead is due too: the review and the last follow-up.
	var out strings.Builder
	statusfile.Answer([]string{"status", "--prompt", "--db", db}, getenv, clock(today.AddDate(0, 0, 7)), &out)
	if out.String() != "4 due" {
		t.Errorf("a week later the prompt says %q, want \"4 due\"", out.String())
	}
}

// TestAnswerFindsTheJournalAsCommandsDo: with no --db, DEBRIEF_DB and then
// the default journal under the data folder.
func TestAnswerFindsTheJournalAsCommandsDo(t *testing.T) {
	home := t.TempDir()
	for _, c := range []struct {
		env     map[string]string
		journal string
	}{
		{map[string]string{"HOME": home, "DEBRIEF_DB": "~/j.db"}, filepath.Join(home, "j.db")},
		{map[string]string{"HOME": home}, filepath.Join(home, ".local", "share", "debrief", "journal.db")},
		{map[string]string{"HOME": home, "XDG_DATA_HOME": filepath.Join(home, "data")}, filepath.Join(home, "data", "debrief", "journal.db")},
	} {
		getenv := promptEnv(t, c.journal)
		env := func(k string) string {
			if v, ok := c.env[k]; ok {
				return v
			}
			return getenv(k)
		}
		var out strings.Builder
		if _, handled := statusfile.Answer([]string{"status", "--prompt"}, env, clock(today), &out); !handled || out.String() != "2 due" {
			t.Errorf("with %v the prompt says %q, want \"2 due\" from %s", c.env, out.String(), c.journal)
		}
	}
}

// TestPathKeepsItsName: the file's name is the 64-bit FNV-1a hash of the
// journal's absolute path in 16 hex digits, as debrief has always named it,
// so that no upgrade loses the prompt's count.
func TestPathKeepsItsName(t *testing.T) {
	padded := false
	for i := 0; i < 1000 && !padded; i++ {
		journalPath := fmt.Sprintf("/home/someone/journal-%d.db", i)
		h := fnv.New64a()
		h.Write([]byte(journalPath))
		want := fmt.Sprintf("/state/status-%016x", h.Sum64())
		if got := statusfile.Path("/state", journalPath); got != want {
			t.Fatalf("Path(%q) = %q, want %q", journalPath, got, want)
		}
		padded = h.Sum64() < 1<<60
	}
	if !padded {
		t.Fatal("no hash with a leading zero was tried")
	}
	// A relative path is named by where it is.
	if statusfile.Path("/state", "j.db") == statusfile.Path("/state", "/j.db") {
		t.Fatal("a relative path was hashed as it was written")
	}
}

// TestParseTakesTheDaysTheJournalTakes: a day is read exactly when package
// journal reads it, at the edges of the years kept too.
func TestParseTakesTheDaysTheJournalTakes(t *testing.T) {
	for _, day := range []string{"1899-12-31", "1900-01-01", "2026-02-29", "2028-02-29", "2200-12-31", "2201-01-01", "2026-3-14", "20260314", "9999-01-01"} {
		_, err := statusfile.Parse([]byte(statusfile.Header + "\nreview " + day + "\n"))
		_, jerr := journal.ParseDate(day)
		if (err == nil) != (jerr == nil) {
			t.Errorf("day %q: statusfile says %v, journal says %v", day, err, jerr)
		}
	}
}

func TestParseLines(t *testing.T) {
	data := []byte(statusfile.Header + "\r\nfollowups 2026-03-14 2026-04-14 2\r\nfollowups  2026-03-14\t2026-04-14 1\ndrills 2026-03-20 +3\nreview 2026-03-21")
	c, err := statusfile.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if c.FollowUps[statusfile.Span{From: "2026-03-14", Until: "2026-04-14"}] != 3 || c.Drills["2026-03-20"] != 3 || c.ReviewFrom != "2026-03-21" {
		t.Fatalf("read %+v", c)
	}
	for day, want := range map[string]int{"2026-03-13": 0, "2026-03-14": 3, "2026-03-20": 6, "2026-04-14": 7, "2026-04-15": 4} {
		if n, err := statusfile.DueOf(data, day); n != want || err != nil {
			t.Errorf("DueOf(%s) = %d, %v; want %d", day, n, err, want)
		}
	}
	// A file of the first version: follow-ups by day, with no end.
	v1 := []byte("debrief-status 1\nfollowups 2026-03-14 2\nreview 2026-03-20\n")
	if n, err := statusfile.DueOf(v1, "2030-01-01"); n != 3 || err != nil {
		t.Fatalf("version 1 in 2030: %d, %v", n, err)
	}
	if n, _ := statusfile.DueOf(v1, "2026-03-13"); n != 0 {
		t.Fatalf("version 1 before its day: %d", n)
	}
	for _, text := range []string{
		"", "\n", statusfile.Header + " \n", "debrief-status 3\n", statusfile.Header + "\n\n",
		statusfile.Header + "\nreview 2026-03-14 1\n",
		statusfile.Header + "\nreview 2026-03-14\nreview 2026-03-15\n",
		statusfile.Header + "\nfollowups 2026-03-14 2\n",
		"debrief-status 1\nfollowups 2026-03-14 2026-04-14 2\n",
		statusfile.Header + "\nfollowups 2026-03-14 2026-04-31 2\n",
		statusfile.Header + "\ndrills 2026-03-14 -1\n",
		statusfile.Header + "\ndrills 2026-03-14 2147483648\n",
		statusfile.Header + "\ndrills 2026-03-14 2147483647\ndrills 2026-03-14 1\n",
		statusfile.Header + "\nfollowups 2026-03-14 2026-04-14 9223372036854775807\ndrills 2026-03-14 1\n",
	} {
		if _, err := statusfile.Parse([]byte(text)); err == nil {
			t.Errorf("read %q as a status file", text)
		}
	}
}

// FuzzParse: what Parse reads, Encode writes back as a file that reads the
// same and counts the same on every day.
func FuzzParse(f *testing.F) {
	f.Add([]byte(statusfile.Header + "\nfollowups 2026-03-14 2026-04-14 2\nreview 2026-03-20\n"))
	f.Add([]byte(statusfile.Header + "\r\nfollowups 2026-03-14 2026-04-14 2\ndrills 2026-03-13 1\ndrills 2026-03-15 4\nreview 2026-03-14"))
	f.Add([]byte("debrief-status 1\nfollowups 2026-03-14 2\ndrills 2026-03-15 1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := statusfile.Parse(data)
		if err != nil {
			return
		}
		if _, err := statusfile.Parse(c.Encode()); err != nil {
			t.Fatalf("%q wrote back as %q: %v", data, c.Encode(), err)
		}
		for _, day := range []string{"1900-01-01", "2026-03-14", "2200-12-31"} {
			n, err1 := statusfile.DueOf(data, day)
			m, err2 := statusfile.DueOf(c.Encode(), day)
			if n != m || n < 0 || err1 != nil || err2 != nil {
				t.Fatalf("%q on %s: %d due, %d written back (%v, %v)", data, day, n, m, err1, err2)
			}
		}
	})
}
