package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	fuToday    = journal.DateOf(fixedNow) // Saturday 14 March 2026
	fuKeyTab   = tea.KeyPressMsg{Code: tea.KeyTab}
	fuKeySpace = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	fuKeyUp    = tea.KeyPressMsg{Code: tea.KeyUp}
)

func fuKey(s string) tea.KeyPressMsg {
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// fuPending is a pending interview held days ago, with a manager and a
// recruiter, so that most follow-ups are planned.
func fuPending(company string, daysAgo int) journal.Interview {
	return journal.Interview{
		Company: company, Role: "Backend engineer", Date: fuToday.AddDays(-daysAgo), Stage: journal.StageFirst,
		Interviewers: []journal.Person{{Name: "Dana Lee", Title: "Engineering manager"}, {Name: "Sam Ortiz", Title: "Recruiter"}},
		Curveballs:   []journal.Curveball{{Question: "How would you shard the orders table?", BetterAnswer: "By customer, with a lookup for the hot ones", Tags: []string{"sharding"}}},
		Outcome:      journal.Outcome{Status: journal.StatusPending},
	}
}

// fuJournal holds the given interviews, with IDs from 1 in order.
func fuJournal(t *testing.T, ivs ...journal.Interview) *fakeJournal {
	t.Helper()
	j := newFakeJournal()
	for i := range ivs {
		if err := j.FinishDraft(0, &ivs[i]); err != nil {
			t.Fatal(err)
		}
	}
	return j
}

func fuScreen(m *Model) string { return ansi.Strip(m.View().Content) }

// fuOpenFollowUps opens the follow-ups from home.
func fuOpenFollowUps(t *testing.T, j *fakeJournal) *Model {
	t.Helper()
	m := newTestModel(t, j, StartHome)
	press(t, m, fuKey("f"))
	if m.screen != kit.ScreenFollowUps {
		t.Fatalf("f on home opened %v", m.screen)
	}
	return m
}

// fuRecord returns the user's fuRecord of a follow-up, or nil.
func fuRecord(t *testing.T, j *fakeJournal, id uint64, fid string) *journal.FollowUp {
	t.Helper()
	iv, err := j.Interview(id)
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(iv.FollowUps, func(f journal.FollowUp) bool { return f.ID == fid }); i >= 0 {
		return &iv.FollowUps[i]
	}
	return nil
}

func TestHomeShowsFollowUpCounts(t *testing.T) {
	m := newTestModel(t, fuJournal(t, fuPending("Acme", 2)), StartHome)
	// The thank-you is late, the connection note is due, the check-in
	// comes later.
	if s := fuScreen(m); !strings.Contains(s, "Follow-ups: 1 overdue · 1 today · 1 later") {
		t.Fatalf("home lacks the follow-up counts:\n%s", s)
	}
	if s := fuScreen(newTestModel(t, newFakeJournal(), StartHome)); strings.Contains(s, "Follow-ups:") {
		t.Fatalf("an empty journal shows follow-up counts:\n%s", s)
	}
}

func TestGoldenAgenda(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2), fuPending("Globex", 0), fuPending("Initech", 9))
	rejected := fuPending("Umbrella Corporation of Very Long Names", 20)
	rejected.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: fuToday.AddDays(-1)}
	rejected.StillInterested = true
	j.FinishDraft(0, &rejected)
	m := fuOpenFollowUps(t, j)
	press(t, m, keyDown)
	golden.RequireEqual(t, []byte(fuScreen(m)))
}

func TestGoldenMessage(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 1))
	m := fuOpenFollowUps(t, j)
	press(t, m, keyEnter)
	golden.RequireEqual(t, []byte(fuScreen(m)))
}

// nameAsking records what the app did with the question for the name.
type nameAsking struct {
	saved []string // the names SaveName was given
	asked int      // how often NameAsked was called
	fail  error    // what SaveName returns
}

// fuAskingModel opens the follow-ups of j with no name set, with SaveName
// and NameAsked recording into a.
func fuAskingModel(t *testing.T, j *fakeJournal, a *nameAsking) *Model {
	t.Helper()
	m := fuOpenFollowUps(t, j)
	m.sh.SaveName = func(name string) error {
		a.saved = append(a.saved, name)
		return a.fail
	}
	m.sh.NameAsked = func() error { a.asked++; return nil }
	return m
}

// TestGoldenMessageAskName is the draft asking for the user's name, a few
// letters typed.
func TestGoldenMessageAskName(t *testing.T) {
	m := fuAskingModel(t, fuJournal(t, fuPending("Acme", 1)), &nameAsking{})
	press(t, m, keyEnter)
	typeText(t, m, "Ada")
	golden.RequireEqual(t, []byte(fuScreen(m)))
}
