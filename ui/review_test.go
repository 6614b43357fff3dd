package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	reviewKeyW  = tea.KeyPressMsg{Code: 'w', Text: "w"}
	reviewKeyD  = tea.KeyPressMsg{Code: 'd', Text: "d"}
	reviewKeyL  = tea.KeyPressMsg{Code: 'l', Text: "l"}
	reviewKeyUp = tea.KeyPressMsg{Code: tea.KeyUp}
)

// newReviewModel builds the app at 80x24 on a fake journal with the clock
// at now.
func newReviewModel(t *testing.T, j *fakeJournal, now time.Time, start Start) *Model {
	t.Helper()
	m := New(Options{Tick: uitest.Tick, Journal: j, Path: "/tmp/journal.db", Prompts: prompts.AfterInterview(), Now: func() time.Time { return now }, Start: start,
		Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(t, m, m.Init())
	return m
}

func reviewScreenText(m *Model) string { return ansi.Strip(m.View().Content) }

// openGlance goes from home to the week at a glance.
func openGlance(t *testing.T, m *Model) {
	t.Helper()
	press(t, m, reviewKeyW)
	if m.screen != kit.ScreenReviewGlance {
		t.Fatalf("w opened %v, not the week at a glance", m.screen)
	}
}

// weekJournal is a journal a week after a review whose focus was to pause
// before answering: three interviews since, follow-ups in every state,
// feedback, and a salary question that now recurs.
func weekJournal() *fakeJournal {
	j := newFakeJournal()
	j.StoredReviews[1] = journal.Review{
		ID: 1, WeekOf: journal.NewDate(2026, 3, 2), Focus: "Pause before answering",
		CreatedAt: time.Date(2026, 3, 7, 18, 0, 0, 0, time.UTC),
	}
	ivs := []journal.Interview{
		{
			Company: "Initech", Role: "Platform engineer", Date: journal.NewDate(2026, 2, 20), Stage: journal.StageSecond,
			DecisionExpected: journal.NewDate(2026, 3, 6), Lessons: []string{"Slow down"},
			Outcome: journal.Outcome{Status: journal.StatusPending},
		},
		{
			Company: "Acme", Role: "Backend engineer", Date: journal.NewDate(2026, 3, 10), Stage: journal.StageFirst,
			Curveballs: []journal.Curveball{{Question: "What are your salary expectations?"}},
			Lessons:    []string{"Slow down"}, Outcome: journal.Outcome{Status: journal.StatusPending},
			FollowUps: []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, Due: journal.NewDate(2026, 3, 10), DoneAt: journal.NewDate(2026, 3, 10)}},
		},
		{
			Company: "Globex", Role: "Data analyst", Date: journal.NewDate(2026, 3, 12), Stage: journal.StageScreen,
			Curveballs: []journal.Curveball{{Question: "What salary range do you expect?"}},
			Outcome:    journal.Outcome{Status: journal.StatusRejected, Date: journal.NewDate(2026, 3, 13)},
			Feedback:   []journal.Feedback{{Date: journal.NewDate(2026, 3, 13), From: "Sam Lee", Text: "Strong SQL; they wanted more stakeholder work."}},
		},
	}
	for i := range ivs {
		j.FinishDraft(0, &ivs[i])
	}
	return j
}

