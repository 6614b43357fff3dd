package query_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

func TestMatcherWithIndexAgrees(t *testing.T) {
	ivs := demo.Generate(400, 12, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC))
	cands := make([]query.Candidate, len(ivs))
	texts := make([]string, len(ivs))
	for i := range ivs {
		texts[i] = ivs[i].SearchText()
		cands[i] = query.NewCandidate(ivs[i].Summarize(), texts[i])
	}
	ix := query.NewTextIndex(texts)
	for _, s := range []string{"salary", "sal ran", "on-call", "take-home", `"salary range"`, "acbe", "data lead", "stage:final r", "x", "zzzz", "é"} {
		q, _ := query.Parse(s)
		fast := q.Matcher(ix)
		n := 0
		for i := range cands {
			want := q.Match(&cands[i])
			if got := fast.Match(&cands[i], int32(i)); got != want {
				t.Fatalf("%q on interview %d: with the index %v, without %v", s, i, got, want)
			}
			if want {
				n++
			}
		}
		t.Logf("%q matches %d", s, n)
	}
}

func TestUnpreparedCandidateMatchesAlike(t *testing.T) {
	s := journal.Summary{Company: "Acme Widgets", Role: "Backend engineer"}
	prepared := query.NewCandidate(s, "")
	bare := query.Candidate{Summary: s}
	if bare.Prepared() || !prepared.Prepared() {
		t.Fatal("Prepared is wrong")
	}
	for _, text := range []string{"acbe", "widg", "zz", "engineer"} {
		q := parse(t, text)
		if q.Match(&bare) != q.Match(&prepared) {
			t.Errorf("%q: an unprepared candidate matched differently", text)
		}
		a, _ := q.TitleHighlights(&bare)
		b, _ := q.TitleHighlights(&prepared)
		if !slices.Equal(a, b) {
			t.Errorf("%q: highlights %v and %v", text, a, b)
		}
	}
}

func TestContainsRare(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	ivs := demo.Generate(50, 13, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC))
	for range 20000 {
		s := ivs[r.IntN(len(ivs))].SearchText()
		var sub string
		switch r.IntN(3) {
		case 0:
			at := r.IntN(len(s))
			sub = s[at:min(len(s), at+1+r.IntN(10))]
		case 1:
			sub = []string{"on-", "-call", "zq", "x-", ":3", "é", "the ", " a"}[r.IntN(8)]
		default:
			other := ivs[r.IntN(len(ivs))].SearchText()
			at := r.IntN(len(other))
			sub = other[at:min(len(other), at+2+r.IntN(6))]
		}
		if got, want := query.ContainsRareForTest(s, sub), strings.Contains(s, sub); got != want {
			t.Fatalf("%q in a text: got %v, want %v", sub, got, want)
		}
	}
}
