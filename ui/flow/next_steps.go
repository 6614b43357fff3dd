package flow

import (
	"strings"

	"charm.land/bubbles/v2/key"
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

// summaryBindings are the keys the summary offers: choosing and opening a
// next step when there are some, going home, quitting, and help. A
// standalone run has no home: enter closes it.
func (m *Model) summaryBindings(steps []journal.NextStep) []key.Binding {
	k := m.sh.Keys.Reflect.Summary
	help := m.sh.Keys.Global.Help
	switch {
	case m.sh.Standalone:
		return []key.Binding{kit.Relabel(k.Open, "close"), k.Quit, help}
	case m.choosingSteps(steps):
		return []key.Binding{k.Up, k.Open, k.Home, k.Quit, help}
	}
	return []key.Binding{kit.Relabel(k.Open, "home"), k.Quit, help}
}

// summaryFooter names the keys of the summary, all of them with ? pressed.
func (m *Model) summaryFooter(steps []journal.NextStep) string {
	h := m.sh.KeyHelp(m.sh.Width)
	if m.showHelp {
		return h.FullHelpView([][]key.Binding{m.summaryBindings(steps)})
	}
	return h.ShortHelpView(m.summaryBindings(steps))
}

// summaryKey handles keys on the summary: choose a next step and open its
// message, go home (esc too), or quit.
func (m *Model) summaryKey(k tea.KeyPressMsg) tea.Cmd {
	keys := m.sh.Keys.Reflect.Summary
	steps := m.steps()
	choosing := m.choosingSteps(steps)
	if m.closesHelp(k) {
		return nil
	}
	switch {
	case key.Matches(k, m.sh.Keys.Global.Help):
		m.showHelp = !m.showHelp
	case key.Matches(k, keys.Quit):
		return func() tea.Msg { return kit.FlowDoneMsg{Quit: true} }
	case key.Matches(k, keys.Up) && choosing:
		m.stepCursor = max(0, min(m.stepCursor, len(steps)-1)-1)
	case key.Matches(k, keys.Down) && choosing:
		m.stepCursor = min(len(steps)-1, m.stepCursor+1)
	case key.Matches(k, keys.Open) && choosing:
		s := steps[min(m.stepCursor, len(steps)-1)]
		m.Close()
		return m.sh.OpenFollowUp(m.saved.ID, s.FollowUp.ID)
	case key.Matches(k, keys.Open), key.Matches(k, keys.Home):
		return func() tea.Msg { return kit.FlowDoneMsg{Quit: m.sh.Standalone} }
	}
	return nil
}
