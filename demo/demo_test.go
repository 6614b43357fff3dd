package demo_test

import (
	"errors"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
)

// now is a fixed clock in a zone away from UTC, so day boundaries matter.
var now = time.Date(2026, time.March, 14, 9, 30, 0, 0, time.FixedZone("UTC-5", -5*3600))

func TestGenerate_Deterministic(t *testing.T) {
	a := demo.Generate(400, 42, now)
	b := demo.Generate(400, 42, now)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("the same seed gave different journals")
	}
	c := demo.Generate(400, 43, now)
	if reflect.DeepEqual(a, c) {
		t.Fatal("different seeds gave the same journal")
	}
}

func TestGenerate_Sizes(t *testing.T) {
	t.Run("Zero", func(t *testing.T) {
		if got := demo.Generate(0, 1, now); len(got) != 0 {
			t.Fatalf("got %d interviews, want none", len(got))
		}
	})
	t.Run("Negative", func(t *testing.T) {
		if got := demo.Generate(-5, 1, now); len(got) != 0 {
			t.Fatalf("got %d interviews, want none", len(got))
		}
	})
	for _, n := range []int{1, 2, 7, 301, 1234} {
		if got := demo.Generate(n, int64(n), now); len(got) != n {
			t.Fatalf("Generate(%d) returned %d interviews", n, len(got))
		}
	}
	one := demo.Generate(1, 9, now)[0]
	if err := one.Validate(); err != nil {
		t.Fatalf("single interview invalid: %v", err)
	}
	if one.Outcome.Status == journal.StatusNextRound {
		t.Fatal("a lone interview cannot lead to a next round")
	}
}

func TestGenerate_Valid(t *testing.T) {
	for _, seed := range []int64{1, 2, 3} {
		for i, iv := range demo.Generate(2000, seed, now) {
			if err := iv.Validate(); err != nil {
				t.Fatalf("seed %d, interview %d: %v", seed, i, err)
			}
			if iv.ID != 0 {
				t.Fatalf("interview %d has ID %d; the store assigns IDs", i, iv.ID)
			}
			if iv.Company == "" || iv.Role == "" || iv.Date.IsZero() || iv.Stage == "" || iv.Format == "" {
				t.Fatalf("interview %d lacks a basic field: %+v", i, iv)
			}
			walkStrings(reflect.ValueOf(iv), func(s string) {
				if strings.TrimSpace(s) != s || strings.ContainsFunc(s, unicode.IsControl) || strings.Contains(s, "{") {
					t.Fatalf("interview %d holds text that is not plain: %q", i, s)
				}
			})
		}
	}
}

// walkStrings calls fn with every string reachable from v.
func walkStrings(v reflect.Value, fn func(string)) {
	switch v.Kind() {
	case reflect.String:
		fn(v.String())
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				walkStrings(v.Field(i), fn)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			walkStrings(v.Index(i), fn)
		}
	}
}

func TestGenerate_Dates(t *testing.T) {
	today := journal.DateOf(now)
	for _, tc := range []struct {
		name  string
		n     int
		years float64
	}{
		{"OneYear", 100, 1},
		{"TwoYears", 600, 2},
		{"Capped", 3000, 8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ivs := demo.Generate(tc.n, 5, now)
			spanDays := int(tc.years * 365.25)
			earliest := today.AddDays(-spanDays - 7)
			for i, iv := range ivs {
				if iv.Date.Before(earliest) || !iv.Date.Before(today) {
					t.Fatalf("interview %d on %s, outside %s to %s", i, iv.Date, earliest, today)
				}
				if i > 0 && iv.Date.Before(ivs[i-1].Date) {
					t.Fatalf("interview %d (%s) comes after a later one (%s)", i, iv.Date, ivs[i-1].Date)
				}
				if iv.CreatedAt.After(now) || iv.UpdatedAt.After(now) {
					t.Fatalf("interview %d was created or updated after now", i)
				}
				if iv.UpdatedAt.Before(iv.CreatedAt) {
					t.Fatalf("interview %d was updated before it was created", i)
				}
				if journal.DateOf(iv.CreatedAt) != iv.Date || iv.CreatedAt.Location() != now.Location() || iv.CreatedAt.Hour() < 17 {
					t.Fatalf("interview %d on %s was written at %s, not that evening in now's zone", i, iv.Date, iv.CreatedAt)
				}
			}
			// The interviews cover the span rather than bunching at its end.
			if first := ivs[0].Date; first.After(today.AddDays(-spanDays * 3 / 4)) {
				t.Fatalf("the first interview is on %s, too late for a span of %d days", first, spanDays)
			}
			if last := ivs[len(ivs)-1].Date; last.Before(today.AddDays(-30)) {
				t.Fatalf("the last interview is on %s, long before now", last)
			}
		})
	}
}

