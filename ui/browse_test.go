package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	keyL         = tea.KeyPressMsg{Code: 'l', Text: "l"}
	keySlash     = tea.KeyPressMsg{Code: '/', Text: "/"}
	keyBackspace = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

// letter is the key press of one printable character.
func letter(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// demoJournal is a fake journal holding n demo interviews with IDs 1..n.
func demoJournal(tb testing.TB, n int) *fakeJournal {
	tb.Helper()
	j := newFakeJournal()
	for i, iv := range demo.Generate(n, 3, fixedNow) {
		iv.ID = uint64(i + 1)
		j.Stored[iv.ID] = iv
	}
	j.NextID = uint64(n)
	return j
}

// openList opens the list from home, with its answers loaded.
func openList(t *testing.T, j *fakeJournal) *Model {
	t.Helper()
	m := newTestModel(t, j, StartHome)
	press(t, m, keyL)
	if m.screen != kit.ScreenBrowse || m.browse == nil || m.browse.list == nil {
		t.Fatalf("l did not open a loaded list; screen is %v", m.screen)
	}
	if !m.browse.list.textsLoaded {
		t.Fatal("the answers were not loaded in the background")
	}
	return m
}

// shownIDs returns the IDs the list shows, in order.
func shownIDs(m *Model) []uint64 {
	l := m.browse.list
	out := make([]uint64, len(l.matches))
	for i := range l.matches {
		out[i] = l.at(i).Summary.ID
	}
	return out
}

func browseScreen(m *Model) string { return ansi.Strip(m.View().Content) }

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
	if s := browseScreen(m); !strings.Contains(s, "40 interviews") || !strings.Contains(s, first.Date.String()) {
		t.Fatalf("the screen lacks the count or the newest row:\n%s", s)
	}
}

func TestBrowseSlashFromHomeTypes(t *testing.T) {
	j := demoJournal(t, 10)
	m := newTestModel(t, j, StartHome)
	press(t, m, keySlash)
	if m.screen != kit.ScreenBrowse || m.browse.mode != browseTyping {
		t.Fatalf("/ on home: screen %v, typing %v", m.screen, m.browse.mode == browseTyping)
	}
}

// rareAnswerWord finds a word of some interview's lessons that no company
// or role contains, so it can only be found in the answers.
func rareAnswerWord(t *testing.T, j *fakeJournal) (string, []uint64) {
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
	s := browseScreen(m)
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
	if s := browseScreen(m); !strings.Contains(s, "no stage starts with") {
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
	if !strings.Contains(browseScreen(m), "company ▾") {
		t.Fatal("the header does not mark the company order")
	}
	press(t, m, letter('s'))
	if !slices.Equal(shownIDs(m), byDate) {
		t.Fatal("s twice did not bring back the order by date")
	}
}

func TestBrowseEscClearsThenLeaves(t *testing.T) {
	j := demoJournal(t, 20)
	m := openList(t, j)
	press(t, m, keySlash)
	typeText(t, m, "zzzz")
	press(t, m, keyEsc) // stop typing
	press(t, m, keyEsc) // clear
	if m.browse.input.Value() != "" || len(shownIDs(m)) != 20 {
		t.Fatalf("esc did not clear the filter: %q", m.browse.input.Value())
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenHome {
		t.Fatalf("esc on a clear list went to %v", m.screen)
	}
}

func TestBrowseMovesAndPages(t *testing.T) {
	j := demoJournal(t, 100)
	m := openList(t, j)
	b := m.browse
	press(t, m, letter('j'), letter('j'))
	if b.cursor != 2 {
		t.Fatalf("cursor %d after j j", b.cursor)
	}
	press(t, m, letter('G'))
	if b.cursor != 99 || b.offset+b.rowsShown() != 100 {
		t.Fatalf("G: cursor %d offset %d", b.cursor, b.offset)
	}
	if !strings.Contains(browseScreen(m), j.Stored[b.selectedID()].Date.String()) {
		t.Fatal("the last row is not drawn after G")
	}
	press(t, m, letter('g'))
	if b.cursor != 0 || b.offset != 0 {
		t.Fatalf("g: cursor %d offset %d", b.cursor, b.offset)
	}
}

func TestBrowseDeleteAndUndo(t *testing.T) {
	j := demoJournal(t, 30)
	m := openList(t, j)
	press(t, m, letter('j'))
	id := m.browse.selectedID()
	press(t, m, letter('d'))
	if !strings.Contains(browseScreen(m), "y delete") {
		t.Fatal("d did not ask first")
	}
	press(t, m, letter('y'))
	if _, ok := j.Stored[id]; ok {
		t.Fatal("the interview was not deleted")
	}
	if slices.Contains(shownIDs(m), id) || len(shownIDs(m)) != 29 {
		t.Fatal("the deleted interview is still listed")
	}
	if s := browseScreen(m); !strings.Contains(s, "Deleted") || !strings.Contains(s, "u to undo") {
		t.Fatalf("the status line does not offer the undo:\n%s", s)
	}
	press(t, m, letter('u'))
	if _, ok := j.Stored[id]; !ok {
		t.Fatal("u did not restore the interview")
	}
	if !slices.Contains(shownIDs(m), id) || m.browse.selectedID() != id {
		t.Fatal("the restored interview is not listed and selected")
	}
	if len(m.deleted) != 0 {
		t.Fatalf("%d deletions left to undo", len(m.deleted))
	}
	press(t, m, letter('u'))
	if !strings.Contains(browseScreen(m), "Nothing to undo") {
		t.Fatal("a second u did not say there is nothing to undo")
	}
}

func TestBrowseDeleteKeptOnOtherKey(t *testing.T) {
	j := demoJournal(t, 5)
	m := openList(t, j)
	id := m.browse.selectedID()
	press(t, m, letter('d'), letter('n'))
	if _, ok := j.Stored[id]; !ok || len(shownIDs(m)) != 5 {
		t.Fatal("a key other than y deleted the interview")
	}
}

func TestBrowseUndoSurvivesLeavingTheList(t *testing.T) {
	j := demoJournal(t, 5)
	m := openList(t, j)
	first := m.browse.selectedID()
	press(t, m, letter('d'), letter('y'))
	second := m.browse.selectedID()
	press(t, m, letter('d'), letter('y'))
	press(t, m, keyEsc) // home
	press(t, m, keyL)   // a fresh list
	press(t, m, letter('u'), letter('u'))
	for _, id := range []uint64{first, second} {
		if _, ok := j.Stored[id]; !ok {
			t.Fatalf("interview %d was not restored after leaving the list", id)
		}
	}
	if len(shownIDs(m)) != 5 {
		t.Fatalf("%d rows after two undos", len(shownIDs(m)))
	}
}

func TestBrowseAddTag(t *testing.T) {
	j := demoJournal(t, 5)
	m := openList(t, j)
	id := m.browse.selectedID()
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
