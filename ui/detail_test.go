package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// openDetail opens the list and then the interview at row n.
func openDetail(t *testing.T, j *fakeJournal, n int) (*Model, *detailPage) {
	t.Helper()
	m := openList(t, j)
	for range n {
		press(t, m, letter('j'))
	}
	press(t, m, keyEnter)
	d, ok := m.page.(*detailPage)
	if !ok || m.screen != kit.ScreenDetail || d.iv == nil {
		t.Fatalf("enter did not open the interview; screen is %v", m.screen)
	}
	return m, d
}

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
	if !strings.Contains(browseScreen(m), "1 of 40 in the list") {
		t.Fatalf("the position is not shown:\n%s", browseScreen(m))
	}
}

func TestDetailShowsLessonsFromTheDecision(t *testing.T) {
	j := demoJournal(t, 5)
	newest := shownIDs(openList(t, j))[0]
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

func TestDetailNextAndPreviousFollowTheList(t *testing.T) {
	j := demoJournal(t, 30)
	m := openList(t, j)
	press(t, m, keySlash)
	typeText(t, m, "stage:first")
	press(t, m, keyEsc)
	order := shownIDs(m)
	if len(order) < 3 {
		t.Fatalf("only %d first-round interviews", len(order))
	}
	press(t, m, keyEnter)
	d := m.page.(*detailPage)
	press(t, m, letter('n'), letter('n'))
	if d.id != order[2] || d.iv == nil || d.iv.ID != order[2] {
		t.Fatalf("n n shows %d, want the third of the filtered list %d", d.id, order[2])
	}
	press(t, m, letter('p'))
	if d.id != order[1] {
		t.Fatalf("p shows %d, want %d", d.id, order[1])
	}
	press(t, m, letter('p'), letter('p'))
	if d.id != order[0] || !strings.Contains(browseScreen(m), "first interview in the list") {
		t.Fatalf("p at the top: id %d\n%s", d.id, browseScreen(m))
	}
	press(t, m, letter('n'))
	press(t, m, keyEsc)
	if m.screen != kit.ScreenBrowse || m.browse.selectedID() != order[1] || m.browse.input.Value() != "stage:first" {
		t.Fatalf("back on the list: screen %v, selected %d, filter %q", m.screen, m.browse.selectedID(), m.browse.input.Value())
	}
}

// pick opens the answer picker and chooses the answer with the title.
func pick(t *testing.T, m *Model, d *detailPage, title string) {
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
	if !strings.Contains(browseScreen(m), "Saved “Next time” of") {
		t.Fatalf("no status after saving:\n%s", browseScreen(m))
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
	if d.mode != detailReading {
		t.Fatal("esc did not cancel the edit")
	}
}

func TestDetailEditOutcome(t *testing.T) {
	j := demoJournal(t, 5)
	m, d := openDetail(t, j, 0)
	iv := j.Stored[d.id]
	iv.Outcome = journal.Outcome{Status: journal.StatusPending}
	j.Stored[d.id] = iv
	pick(t, m, d, "Outcome")
	press(t, m, letter('o'), keyEnter) // o jumps to offer
	got := j.Stored[d.id].Outcome
	if got.Status != journal.StatusOffer || got.Date != journal.DateOf(fixedNow) {
		t.Fatalf("outcome %+v, want an offer dated today", got)
	}
	// The list shows the new outcome once back.
	press(t, m, keyEsc)
	if s := browseScreen(m); !strings.Contains(s, "offer") {
		t.Fatalf("the list does not show the offer:\n%s", s)
	}
}

func TestDetailEditThroughTheFlowUpdates(t *testing.T) {
	j := demoJournal(t, 12)
	m, d := openDetail(t, j, 1)
	id := d.id
	old := j.Stored[id]
	press(t, m, letter('E'))
	if m.screen != kit.ScreenReflect || m.reflect.draft.InterviewID != id || m.reflect.draft.Interview.Company != old.Company {
		t.Fatalf("E did not open the flow filled in: screen %v, draft %+v", m.screen, m.reflect.draft.InterviewID)
	}
	// Change the company, the first prompt, and finish.
	press(t, m, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	m.reflect.input.SetText("Renamed Ltd")
	m.reflect.dirty = true
	press(t, m, keyCtrlS)
	if m.screen != kit.ScreenDetail {
		t.Fatalf("finishing the edit went to %v, want the interview", m.screen)
	}
	if len(j.Stored) != 12 {
		t.Fatalf("%d interviews after editing one of 12", len(j.Stored))
	}
	got := j.Stored[id]
	if got.Company != "Renamed Ltd" || got.Role != old.Role || !slices.Equal(got.Lessons, old.Lessons) {
		t.Fatalf("after the edit: company %q role %q", got.Company, got.Role)
	}
	if ds, _ := j.Drafts(); len(ds) != 0 {
		t.Fatalf("%d drafts left after finishing the edit", len(ds))
	}
	if !strings.Contains(m.page.(*detailPage).view.GetContent(), "Renamed Ltd") {
		t.Fatal("the page does not show the edit")
	}
	if !slices.Contains(shownIDs(m), id) || m.browse.list.cands[m.browse.list.byID[id]].Summary.Company != "Renamed Ltd" {
		t.Fatal("the list did not follow the edit")
	}
}

// TestDetailEditKeepsWhatWasSavedMeanwhile edits an interview through the
// flow while feedback is recorded for it elsewhere (another terminal, or
// the feedback form): finishing the edit keeps the feedback.
func TestDetailEditKeepsWhatWasSavedMeanwhile(t *testing.T) {
	j := demoJournal(t, 12)
	m, d := openDetail(t, j, 1)
	id := d.id
	press(t, m, letter('E'))
	if m.screen != kit.ScreenReflect {
		t.Fatalf("E opened %v", m.screen)
	}
	before := len(j.Stored[id].Feedback)
	if _, err := j.ChangeInterview(id, func(iv *journal.Interview) error {
		return iv.AddFeedback(journal.Feedback{Date: iv.Date, From: "Recruiter", Text: "recorded in another terminal"})
	}); err != nil {
		t.Fatal(err)
	}
	press(t, m, tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	m.reflect.input.SetText("Renamed Ltd")
	m.reflect.dirty = true
	press(t, m, keyCtrlS)
	got := j.Stored[id]
	if got.Company != "Renamed Ltd" {
		t.Fatalf("the edit was not saved: company %q", got.Company)
	}
	if len(got.Feedback) != before+1 {
		t.Fatalf("finishing the edit lost the feedback recorded meanwhile: %d pieces, want %d", len(got.Feedback), before+1)
	}
}

func TestDetailEditResumesUnfinishedEdit(t *testing.T) {
	j := demoJournal(t, 6)
	m, d := openDetail(t, j, 0)
	id := d.id
	press(t, m, letter('E'))
	m.reflect.input.SetText("Half-typed Co")
	m.reflect.dirty = true
	press(t, m, keyEsc) // pause: the edit is kept as a draft
	if m.screen != kit.ScreenDetail {
		t.Fatalf("pausing the edit went to %v", m.screen)
	}
	press(t, m, letter('E'))
	if m.reflect.draft.Interview.Company != "Half-typed Co" {
		t.Fatalf("E did not resume the unfinished edit: %q", m.reflect.draft.Interview.Company)
	}
	if ds, _ := j.Drafts(); len(ds) != 1 || ds[0].InterviewID != id {
		t.Fatalf("drafts %+v, want the one edit", ds)
	}
}

func TestDetailDeleteGoesBackAndUndoes(t *testing.T) {
	j := demoJournal(t, 10)
	m, d := openDetail(t, j, 3)
	id := d.id
	next := m.browse.neighbour(id, 1)
	press(t, m, letter('d'), letter('y'))
	if _, ok := j.Stored[id]; ok {
		t.Fatal("not deleted")
	}
	if m.screen != kit.ScreenBrowse || m.browse.selectedID() != next {
		t.Fatalf("after deleting: screen %v, selected %d, want %d", m.screen, m.browse.selectedID(), next)
	}
	press(t, m, letter('u'))
	if _, ok := j.Stored[id]; !ok {
		t.Fatal("u on the list did not restore the deletion made on the page")
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

func TestMergeTagsIgnoresCase(t *testing.T) {
	got := mergeTags([]string{"Remote"}, []string{"remote", "salary", "Salary"})
	if !slices.Equal(got, []string{"Remote", "salary"}) {
		t.Fatalf("merged %q", got)
	}
}

func TestDetailOpensOutcomeFeedbackAndDecision(t *testing.T) {
	for _, c := range []struct {
		key  rune
		want kit.ScreenID
	}{{'o', kit.ScreenOutcome}, {'f', kit.ScreenFeedback}, {'D', kit.ScreenReflect}} {
		m, d := openDetail(t, demoJournal(t, 5), 1)
		press(t, m, letter(c.key))
		if m.screen != c.want {
			t.Fatalf("%c opened %v, want %v", c.key, m.screen, c.want)
		}
		if c.want == kit.ScreenReflect && m.reflect.draft.InterviewID != d.id {
			t.Fatalf("the decision reflection is about interview %d, not %d", m.reflect.draft.InterviewID, d.id)
		}
	}
}
