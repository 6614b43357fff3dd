package list

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	keyEnter     = tea.KeyPressMsg{Code: tea.KeyEnter}
	keySlash     = tea.KeyPressMsg{Code: '/', Text: "/"}
	keyBackspace = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

// letter is the key press of one printable character.
func letter(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// demoJournal is a fake journal holding n demo interviews with IDs 1..n.
func demoJournal(tb testing.TB, n int) *uitest.FakeJournal {
	tb.Helper()
	j := uitest.NewFakeJournal()
	for i, iv := range demo.Generate(n, 3, uitest.Now()) {
		iv.ID = uint64(i + 1)
		j.Stored[iv.ID] = iv
	}
	j.NextID = uint64(n)
	return j
}

// model is the list in a stand-in for the root.
type model struct {
	*uitest.Host
	d *uitest.Driver
	p *Page
}

// openList opens the list on j, with its answers loaded.
func openList(t *testing.T, j *uitest.FakeJournal) *model {
	t.Helper()
	ctx := uitest.NewContext(j)
	p := New(ctx, "")
	h, d := uitest.Start(t, ctx, p)
	d.Update = func(msg tea.Msg) tea.Cmd {
		// The root keeps the rows in step with every change.
		if c, ok := msg.(kit.InterviewChangedMsg); ok && c.Err == nil {
			if c.Kind == kit.ChangeDeleted {
				p.Remove(c.Interview.ID)
			} else {
				p.Upsert(&c.Interview)
			}
		}
		return h.Update(msg)
	}
	if !p.Loaded() {
		t.Fatal("the answers were not loaded in the background")
	}
	return &model{Host: h, d: d, p: p}
}

// shownIDs returns the IDs the list shows, in order.
func shownIDs(m *model) []uint64 { return m.p.Shown() }

func press(t *testing.T, m *model, keys ...tea.KeyPressMsg) { t.Helper(); m.d.Press(keys...) }

func typeText(t *testing.T, m *model, s string) { t.Helper(); m.d.Type(s) }

func TestBrowseNewestFirst(t *testing.T) {
	j := demoJournal(t, 40)
	m := openList(t, j)
	ids := shownIDs(m)
	if len(ids) != 40 {
		t.Fatalf("%d rows, want 40", len(ids))
	}
	for i := 1; i < len(ids); i++ {
		a, b := j.Stored[ids[i-1]], j.Stored[ids[i]]
		if a.Date.Before(b.Date) {
			t.Fatalf("row %d (%s) is older than row %d (%s)", i-1, a.Date, i, b.Date)
		}
	}
	first := j.Stored[ids[0]]
	if s := m.View(); !strings.Contains(s, "40 interviews") || !strings.Contains(s, first.Date.String()) {
		t.Fatalf("the screen lacks the count or the newest row:\n%s", s)
	}
}

// rareAnswerWord finds a word of some interview's lessons that no company
// or role contains, so it can only be found in the answers.
func rareAnswerWord(t *testing.T, j *uitest.FakeJournal) (string, []uint64) {
	t.Helper()
	var titles strings.Builder
	for _, iv := range j.Stored {
		titles.WriteString(strings.ToLower(iv.Company + " " + iv.Role + " "))
	}
	ids := slices.Sorted(func(yield func(uint64) bool) {
		for id := range j.Stored {
			if !yield(id) {
				return
			}
		}
	})
	for _, id := range ids {
		for _, lesson := range j.Stored[id].Lessons {
			for _, w := range strings.Fields(strings.ToLower(lesson)) {
				w = strings.Trim(w, ".,;:!?\"'()")
				if len(w) < 7 || strings.Contains(titles.String(), w) || strings.ContainsAny(w, `"`) {
					continue
				}
				var with []uint64
				for _, other := range ids {
					iv := j.Stored[other]
					if strings.Contains(iv.SearchText(), w) {
						with = append(with, other)
					}
				}
				if len(with) < len(ids)/2 {
					return w, with
				}
			}
		}
	}
	t.Fatal("no rare word in the demo lessons")
	return "", nil
}

func TestBrowseFilterSearchesAnswers(t *testing.T) {
	j := demoJournal(t, 60)
	m := openList(t, j)
	word, want := rareAnswerWord(t, j)
	press(t, m, keySlash)
	typeText(t, m, word)
	got := shownIDs(m)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("%q shows %v, want the interviews whose answers hold it: %v", word, got, want)
	}
	s := m.View()
	if !strings.Contains(s, kit.Thousands(len(want))+" of 60") {
		t.Fatalf("the count is not shown:\n%s", s)
	}
	if !strings.Contains(strings.ToLower(s), "↳") || !strings.Contains(strings.ToLower(s), word) {
		t.Fatalf("the preview of the match in the answers is missing:\n%s", s)
	}
}

func TestBrowseErasingRestoresResults(t *testing.T) {
	j := demoJournal(t, 80)
	m := openList(t, j)
	press(t, m, keySlash)
	typeText(t, m, "sa")
	before := shownIDs(m)
	typeText(t, m, "lary r")
	narrowed := shownIDs(m)
	if len(narrowed) > len(before) {
		t.Fatalf("typing more widened the list: %d then %d", len(before), len(narrowed))
	}
	for range len("lary r") {
		press(t, m, keyBackspace)
	}
	if got := shownIDs(m); !slices.Equal(got, before) {
		t.Fatalf("erasing back to %q shows %d rows, first time %d", "sa", len(got), len(before))
	}
	// Erase everything: the whole journal again.
	press(t, m, keyBackspace, keyBackspace)
	if got := shownIDs(m); len(got) != 80 {
		t.Fatalf("an empty filter shows %d rows", len(got))
	}
}

