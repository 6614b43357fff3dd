package remind

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/statusfile"
)

func TestStatusRoundTripAndDue(t *testing.T) {
	d := journal.NewDate(2026, 3, 14)
	s := StatusOf([]journal.Date{d.AddDays(-3), d, d, d.AddDays(5)}, []journal.Date{d.AddDays(1)}, d, d.AddDays(-2), true)
	path := filepath.Join(t.TempDir(), "state", "status-x")
	if err := WriteStatus(path, s); err != nil {
		t.Fatal(err)
	}
	back, err := ReadStatus(path)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, s) {
		t.Fatalf("read back %+v, wrote %+v", back, s)
	}
	for _, c := range []struct {
		day  journal.Date
		want int
	}{
		{d.AddDays(-4), 0},
		{d, 3},            // one late, two today
		{d.AddDays(1), 4}, // and the card
		{d.AddDays(5), 6}, // and the review (due from d+5) and the last follow-up
	} {
		if got := back.Due(c.day); got != c.want {
			t.Errorf("Due(%s) = %d, want %d", c.day, got, c.want)
		}
	}
	if info, _ := os.Stat(path); info.Mode().Perm() != 0o600 {
		t.Errorf("status file mode %v", info.Mode().Perm())
	}
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".status-*")); len(leftovers) != 0 {
		t.Errorf("temporary files left: %v", leftovers)
	}
}

func TestStatusReviewOnlyWithInterviews(t *testing.T) {
	d := journal.NewDate(2026, 3, 14)
	if n := StatusOf(nil, nil, d, journal.Date{}, false).Due(d); n != 0 {
		t.Fatalf("an empty journal has %d due", n)
	}
	if n := StatusOf(nil, nil, d, journal.Date{}, true).Due(d); n != 1 {
		t.Fatalf("a journal never reviewed has %d due", n)
	}
}

func TestReadStatusRefusesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadStatus(filepath.Join(dir, "none")); err != ErrNoStatus {
		t.Fatalf("missing file: %v", err)
	}
	for _, text := range []string{
		"",
		"followups 2026-03-14 1\n",
		statusfile.Header + "\nfollowups 2026-03-14\n",
		statusfile.Header + "\nfollowups 2026-03-14 -1\n",
		statusfile.Header + "\nfollowups 0000-00-00 1\n",
		statusfile.Header + "\nsecrets 2026-03-14 1\n",
		statusfile.Header + "\nreview 2026-03-14 2\n",
	} {
		if _, err := DecodeStatus([]byte(text)); err == nil {
			t.Errorf("read %q as a status", text)
		}
	}
}

// TestStatusHoldsNoWords: the file holds dates and counts only.
func TestStatusHoldsNoWords(t *testing.T) {
	d := journal.NewDate(2026, 3, 14)
	text := string(StatusOf([]journal.Date{d}, nil, d, d, true).Encode())
	for _, line := range strings.Split(strings.TrimSpace(text), "\n")[1:] {
		f := strings.Fields(line)
		if f[0] != "followups" && f[0] != "drills" && f[0] != "review" {
			t.Fatalf("line %q", line)
		}
	}
}

func FuzzDecodeStatus(f *testing.F) {
	f.Add([]byte(statusfile.Header + "\nfollowups 2026-03-14 2\nreview 2026-03-20\n"))
	f.Add([]byte(statusfile.Header + "\r\nfollowups 2026-03-14 2\ndrills 2026-03-13 1\ndrills 2026-03-15 4\nreview 2026-03-14"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeStatus(data)
		if err != nil {
			return
		}
		back, err := DecodeStatus(s.Encode())
		if err != nil || back.Due(journal.NewDate(2100, 1, 1)) != s.Due(journal.NewDate(2100, 1, 1)) {
			t.Fatalf("%q read back as %+v (%v)", data, back, err)
		}
		// The prompt counts from the file's text as the commands do.
		c, err := statusfile.Parse(data)
		if err != nil {
			t.Fatalf("%q: statusfile refuses what remind reads: %v", data, err)
		}
		for _, today := range []journal.Date{journal.NewDate(1900, 1, 1), journal.NewDate(2026, 3, 14), journal.NewDate(2200, 12, 31)} {
			if c.Due(today.String()) != s.Due(today) {
				t.Fatalf("%q on %s: the prompt counts %d, the commands %d", data, today, c.Due(today.String()), s.Due(today))
			}
		}
	})
}
