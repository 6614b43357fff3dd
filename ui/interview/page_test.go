package interview

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	keyEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyEsc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	keyDown  = tea.KeyPressMsg{Code: tea.KeyDown}
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

// idList is the list of interviews as the page sees it: the IDs in order.
type idList []uint64

func (l idList) Neighbour(id uint64, step int) uint64 {
	i := slices.Index(l, id)
	if i < 0 || i+step < 0 || i+step >= len(l) {
		return 0
	}
	return l[i+step]
}

func (l idList) Select(uint64) {}

func (l idList) Position(id uint64) string {
	i := slices.Index(l, id)
	if i < 0 {
		return ""
	}
	return kit.Thousands(i+1) + " of " + kit.Thousands(len(l))
}

func (l idList) Refresh(*journal.Interview) {}

func (l idList) Remove(uint64) {}

// model is the interview page in a stand-in for the root.
type model struct {
	*uitest.Host
	d *uitest.Driver
	// changes are the changes the page told the root of.
	changes []kit.InterviewChangedMsg
}

// openDetail opens the page on the interview at row n of a list holding
// every interview of j by ID.
func openDetail(t *testing.T, j *uitest.FakeJournal, n int) (*model, *Page) {
	t.Helper()
	var ids idList
	for id := range uint64(len(j.Stored)) {
		ids = append(ids, id+1)
	}
	ctx := uitest.NewContext(j)
	ctx.Set = prompts.AfterInterview()
	p := New(ctx, ids[n], ids)
	h, d := uitest.Start(t, ctx, p)
	m := &model{Host: h, d: d}
	d.Update = func(msg tea.Msg) tea.Cmd {
		if c, ok := msg.(kit.InterviewChangedMsg); ok {
			m.changes = append(m.changes, c)
		}
		return h.Update(msg)
	}
	if p.iv == nil {
		t.Fatalf("the interview was not loaded: %s", p.err)
	}
	return m, p
}

func press(t *testing.T, m *model, keys ...tea.KeyPressMsg) { t.Helper(); m.d.Press(keys...) }

func typeText(t *testing.T, m *model, s string) { t.Helper(); m.d.Type(s) }

func TestDetailShowsEveryAnswer(t *testing.T) {
	j := demoJournal(t, 40)
	m, d := openDetail(t, j, 0)
	iv := j.Stored[d.id]
	content := d.view.GetContent()
	for _, want := range []string{iv.Company, iv.Date.String()} {
		if !strings.Contains(content, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	for _, l := range iv.Lessons {
		if !strings.Contains(strings.Join(strings.Fields(content), " "), strings.Join(strings.Fields(l), " ")[:20]) {
			t.Errorf("the page lacks the lesson %q", l)
		}
	}
	for _, c := range iv.Curveballs {
		if !strings.Contains(strings.Join(strings.Fields(content), " "), strings.Join(strings.Fields(c.Question), " ")[:15]) {
			t.Errorf("the page lacks the curveball %q", c.Question)
		}
	}
	if !strings.Contains(m.View(), "1 of 40 in the list") {
		t.Fatalf("the position is not shown:\n%s", m.View())
	}
}

func TestDetailShowsLessonsFromTheDecision(t *testing.T) {
	j := demoJournal(t, 5)
	newest := uint64(1)
	iv := j.Stored[newest]
	iv.FeedbackLessons = []string{"Lead with the migration story"}
	j.Stored[newest] = iv
	_, d := openDetail(t, j, 0)
	content := strings.Join(strings.Fields(d.view.GetContent()), " ")
	for _, want := range []string{kit.DecisionLessonsTitle, "Lead with the migration story"} {
		if !strings.Contains(content, want) {
			t.Errorf("the page lacks %q:\n%s", want, content)
		}
	}
	// A search that matches the lesson shows it with what it answers.
	text, _, ok := kit.FindInAnswers(d.iv, d.sh.Set, "migration story")
	if !ok || text.Label != kit.DecisionLessonsTitle {
		t.Errorf("the search preview found %+v, %v; want the lesson under %q", text, ok, kit.DecisionLessonsTitle)
	}
}

// pick opens the answer picker and chooses the answer with the title.
func pick(t *testing.T, m *model, d *Page, title string) {
	t.Helper()
	press(t, m, letter('e'))
	if d.mode != detailPicking {
		t.Fatal("e did not offer the answers")
	}
	i := slices.IndexFunc(d.choices, func(c editChoice) bool { return c.title == title })
	if i < 0 {
		t.Fatalf("no answer titled %q", title)
	}
	for d.choice != i {
		press(t, m, keyDown)
	}
	press(t, m, keyEnter)
}

func TestDetailEditOneAnswer(t *testing.T) {
	j := demoJournal(t, 20)
	m, d := openDetail(t, j, 2)
	id := d.id
	pick(t, m, d, "Next time")
	if d.mode != detailEditing || d.input.Text() != strings.Join(j.Stored[id].Lessons, "\n") {
		t.Fatalf("the editor does not hold the lessons: %q", d.input.Text())
	}
	press(t, m, tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl})
	typeText(t, m, "Ask about the team's on-call rota")
	press(t, m, keyEnter)
	lessons := j.Stored[id].Lessons
	if len(lessons) == 0 || lessons[len(lessons)-1] != "Ask about the team's on-call rota" {
		t.Fatalf("lessons after saving: %q", lessons)
	}
	if len(j.Stored) != 20 {
		t.Fatalf("%d interviews after an edit", len(j.Stored))
	}
	if d.mode != detailReading || !strings.Contains(d.view.GetContent(), "on-call rota") {
		t.Fatal("the page does not show the saved answer")
	}
	if len(m.changes) != 1 || m.changes[0].What != "“Next time”" || m.changes[0].Interview.ID != id {
		t.Fatalf("the root was told of %+v, want the saved “Next time”", m.changes)
	}
}

func TestDetailEditBadDateStays(t *testing.T) {
	j := demoJournal(t, 5)
	m, d := openDetail(t, j, 0)
	before := j.Stored[d.id].DecisionExpected
	pick(t, m, d, "When they will decide")
	typeText(t, m, "soon")
	press(t, m, keyEnter)
	if d.mode != detailEditing || d.inputErr == "" {
		t.Fatal("a bad date was accepted")
	}
	if j.Stored[d.id].DecisionExpected != before {
		t.Fatal("a bad date changed the interview")
	}
	press(t, m, keyEsc)
	if d.mode != detailEditing || !strings.Contains(m.View(), "Press esc again to drop your change") {
		t.Fatal("one esc dropped typed words without asking")
	}
	press(t, m, keyEsc)
	if d.mode != detailReading {
		t.Fatal("esc twice did not cancel the edit")
	}
}

func TestDetailAddTag(t *testing.T) {
	j := demoJournal(t, 4)
	m, d := openDetail(t, j, 0)
	press(t, m, letter('t'))
	typeText(t, m, "referral")
	press(t, m, keyEnter)
	if !slices.Contains(j.Stored[d.id].Tags, "referral") {
		t.Fatalf("tags %q", j.Stored[d.id].Tags)
	}
	if !strings.Contains(d.view.GetContent(), "referral") {
		t.Fatal("the page does not show the new tag")
	}
}
