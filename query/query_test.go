package query_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

func parse(t *testing.T, s string) query.Query {
	t.Helper()
	q, problems := query.Parse(s)
	if len(problems) > 0 {
		t.Fatalf("Parse(%q) problems: %v", s, problems)
	}
	return q
}

func candidate(company, role, text string, mod ...func(*journal.Summary)) query.Candidate {
	s := journal.Summary{ID: 1, Company: company, Role: role, Date: journal.NewDate(2025, 6, 1)}
	for _, f := range mod {
		f(&s)
	}
	iv := journal.Interview{Company: company, Role: role, Lessons: []string{text}}
	return query.NewCandidate(s, iv.SearchText())
}

func TestQueryMatch(t *testing.T) {
	acme := candidate("Acme Widgets", "Backend engineer", "Practise the salary range before the call")
	labs := candidate("North West Labs", "Data lead", "")
	for _, tc := range []struct {
		query string
		c     *query.Candidate
		want  bool
	}{
		{"acme", &acme, true},
		{"ACME", &acme, true},
		{"acbe", &acme, true},           // word starts across company and role
		{"awbe", &acme, true},           // initials
		{"nwl", &labs, true},            // initials
		{"cme", &acme, true},            // not fuzzy, but plain text in the title
		{"lead", &acme, false},          // scattered letters are noise
		{"salary", &acme, true},         // in an answer
		{"salary range", &acme, true},   // both words
		{`"salary range"`, &acme, true}, // the phrase
		{`"range salary"`, &acme, false},
		{"salary zebra", &acme, false},
		{"company:widg", &acme, true},
		{"company:labs", &acme, false},
		{"acme company:acme", &acme, true},
	} {
		q := parse(t, tc.query)
		if got := q.Match(tc.c); got != tc.want {
			t.Errorf("%q on %q: got %v, want %v", tc.query, tc.c.Summary.Title(), got, tc.want)
		}
	}
}

func TestQueryMatchBeforeTextLoads(t *testing.T) {
	c := query.NewCandidate(journal.Summary{Company: "Acme", Role: "Engineer"}, "")
	if q := parse(t, "salary"); q.Match(&c) {
		t.Fatal("matched text that is not loaded")
	}
	if q := parse(t, "gineer"); !q.Match(&c) {
		t.Fatal("plain text in the title should match before answers load")
	}
}

func TestQueryMatchSummary(t *testing.T) {
	s := journal.Summary{ID: 12, Company: "Acme", Date: journal.NewDate(2025, 3, 10), Stage: journal.StageFinal, Tags: []string{"Remote-first", "salary"}}
	for _, tc := range []struct {
		query string
		want  bool
	}{
		{"stage:final", true},
		{"stage:first", false},
		{"stage:first,final", true},
		{"stage:first stage:final", true},
		{"outcome:pending", true}, // no outcome counts as pending
		{"outcome:offer", false},
		{"tag:remote", true},
		{"tag:remote tag:sal", true},
		{"tag:remote tag:money", false},
		{"tag:money,sal", true},
		{"since:2025-03-10 until:2025-03-10", true},
		{"since:2025-03-11", false},
		{"until:2025-02", false},
		{"since:2025 until:2025", true},
		{"id:12", true},
		{"id:3,12,40", true},
		{"id:3", false},
		{"id:12 stage:first", false},
	} {
		q := parse(t, tc.query)
		if got := q.MatchSummary(&s); got != tc.want {
			t.Errorf("%q: got %v, want %v", tc.query, got, tc.want)
		}
	}
	undated := journal.Summary{Company: "Acme"}
	if q := parse(t, "since:2020"); q.MatchSummary(&undated) {
		t.Error("an interview without a date passed a date range")
	}
}

func TestTitleHighlights(t *testing.T) {
	c := candidate("Acme Widgets", "Backend engineer", "salary talk")
	q := parse(t, "acbe salary gets")
	pos, inAnswers := q.TitleHighlights(&c)
	title := []rune("Acme Widgets Backend engineer")
	var marked strings.Builder
	for _, p := range pos {
		marked.WriteRune(title[p])
	}
	if marked.String() != "AcgetsBe" {
		t.Errorf("highlighted %q (positions %v)", marked.String(), pos)
	}
	if !reflect.DeepEqual(inAnswers, []string{"salary"}) {
		t.Errorf("words in answers %q", inAnswers)
	}
}
