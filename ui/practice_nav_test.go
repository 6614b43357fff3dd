package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// practiceModel is the app over a journal that keeps practice cards.
func practiceModel(t *testing.T, j *uitest.FakePractice, start Start, w, h int) *Model {
	t.Helper()
	m := New(Options{Tick: uitest.Tick, Journal: j, Path: "/tmp/journal.db", Prompts: prompts.AfterInterview(),
		Now: func() time.Time { return fixedNow }, Start: start, Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	run(t, m, m.Init())
	return m
}

func screenText(m *Model) string { return ansi.Strip(m.View().Content) }

// TestEachStartOpensItsScreen: every way in from the command line opens
// its screen first, and the new reflection starts from home's offer;
// ctrl+c quits each of them but the reflection, where it pauses.
func TestEachStartOpensItsScreen(t *testing.T) {
	for start, want := range map[Start]kit.ScreenID{
		StartHome: kit.ScreenHome, StartNew: kit.ScreenReflect, StartPatterns: kit.ScreenPatterns,
		StartReview: kit.ScreenReviewGlance, StartBrowse: kit.ScreenBrowse, StartFollowUps: kit.ScreenFollowUps,
		StartDrill: kit.ScreenDrill, StartStories: kit.ScreenStories, StartPrep: kit.ScreenPrep,
	} {
		m := practiceModel(t, uitest.NewFakePractice(plantedJournal()), start, 100, 40)
		if m.screen != want {
			t.Errorf("start %d opened %v, want %v", start, m.screen, want)
		}
		if press(t, m, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}); !m.quit && want != kit.ScreenReflect {
			t.Errorf("ctrl+c on %v did not quit", want)
		}
	}
}

func TestPatternsDrillsTheTheme(t *testing.T) {
	m := practiceModel(t, uitest.NewFakePractice(plantedJournal()), StartPatterns, 100, 60)
	if v := screenText(m); !strings.Contains(v, "d drill Salary expectations") {
		t.Fatalf("the theme to drill is not named:\n%s", v)
	}
	press(t, m, tea.KeyPressMsg{Code: 'd', Text: "d"})
	if m.screen != kit.ScreenDrill {
		t.Fatalf("d opened %v", m.screen)
	}
	if v := screenText(m); !strings.Contains(v, "Drill · Salary expectations") || !strings.Contains(v, "card 1 of 3") {
		t.Fatalf("the drill of the theme did not open on its cards:\n%s", v)
	}
	press(t, m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.screen != kit.ScreenPatterns {
		t.Fatalf("esc went to %v, not back to patterns", m.screen)
	}
}

func TestHomeShowsCardsDue(t *testing.T) {
	m := practiceModel(t, uitest.NewFakePractice(plantedJournal()), StartHome, 100, 40)
	if v := screenText(m); !strings.Contains(v, "Practice: 3 cards are due  (d to drill)") || !strings.Contains(v, "Interview coming up?") {
		t.Fatalf("home does not show the cards due:\n%s", v)
	}
	press(t, m, tea.KeyPressMsg{Code: 'd', Text: "d"})
	if m.screen != kit.ScreenDrill || !strings.Contains(screenText(m), "card 1 of 3") {
		t.Fatalf("d opened %v:\n%s", m.screen, screenText(m))
	}
}

func TestDrillKeysPage(t *testing.T) {
	m := practiceModel(t, uitest.NewFakePractice(plantedJournal()), StartDrill, 80, 24)
	press(t, m, tea.KeyPressMsg{Code: '?', Text: "?"})
	if v := screenText(m); !strings.Contains(v, "1/a") || !strings.Contains(v, "sharpen") {
		t.Fatalf("no ? page:\n%s", v)
	}
}

func TestHomeOpensBrief(t *testing.T) {
	m := practiceModel(t, uitest.NewFakePractice(plantedJournal()), StartHome, 100, 40)
	press(t, m, tea.KeyPressMsg{Code: 'b', Text: "b"})
	if m.screen != kit.ScreenPrep || !strings.Contains(screenText(m), "Before your next interview") {
		t.Fatalf("b opened %v:\n%s", m.screen, screenText(m))
	}
	press(t, m, tea.KeyPressMsg{Code: tea.KeyEscape})
	if m.screen != kit.ScreenHome {
		t.Fatalf("esc went to %v", m.screen)
	}
}

func TestHomeOpensStories(t *testing.T) {
	m := practiceModel(t, uitest.NewFakePractice(plantedJournal()), StartHome, 100, 40)
	press(t, m, tea.KeyPressMsg{Code: 's', Text: "s"})
	if m.screen != kit.ScreenStories || !strings.Contains(screenText(m), "Themes with no story yet") {
		t.Fatalf("s opened %v:\n%s", m.screen, screenText(m))
	}
	press(t, m, tea.KeyPressMsg{Code: '?', Text: "?"})
	if !strings.Contains(screenText(m), "new story") {
		t.Fatalf("no ? page:\n%s", screenText(m))
	}
}
