package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// Hostile text stored in a card, a story or a theme is drawn harmless by
// the drill, the story bank and the brief.
func TestPracticeScreensDrawHostileTextHarmless(t *testing.T) {
	for _, a := range safetext.Attacks() {
		t.Run(a.Name, func(t *testing.T) {
			seq := a.Seq + rawTail // see rawMarker
			j := uitest.NewFakeJournal()
			iv := journal.Interview{Company: "Acme " + seq, Role: "Engineer", Date: journal.NewDate(2026, 3, 1), Stage: journal.StageFirst,
				Curveballs: []journal.Curveball{{Question: "Why us? " + seq, BetterAnswer: "Because " + seq, Tags: []string{"why " + seq}}},
				Lessons:    []string{"Pause " + seq}, Outcome: journal.Outcome{Status: journal.StatusPending}}
			if err := j.FinishDraft(0, &iv); err != nil {
				t.Skip("the journal refuses this text:", err)
			}
			p := uitest.NewFakePractice(j)
			if err := p.SaveStory(&journal.Story{Title: "Told " + seq, Themes: []string{"t " + seq}, Cards: []string{"1/1", "1/1"}}); err != nil {
				t.Skip("the journal refuses this text:", err)
			}
			check := func(where string, m *Model) {
				t.Helper()
				v := m.View().Content
				if strings.Contains(v, rawMarker(a)) {
					t.Fatalf("%s: the attack got through:\n%q", where, v)
				}
			}
			m := practiceModel(t, p, StartDrill, 100, 40)
			check("drill question", m)
			press(t, m, tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
			check("drill answer", m)
			press(t, m, tea.KeyPressMsg{Code: '3', Text: "3"})
			check("drill summary", m)
			check("story bank", practiceModel(t, p, StartStories, 100, 40))
			m = practiceModel(t, p, StartStories, 100, 40)
			press(t, m, tea.KeyPressMsg{Code: tea.KeyEnter})
			check("story form", m)
			m = New(Options{Tick: uitest.Tick, Journal: p, Now: func() time.Time { return fixedNow }, Start: StartPrep, PrepCompany: "acme",
				Getenv: func(string) string { return "" }})
			m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
			run(t, m, m.Init())
			if !strings.Contains(plainView(m), "Your past interviews here") {
				t.Fatalf("the brief shows no past interview:\n%s", plainView(m))
			}
			check("brief", m)
		})
	}
}
