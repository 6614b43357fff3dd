package query_test

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
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

func TestParse(t *testing.T) {
	t.Run("Words", func(t *testing.T) {
		q := parse(t, `  Salary  "Range Talk" 10:30 note: "stage:final" `)
		want := []string{"salary", "range talk", "10:30", "note:", "stage:final"}
		if !reflect.DeepEqual(q.Words, want) {
			t.Fatalf("words %q, want %q", q.Words, want)
		}
		if len(q.Stages) != 0 {
			t.Fatal("a quoted token was read as a filter")
		}
	})
	t.Run("Tokens", func(t *testing.T) {
		q := parse(t, `STAGE:fi status:rej,no tag:remote tags:sal,money company:"Acme, Inc" since:2025-01 until:2025-06`)
		if want := []journal.Stage{journal.StageFirst, journal.StageFinal}; !reflect.DeepEqual(q.Stages, want) {
			t.Errorf("stages %v, want %v", q.Stages, want)
		}
		if want := []journal.Status{journal.StatusRejected, journal.StatusNoResponse}; !reflect.DeepEqual(q.Outcomes, want) {
			t.Errorf("outcomes %v, want %v", q.Outcomes, want)
		}
		if want := [][]string{{"remote"}, {"sal", "money"}}; !reflect.DeepEqual(q.TagGroups, want) {
			t.Errorf("tags %v, want %v", q.TagGroups, want)
		}
		if want := []string{"acme, inc"}; !reflect.DeepEqual(q.Companies, want) {
			t.Errorf("companies %q, want %q", q.Companies, want)
		}
		if q.Since != journal.NewDate(2025, 1, 1) || q.Until != journal.NewDate(2025, 6, 30) {
			t.Errorf("range %v..%v", q.Since, q.Until)
		}
	})
	t.Run("OutcomeLabel", func(t *testing.T) {
		q := parse(t, `outcome:"next round"`)
		if !reflect.DeepEqual(q.Outcomes, []journal.Status{journal.StatusNextRound}) {
			t.Fatalf("outcomes %v", q.Outcomes)
		}
	})
	t.Run("WholeYear", func(t *testing.T) {
		q := parse(t, "since:2024 until:2024")
		if q.Since != journal.NewDate(2024, 1, 1) || q.Until != journal.NewDate(2024, 12, 31) {
			t.Fatalf("range %v..%v", q.Since, q.Until)
		}
	})
	t.Run("UnfinishedKey", func(t *testing.T) {
		q := parse(t, "stage: tag:")
		if !q.IsZero() {
			t.Fatalf("an empty value narrowed: %+v", q)
		}
	})
	t.Run("UnknownStage", func(t *testing.T) {
		q, problems := query.Parse("stage:zzz")
		if len(problems) != 1 || !strings.Contains(problems[0], "no stage") {
			t.Fatalf("problems %v", problems)
		}
		c := candidate("Acme", "Engineer", "")
		if q.Match(&c) {
			t.Fatal("a stage nothing starts with matched")
		}
	})
	t.Run("OneAlternativeEnough", func(t *testing.T) {
		q, problems := query.Parse("stage:zzz,final")
		if len(problems) != 1 {
			t.Fatalf("problems %v", problems)
		}
		c := candidate("Acme", "Engineer", "", func(s *journal.Summary) { s.Stage = journal.StageFinal })
		if !q.Match(&c) {
			t.Fatal("the stage that exists was not used")
		}
	})
	t.Run("BadDate", func(t *testing.T) {
		q, problems := query.Parse("since:2025-1")
		if len(problems) != 1 || !strings.HasPrefix(problems[0], "since:") {
			t.Fatalf("problems %v", problems)
		}
		if !q.Since.IsZero() {
			t.Fatal("a bad date was used")
		}
	})
}

func TestToken(t *testing.T) {
	for _, tc := range []struct{ key, value string }{{"company", "Acme Corp"}, {"tag", "remote"}, {"company", `Say "hi" Ltd`}} {
		q := parse(t, query.Token(tc.key, tc.value))
		want := strings.ToLower(strings.ReplaceAll(tc.value, `"`, ""))
		var got string
		if tc.key == "company" {
			got = q.Companies[0]
		} else {
			got = q.TagGroups[0][0]
		}
		if got != want {
			t.Errorf("Token(%q, %q) read back as %q", tc.key, tc.value, got)
		}
	}
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
	s := journal.Summary{Company: "Acme", Date: journal.NewDate(2025, 3, 10), Stage: journal.StageFinal, Tags: []string{"Remote-first", "salary"}}
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

func TestSortOrder(t *testing.T) {
	sums := []journal.Summary{
		{ID: 1, Company: "beta", Date: journal.NewDate(2025, 1, 1)},
		{ID: 2, Company: "Alpha", Date: journal.NewDate(2025, 1, 1)},
		{ID: 3, Company: "alpha", Date: journal.NewDate(2025, 2, 1)},
	}
	ids := func(o query.SortOrder) string {
		s := slices.Clone(sums)
		slices.SortFunc(s, func(a, b journal.Summary) int { return o.Compare(&a, &b) })
		var out []string
		for _, x := range s {
			out = append(out, fmt.Sprint(x.ID))
		}
		return strings.Join(out, ",")
	}
	if got := ids(query.SortByDate); got != "3,2,1" {
		t.Errorf("by date %s", got)
	}
	if got := ids(query.SortByCompany); got != "3,2,1" {
		t.Errorf("by company %s", got)
	}
	sums[2].Company = "gamma"
	if got := ids(query.SortByCompany); got != "2,1,3" {
		t.Errorf("by company %s", got)
	}
	if o, err := query.ParseSortOrder("Company"); err != nil || o != query.SortByCompany {
		t.Errorf("ParseSortOrder: %v %v", o, err)
	}
	if _, err := query.ParseSortOrder("size"); journal.ErrorCode(err) != journal.EInvalid {
		t.Errorf("a bad order gave %v", err)
	}
}

func TestTextIndex(t *testing.T) {
	ivs := demo.Generate(300, 11, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC))
	texts := make([]string, len(ivs))
	for i := range ivs {
		texts[i] = ivs[i].SearchText()
	}
	texts = append(texts, "café crème, naïve résumé", "", "on-call  rota; 10:30")
	ix := query.NewTextIndex(texts[:len(texts)/2])
	for _, tx := range texts[len(texts)/2:] {
		ix.Add(tx) // documents added later are found as well
	}
	if ix.Len() != len(texts) {
		t.Fatalf("%d documents, want %d", ix.Len(), len(texts))
	}
	r := rand.New(rand.NewPCG(3, 4))
	probes := []string{"é", "crème", "rème", "on-call", "-call", "10:30", ":", "a", "zzzz", "salary range", "sal"}
	for range 300 {
		tx := texts[r.IntN(len(texts))]
		if len(tx) < 10 {
			continue
		}
		at := r.IntN(len(tx) - 8)
		probes = append(probes, tx[at:at+1+r.IntN(8)])
	}
	for _, p := range probes {
		docs, exact := ix.Holding(p)
		for d, tx := range texts {
			holds := strings.Contains(tx, p)
			found := docs == nil || query.HasDoc(docs, int32(d))
			if holds && !found {
				t.Fatalf("%q: document %d holds it but was not found", p, d)
			}
			if exact && found && !holds {
				t.Fatalf("%q: exact, but document %d does not hold it", p, d)
			}
		}
	}
}

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