func TestReviewFirstReviewSavesAnswersOfEveryKind(t *testing.T) {
	j := newFakeJournal()
	lesson := journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 2), Lessons: []string{"Slow down"}}
	again := journal.Interview{Company: "Globex", Role: "Analyst", Date: journal.NewDate(2026, 3, 11), Lessons: []string{"Slow down"}}
	j.FinishDraft(0, &lesson)
	j.FinishDraft(0, &again)
	m := newTestModel(t, j, StartHome)
	openGlance(t, m)
	if !strings.Contains(reviewScreenText(m), "your first weekly review") {
		t.Fatalf("the glance does not say this is the first review:\n%s", reviewScreenText(m))
	}
	press(t, m, keyEnter)
	if m.screen != kit.ScreenReflect || m.reflect.prompt().ID != "week_went_well" {
		t.Fatalf("enter opened %v at %q; a first review has no last focus to ask about", m.screen, m.reflect.prompt().ID)
	}
	typeText(t, m, "Two applications")
	press(t, m, keyCtrlJ)
	typeText(t, m, "A good call")
	press(t, m, keyEnter)
	typeText(t, m, "Waiting")
	press(t, m, keyEnter, keyEnter)
	press(t, m, tea.KeyPressMsg{Code: '4', Text: "4"}, keyEnter)
	if m.reflect.prompt().ID != kit.PromptFocus {
		t.Fatalf("at %q, want the focus", m.reflect.prompt().ID)
	}
	if got := m.reflect.input.Text(); got != "Slow down" {
		t.Fatalf("the focus is not prefilled with the recurring lesson: %q", got)
	}
	press(t, m, keyEnter)
	if m.screen != kit.ScreenReview {
		t.Fatalf("finishing left the screen at %v", m.screen)
	}
	reviews, _ := j.Reviews()
	if len(reviews) != 1 {
		t.Fatalf("%d reviews saved", len(reviews))
	}
	r := reviews[0]
	if r.Focus != "Slow down" || r.WeekOf != journal.NewDate(2026, 3, 9) || r.PreviousFocus != "" || r.PreviousFocusDone != "" {
		t.Fatalf("review %+v", r)
	}
	want := map[string]string{"week_went_well": "Two applications\nA good call", "week_hard": "Waiting", "energy": "4"}
	for _, a := range r.Answers {
		if want[a.Prompt] != a.Value {
			t.Errorf("answer %q = %q, want %q", a.Prompt, a.Value, want[a.Prompt])
		}
		delete(want, a.Prompt)
	}
	if len(want) != 0 {
		t.Errorf("answers not saved: %v", want)
	}
	if ds, _ := j.Drafts(); len(ds) != 0 {
		t.Fatal("the draft was kept after the review was saved")
	}
	v := reviewScreenText(m)
	for _, s := range []string{"✓ Saved", "reviewed this week", "Two applications", "4 of 5", "Slow down"} {
		if !strings.Contains(v, s) {
			t.Errorf("the saved review does not show %q:\n%s", s, v)
		}
	}
	press(t, m, keyEnter)
	if m.screen != kit.ScreenHome || !strings.Contains(reviewScreenText(m), "Weekly review done today") {
		t.Fatalf("enter after saving: %v\n%s", m.screen, reviewScreenText(m))
	}
}