func TestGenerate_Outcomes(t *testing.T) {
	today := journal.DateOf(now)
	ivs := demo.Generate(1500, 11, now)
	for i, iv := range ivs {
		o := iv.Outcome
		switch {
		case o.Status == journal.StatusPending:
			if !o.Date.IsZero() {
				t.Fatalf("interview %d is pending but dated %s", i, o.Date)
			}
			if iv.Date.DaysUntil(today) > 60 {
				t.Fatalf("interview %d from %s is still pending", i, iv.Date)
			}
		case o.Date.IsZero():
			t.Fatalf("interview %d has outcome %s without a date", i, o.Status)
		case o.Date.Before(iv.Date) || o.Date.After(today):
			t.Fatalf("interview %d on %s has its outcome dated %s", i, iv.Date, o.Date)
		}
		for _, f := range iv.Feedback {
			if f.Date.Before(iv.Date) || f.Date.After(today) || f.Text == "" {
				t.Fatalf("interview %d has bad feedback %+v", i, f)
			}
		}
		if o.Status == journal.StatusNextRound {
			later := slices.IndexFunc(ivs[i+1:], func(n journal.Interview) bool {
				return n.Company == iv.Company && n.Role == iv.Role && !n.Date.Before(o.Date)
			})
			if later < 0 {
				t.Fatalf("interview %d at %s leads to a next round that never happens", i, iv.Company)
			}
		}
	}
}

func TestGenerate_CompensationWordings(t *testing.T) {
	wordings := map[string]bool{}
	for _, iv := range demo.Generate(200, 3, now) {
		for _, c := range iv.Curveballs {
			q := strings.ToLower(c.Question)
			for _, w := range []string{"salary", "pay", "compensation", "earning", "money", "budget", "band"} {
				if strings.Contains(q, w) {
					wordings[c.Question] = true
				}
			}
		}
	}
	if len(wordings) < 4 {
		t.Fatalf("compensation came up under %d wordings, want several: %v", len(wordings), wordings)
	}
}

func TestGenerate_Distribution(t *testing.T) {
	ivs := demo.Generate(500, 21, now)
	stages := map[journal.Stage]int{}
	statuses := map[journal.Status]int{}
	var feedback, decided, people, recruiterScreens, screens, curveballs, tagged, answers int
	for _, iv := range ivs {
		stages[iv.Stage]++
		statuses[iv.Outcome.Status]++
		if iv.Outcome.Status.Decided() {
			decided++
			if len(iv.Feedback) > 0 {
				feedback++
			}
		}
		if n := len(iv.Interviewers); n > 0 {
			people++
			if n > 3 {
				t.Fatalf("%d interviewers in one interview", n)
			}
		}
		if iv.Stage == journal.StageScreen {
			screens++
			if slices.ContainsFunc(iv.Interviewers, journal.Person.IsRecruiter) {
				recruiterScreens++
			}
		}
		if len(iv.Curveballs) > 4 {
			t.Fatalf("%d curveballs in one interview", len(iv.Curveballs))
		}
		curveballs += len(iv.Curveballs)
		if len(iv.Tags) > 0 {
			tagged++
		}
		if len(iv.Answers) > 0 {
			answers++
		}
	}
	for _, s := range []journal.Stage{journal.StageScreen, journal.StageFirst, journal.StageFinal} {
		if stages[s] == 0 {
			t.Errorf("no %s interviews in 500", s)
		}
	}
	if len(stages) < 4 {
		t.Errorf("only %d stages used: %v", len(stages), stages)
	}
	// A process narrows as it goes: fewer finals than screens.
	if stages[journal.StageFinal] >= stages[journal.StageScreen] {
		t.Errorf("%d finals but only %d screens", stages[journal.StageFinal], stages[journal.StageScreen])
	}
	for _, s := range journal.Statuses {
		if statuses[s] == 0 {
			t.Errorf("no interview with outcome %s in 500: %v", s, statuses)
		}
	}
	between := func(name string, got, of int, lo, hi float64) {
		if share := float64(got) / float64(of); share < lo || share > hi {
			t.Errorf("%s: %d of %d (%.2f), want between %.2f and %.2f", name, got, of, share, lo, hi)
		}
	}
	between("feedback on decided interviews", feedback, decided, 0.05, 0.3)
	between("interviews with people", people, len(ivs), 0.8, 1)
	between("screens with a recruiter", recruiterScreens, screens, 0.6, 1)
	between("tagged interviews", tagged, len(ivs), 0.2, 0.9)
	between("interviews with custom answers", answers, len(ivs), 0.03, 0.5)
	between("curveballs per interview", curveballs, len(ivs), 1, 2.5)
}