func TestBrowseFilterTokens(t *testing.T) {
	j := demoJournal(t, 80)
	m := openList(t, j)
	press(t, m, keySlash)
	typeText(t, m, "stage:final outcome:rej")
	ids := shownIDs(m)
	want := 0
	for _, iv := range j.Stored {
		if iv.Stage == journal.StageFinal && iv.Outcome.Status == journal.StatusRejected {
			want++
		}
	}
	if len(ids) != want || want == 0 {
		t.Fatalf("%d rows, want %d final-round rejections", len(ids), want)
	}
	for _, id := range ids {
		if iv := j.Stored[id]; iv.Stage != journal.StageFinal || iv.Outcome.Status != journal.StatusRejected {
			t.Fatalf("interview %d (%s, %s) passed the filter", id, iv.Stage, iv.Outcome.Status)
		}
	}
}

func TestBrowseBadTokenIsExplained(t *testing.T) {
	j := demoJournal(t, 10)
	m := openList(t, j)
	press(t, m, keySlash)
	typeText(t, m, "stage:zz")
	if n := len(shownIDs(m)); n != 0 {
		t.Fatalf("a stage nothing starts with shows %d rows", n)
	}
	if s := m.View(); !strings.Contains(s, "no stage starts with") {
		t.Fatalf("the problem is not explained:\n%s", s)
	}
}

func TestBrowseSortToggles(t *testing.T) {
	j := demoJournal(t, 50)
	m := openList(t, j)
	byDate := shownIDs(m)
	press(t, m, letter('s'))
	ids := shownIDs(m)
	for i := 1; i < len(ids); i++ {
		a, b := j.Stored[ids[i-1]].Company, j.Stored[ids[i]].Company
		if strings.ToLower(a) > strings.ToLower(b) {
			t.Fatalf("sorted by company, %q comes before %q", a, b)
		}
	}
	if v := m.View(); !strings.Contains(v, "company ▴") || strings.Contains(v, "company ▾") {
		t.Fatal("the header does not mark the company order A to Z")
	}
	press(t, m, letter('s'))
	if !slices.Equal(shownIDs(m), byDate) {
		t.Fatal("s twice did not bring back the order by date")
	}
}

func TestBrowseMovesAndPages(t *testing.T) {
	j := demoJournal(t, 100)
	m := openList(t, j)
	b := m.p
	press(t, m, letter('j'), letter('j'))
	if b.cursor != 2 {
		t.Fatalf("cursor %d after j j", b.cursor)
	}
	press(t, m, letter('G'))
	if b.cursor != 99 || b.offset+b.rowsShown() != 100 {
		t.Fatalf("G: cursor %d offset %d", b.cursor, b.offset)
	}
	if !strings.Contains(m.View(), j.Stored[b.selectedID()].Date.String()) {
		t.Fatal("the last row is not drawn after G")
	}
	press(t, m, letter('g'))
	if b.cursor != 0 || b.offset != 0 {
		t.Fatalf("g: cursor %d offset %d", b.cursor, b.offset)
	}
}

func TestBrowseDeleteKeptOnOtherKey(t *testing.T) {
	j := demoJournal(t, 5)
	m := openList(t, j)
	id := m.p.selectedID()
	press(t, m, letter('d'), letter('n'))
	if _, ok := j.Stored[id]; !ok || len(shownIDs(m)) != 5 {
		t.Fatal("a key other than y deleted the interview")
	}
}

func TestBrowseAddTag(t *testing.T) {
	j := demoJournal(t, 5)
	m := openList(t, j)
	id := m.p.selectedID()
	old := j.Stored[id].Tags
	press(t, m, letter('t'))
	typeText(t, m, "Remote-first, rejected-twice")
	press(t, m, keyEnter)
	tags := j.Stored[id].Tags
	if !slices.Contains(tags, "Remote-first") || !slices.Contains(tags, "rejected-twice") || len(tags) != len(old)+2 {
		t.Fatalf("tags %q, were %q", tags, old)
	}
	// The list knows the new tag at once.
	press(t, m, keySlash)
	typeText(t, m, "tag:remote-f")
	if ids := shownIDs(m); !slices.Contains(ids, id) {
		t.Fatalf("tag:remote-f does not find the tagged interview: %v", ids)
	}
}

// TestBrowsePasteIntoFilter: text pasted while typing the filter filters
// as typed text does, on one line and cleaned of escape sequences; a paste
// longer than the filter holds is refused whole, with a message.
func TestBrowsePasteIntoFilter(t *testing.T) {
	j := demoJournal(t, 60)
	m := openList(t, j)
	word, want := rareAnswerWord(t, j)
	press(t, m, keySlash)
	m.d.Send(tea.PasteMsg{Content: "\x1b]0;title\x07" + word + "\n"})
	got := shownIDs(m)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Fatalf("pasting %q shows %v, want %v", word, got, want)
	}
	if strings.Contains(m.View(), "title") {
		t.Fatalf("the escape sequence's text reached the filter:\n%s", m.View())
	}
	m.d.Send(tea.PasteMsg{Content: strings.Repeat("x", 26000)})
	after := shownIDs(m)
	slices.Sort(after)
	if !slices.Equal(after, got) || !strings.Contains(m.View()+m.Ctx.Line.Text(), "Not pasted") {
		t.Fatalf("a paste too long for the filter:\n%s\n%s", m.View(), m.Ctx.Line.Text())
	}
}
