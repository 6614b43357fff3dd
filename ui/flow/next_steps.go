package flow

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The summary at the end of a reflection lists the follow-ups now open for
// the interview, each with a reason true of it (journal.NextSteps). Outside
// a standalone run one is selected, and enter opens its drafted message in
// the follow-ups screen.

// steps returns the next steps of the interview just saved.
func (m *Model) steps() []journal.NextStep { return m.nextSteps }

// choosingSteps reports whether the summary lets the user pick a step.
func (m *Model) choosingSteps(steps []journal.NextStep) bool {
	return !m.sh.Standalone && len(steps) > 0
}

// stepsView draws the next steps, the selected one marked, and the closing
// line.
func (m *Model) stepsView(steps []journal.NextStep, closing string, width int) string {
	st := m.sh.Styles
	today := journal.Today(m.sh.Now())
	choosing := m.choosingSteps(steps)
	cur := min(m.stepCursor, len(steps)-1)
	var b strings.Builder
	b.WriteString("\n" + st.Heading.Render("Next steps") + "\n")
	for i, s := range steps {
		text := s.Label + " " + dueWords(s.FollowUp.Due, today) + ". " + s.Why
		if choosing && i == cur {
			b.WriteString(st.Selected.Render(kit.Hang(text, width, "  › ", "    ")) + "\n")
			continue
		}
		b.WriteString(kit.Bullet(text, width) + "\n")
	}
	if len(steps) == 0 {
		b.WriteString(kit.Bullet("Nothing to send for now.", width) + "\n")
	}
	b.WriteString("\n" + closing + "\n")
	return b.String()
}

// summaryFooter names the keys of the summary.
func (m *Model) summaryFooter(steps []journal.NextStep) string {
	st := m.sh.Styles
	switch {
	case m.sh.Standalone:
		return st.Faint.Render("enter or q to close")
	case m.choosingSteps(steps):
		return st.Faint.Render("↑/↓ choose · enter open its message · h home · q quit")
	}
	return st.Faint.Render("enter home · q quit")
}

// summaryKey handles keys on the summary: choose a next step and open its
// message, go home, or quit.
func (m *Model) summaryKey(k tea.KeyPressMsg) tea.Cmd {
	steps := m.steps()
	choosing := m.choosingSteps(steps)
	switch k.String() {
	case "q", "ctrl+c", "esc":
		return func() tea.Msg { return kit.FlowDoneMsg{Quit: true} }
	case "up", "k":
		if choosing {
			m.stepCursor = max(0, min(m.stepCursor, len(steps)-1)-1)
		}
	case "down", "j":
		if choosing {
			m.stepCursor = min(len(steps)-1, m.stepCursor+1)
		}
	case "enter":
		if choosing {
			s := steps[min(m.stepCursor, len(steps)-1)]
			m.Close()
			return m.sh.OpenFollowUp(m.saved.ID, s.FollowUp.ID)
		}
		return func() tea.Msg { return kit.FlowDoneMsg{Quit: m.sh.Standalone} }
	case "h":
		return func() tea.Msg { return kit.FlowDoneMsg{Quit: m.sh.Standalone} }
	}
	return nil
}
