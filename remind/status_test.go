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
	spans := []Span{
		{d.AddDays(-100), d.AddDays(-60)}, // stale for a month already: left out
		{d.AddDays(-40), d.AddDays(-9)},   // stale since d-8
		{d.AddDays(-3), d.AddDays(28)},
		{d, d.AddDays(31)},
		{d, d.AddDays(31)},
		{d.AddDays(5), d.AddDays(36)},
	}
	s := StatusOf(spans, []journal.Date{d.AddDays(1), d.AddDays(-200)}, d, d.AddDays(-2), true)
	path := filepath.Join(t.TempDir(), "state", "status-x")
	if err := WriteStatus(path, s); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	back, err := statusfile.Parse(data)
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
		{d.AddDays(-70), 0}, // more than a month before the writer's day
		{d.AddDays(-20), 2}, // the stale one, not stale yet then, and the old card
		{d, 4},              // one late, two today, the old card
		{d.AddDays(1), 5},   // and the new card
		{d.AddDays(5), 7},   // and the review (due from d+5) and the last follow-up
		{d.AddDays(29), 6},  // the one late at d-3 is stale now
	} {
		if got, _ := statusfile.DueOf(data, c.day.String()); got != c.want {
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

// TestStatusReviewOnlyWithInterviews: an empty journal has nothing to
// review; one never reviewed has its review due on any day, whatever the
// clock of the run that wrote the status.
func TestStatusReviewOnlyWithInterviews(t *testing.T) {
	for _, day := range []journal.Date{journal.NewDate(1950, 1, 1), journal.NewDate(2026, 3, 14)} {
		if n, _ := statusfile.DueOf(StatusOf(nil, nil, day, journal.Date{}, false).Encode(), day.String()); n != 0 {
			t.Fatalf("an empty journal has %d due on %s", n, day)
		}
		if n, _ := statusfile.DueOf(StatusOf(nil, nil, day, journal.Date{}, true).Encode(), day.String()); n != 1 {
			t.Fatalf("a journal never reviewed has %d due on %s", n, day)
		}
	}
}

// TestStatusHoldsNoWords: the file holds dates and counts only.
func TestStatusHoldsNoWords(t *testing.T) {
	d := journal.NewDate(2026, 3, 14)
	text := string(StatusOf([]Span{{d, d.AddDays(31)}}, []journal.Date{d}, d, d, true).Encode())
	for _, line := range strings.Split(strings.TrimSpace(text), "\n")[1:] {
		for _, f := range strings.Fields(line)[1:] {
			if strings.Trim(f, "0123456789-") != "" {
				t.Fatalf("line %q", line)
			}
		}
	}
}
