package query_test

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/query"
)

func TestNarrows(t *testing.T) {
	for _, tc := range []struct {
		prev, next string
		want       bool
	}{
		{"", "a", true},
		{"sal", "sala", true},
		{"sala", "sal", false},
		{"salary", "salary range", true},
		{"salary range", "range", false},
		{"stage:final", "stage:final,panel", false},
		{"stage:final,panel", "stage:final", true},
		{"stage:fi", "stage:fin", true},
		{"", "stage:final", true},
		{"stage:final", "", false},
		{"tag:re", "tag:remote", true},
		{"tag:remote", "tag:re", false},
		{"tag:remote", "tag:remote tag:salary", true},
		{"company:acm", "company:acme", true},
		{"since:2025", "since:2025-06", true},
		{"since:2025-06", "since:2025", false},
		{"until:2025-06", "until:2025-03", true},
		{"until:2025-03", "until:2025-06", false},
		{"stage:zzz", "stage:final", false},
		{"stage:final", "stage:zzz", true},
		{"id:1,2", "id:1", true},
		{"id:1", "id:1,2", false},
		{"id:1", "", false},
		{"", "id:3", true},
	} {
		prev, _ := query.Parse(tc.prev)
		next, _ := query.Parse(tc.next)
		if got := next.Narrows(&prev); got != tc.want {
			t.Errorf("%q narrows %q: got %v, want %v", tc.next, tc.prev, got, tc.want)
		}
	}
}

// TestNarrowsKeepsResults checks the promise the list relies on: when a
// query narrows another, filtering the other's matches gives exactly what a
// full filter gives.
func TestNarrowsKeepsResults(t *testing.T) {
	ivs := demo.Generate(600, 7, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC))
	cands := make([]query.Candidate, len(ivs))
	for i := range ivs {
		ivs[i].ID = uint64(i + 1)
		cands[i] = query.NewCandidate(ivs[i].Summarize(), ivs[i].SearchText())
	}
	filter := func(q *query.Query, within []int) []int {
		var out []int
		for _, i := range within {
			if q.Match(&cands[i]) {
				out = append(out, i)
			}
		}
		return out
	}
	all := make([]int, len(cands))
	for i := range all {
		all[i] = i
	}
	r := rand.New(rand.NewPCG(1, 2))
	pieces := []string{"a", "e", "s", "sa", "l", "ar", "y", " ", "stage:", "f", "i", ",", "tag:", "r", "since:2025", "-0", "6", "company:", "n", "outcome:", "re"}
	checked := 0
	for range 400 {
		var text string
		prev, _ := query.Parse("")
		prevMatches := all
		for range 8 {
			text += pieces[r.IntN(len(pieces))]
			q, _ := query.Parse(text)
			full := filter(&q, all)
			if q.Narrows(&prev) {
				checked++
				if narrowed := filter(&q, prevMatches); !slices.Equal(narrowed, full) {
					t.Fatalf("%q after %v: narrowing gave %d, full filter %d", text, prev, len(narrowed), len(full))
				}
			}
			prev, prevMatches = q, full
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d narrowing steps were checked", checked)
	}
}