func TestGenerate_Variety(t *testing.T) {
	ivs := demo.Generate(2000, 8, now)
	companies, questions := map[string]bool{}, map[string]bool{}
	roles, lessons := map[string]int{}, map[string]int{}
	missing := 0
	for _, iv := range ivs {
		companies[iv.Company] = true
		roles[iv.Role]++
		for _, c := range iv.Curveballs {
			questions[c.Question] = true
		}
		for _, l := range iv.Lessons {
			lessons[l]++
		}
		if iv.MoodBefore == 0 || iv.MoodAfter == 0 || iv.Authenticity == 0 || iv.Nerves == 0 {
			missing++
		}
	}
	if len(companies) < 400 {
		t.Errorf("only %d companies in 2,000 interviews", len(companies))
	}
	if len(roles) < 5 {
		t.Errorf("only %d roles", len(roles))
	}
	// A person sticks to a few kinds of role, at a seniority that changes
	// slowly, so a dozen titles cover most applications.
	counts := slices.Sorted(maps.Values(roles))
	slices.Reverse(counts)
	top := 0
	for _, n := range counts[:min(12, len(counts))] {
		top += n
	}
	if share := float64(top) / float64(len(ivs)); share < 0.75 {
		t.Errorf("the twelve most common roles cover only %.2f of interviews", share)
	}
	if len(questions) < 60 {
		t.Errorf("only %d distinct curveball questions", len(questions))
	}
	repeated := 0
	for _, n := range lessons {
		if n >= 5 {
			repeated++
		}
	}
	if repeated < 10 {
		t.Errorf("only %d lessons come back five times or more", repeated)
	}
	if share := float64(missing) / float64(len(ivs)); share < 0.05 || share > 0.2 {
		t.Errorf("%.2f of interviews miss a rating, want about a tenth", share)
	}
}

func TestGenerate_RatingsDrift(t *testing.T) {
	ivs := demo.Generate(2000, 17, now)
	fifth := len(ivs) / 5
	early, late := ivs[:fifth], ivs[len(ivs)-fifth:]
	mean := func(ivs []journal.Interview, of func(journal.Interview) journal.Rating) float64 {
		sum, n := 0, 0
		for _, iv := range ivs {
			if r := of(iv); r != 0 {
				sum += int(r)
				n++
			}
		}
		return float64(sum) / float64(n)
	}
	authenticity := func(iv journal.Interview) journal.Rating { return iv.Authenticity }
	nerves := func(iv journal.Interview) journal.Rating { return iv.Nerves }
	if e, l := mean(early, authenticity), mean(late, authenticity); l <= e {
		t.Errorf("authenticity went from %.2f to %.2f; it should rise", e, l)
	}
	if e, l := mean(early, nerves), mean(late, nerves); l >= e {
		t.Errorf("nerves went from %.2f to %.2f; they should ease", e, l)
	}
}

func TestStream(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		var got []journal.Interview
		err := demo.Stream(700, 4, now, func(iv journal.Interview) error {
			got = append(got, iv)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, demo.Generate(700, 4, now)) {
			t.Fatal("Stream and Generate disagree")
		}
	})
	t.Run("ErrStops", func(t *testing.T) {
		stop := errors.New("disk full")
		calls := 0
		err := demo.Stream(700, 4, now, func(journal.Interview) error {
			calls++
			if calls == 10 {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || calls != 10 {
			t.Fatalf("got %v after %d calls, want the callback's error after 10", err, calls)
		}
	})
}

func BenchmarkGenerate10k(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		demo.Generate(10_000, 1, now)
	}
}

func BenchmarkStream100k(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		_ = demo.Stream(100_000, 1, now, func(journal.Interview) error { return nil })
	}
}