func TestUserPromptsReachTheWeeklyAndDecisionFlows(t *testing.T) {
	path := filepath.Join(t.TempDir(), "prompts.toml")
	file := `[[prompt]]
set = "weekly"
id = "applications"
kind = "short"
title = "How many applications went out?"
before = "week_went_well"

[[prompt]]
set = "after_decision"
id = "offer_terms"
kind = "long"
title = "What did the offer say?"
`
	if err := os.WriteFile(path, []byte(file), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := prompts.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := New(Options{Tick: uitest.Tick, Journal: newFakeJournal(), Path: "/tmp/journal.db", Prompts: prompts.AfterInterview(), PromptsFile: f,
		Now: func() time.Time { return fixedNow }, Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(t, m, m.Init())
	openGlance(t, m)
	press(t, m, keyEnter)
	if m.screen != kit.ScreenReflect || m.reflect.prompt().ID != "applications" {
		t.Fatalf("the weekly review opened at %q, not the user's own first prompt", m.reflect.prompt().ID)
	}
	if !strings.Contains(reviewScreenText(m), "How many applications went out?") {
		t.Errorf("the user's prompt is not on screen:\n%s", reviewScreenText(m))
	}
	if _, ok := (decisionFlow{}).prompts(m.sh, nil).Find("offer_terms"); !ok {
		t.Error("the reflection after a decision lacks the user's own prompt")
	}
}

func TestReviewFocusIsCarriedToTheNextWeek(t *testing.T) {
	j := newFakeJournal()
	m := newTestModel(t, j, StartHome)
	openGlance(t, m)
	press(t, m, keyEnter)
	for m.reflect.prompt().ID != kit.PromptFocus {
		press(t, m, keyEnter)
	}
	if m.reflect.input.Text() != "" {
		t.Fatalf("an empty journal suggested %q", m.reflect.input.Text())
	}
	typeText(t, m, "Pause before answering")
	press(t, m, keyEnter)
	press(t, m, keyEnter) // home

	next := newReviewModel(t, j, fixedNow.AddDate(0, 0, 7), StartHome)
	if !strings.Contains(reviewScreenText(next), "Your last weekly review was 7 days ago. Press w") {
		t.Fatalf("home does not nudge a week later:\n%s", reviewScreenText(next))
	}
	openGlance(t, next)
	press(t, next, keyEnter)
	if next.reflect.prompt().ID != kit.PromptPreviousFocusDone {
		t.Fatalf("the review starts at %q, not at last week's focus", next.reflect.prompt().ID)
	}
	if v := reviewScreenText(next); !strings.Contains(v, "Pause before answering") || !strings.Contains(v, "partly") {
		t.Fatalf("the focus step does not show the focus and the choices:\n%s", v)
	}
	press(t, next, keyDown, keyDown, keyEnter) // partly
	typeText(t, next, "Did it twice")
	press(t, next, keyCtrlS)
	reviews, _ := j.Reviews()
	if len(reviews) != 2 {
		t.Fatalf("%d reviews", len(reviews))
	}
	r := reviews[1]
	if r.PreviousFocus != "Pause before answering" || r.PreviousFocusDone != journal.PractisedPartly || r.PreviousFocusNote != "Did it twice" {
		t.Fatalf("second review %+v", r)
	}
	if r.WeekOf != journal.NewDate(2026, 3, 16) {
		t.Fatalf("week of %s", r.WeekOf)
	}
	if !strings.Contains(reviewScreenText(next), "2 weeks in a row") {
		t.Fatalf("the streak is not shown:\n%s", reviewScreenText(next))
	}
}

func TestReviewPauseAndResume(t *testing.T) {
	j := weekJournal()
	m := newTestModel(t, j, StartHome)
	openGlance(t, m)
	press(t, m, keyEnter, keyDown, keyEnter) // yes, then the note
	typeText(t, m, "Most days")
	press(t, m, keyEsc)
	if m.screen != kit.ScreenHome {
		t.Fatalf("esc left the flow at %v", m.screen)
	}
	d := onlyDraft(t, j)
	if d.Kind != journal.DraftReview || d.Interview.AnswerFor(kit.PromptPreviousFocusDone) != "yes" || d.Interview.AnswerFor(kit.PromptPreviousFocusNote) != "Most days" {
		t.Fatalf("draft %+v", d)
	}
	// Answered: yes, the note, and the focus filled in with the suggestion.
	if !strings.Contains(reviewScreenText(m), "Weekly review, 3/7 answered") {
		t.Fatalf("home does not offer the review draft:\n%s", reviewScreenText(m))
	}
	// Through the week at a glance, enter continues the draft.
	openGlance(t, m)
	if !strings.Contains(reviewScreenText(m), "continue your review") {
		t.Fatalf("the glance does not offer to continue:\n%s", reviewScreenText(m))
	}
	press(t, m, keyEnter)
	if m.reflect.prompt().ID != kit.PromptPreviousFocusNote || m.reflect.input.Text() != "Most days" {
		t.Fatalf("resumed at %q with %q", m.reflect.prompt().ID, m.reflect.input.Text())
	}
	press(t, m, keyEsc)
	// And from home, r resumes it too, with the same steps.
	press(t, m, keyR)
	if m.screen != kit.ScreenReflect || len(m.reflect.set.Prompts) != 7 || m.reflect.prompt().ID != kit.PromptPreviousFocusNote {
		t.Fatalf("resume from home: %v, %d prompts, at %q", m.screen, len(m.reflect.set.Prompts), m.reflect.prompt().ID)
	}
}
