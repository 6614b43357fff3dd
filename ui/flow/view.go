package flow

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// View draws the current prompt, or the summary once finished.
func (m *Model) View() string {
	if m.saved != nil {
		return m.summaryView()
	}
	if m.discarded {
		return m.discardedView()
	}
	st := m.sh.Styles
	p := m.prompt()
	width := max(20, min(m.sh.Width-2, 100))

	var b strings.Builder
	b.WriteString(m.header(width))
	b.WriteString("\n")
	b.WriteString(m.progressBar(width))
	b.WriteString("\n\n")
	b.WriteString(st.Prompt.Title.Render(safetext.Line(p.Title)))
	b.WriteString("\n")
	hint := p.Hint
	if m.inCurveballs() {
		idx, part := m.sub/len(kit.CurveballParts), m.sub%len(kit.CurveballParts)
		b.WriteString(st.Prompt.Sub.Render(fmt.Sprintf("Curveball %d · %s", idx+1, kit.CurveballParts[part].Title)))
		b.WriteString("\n")
		if cbs := m.draft.Interview.Curveballs; part > 0 && idx < len(cbs) && cbs[idx].Question != "" {
			b.WriteString(st.Heading.Render(kit.Truncate("“"+safetext.Line(cbs[idx].Question)+"”", width)))
			b.WriteString("\n")
		}
		hint = kit.CurveballParts[part].Hint
	}
	if hint != "" {
		b.WriteString(lipgloss.NewStyle().Width(width).Render(st.Prompt.Hint.Render(safetext.Line(hint))))
		b.WriteString("\n")
	}
	b.WriteString("\n")
	b.WriteString(m.input.View(st))
	b.WriteString("\n")
	if m.inputErr != "" {
		b.WriteString(st.Error.Render("✗ " + m.inputErr))
		b.WriteString("\n")
	}
	if m.dateQuestion != "" {
		b.WriteString(st.Warning.Width(width).Render(m.dateQuestion))
		b.WriteString("\n")
	}
	if m.elsewhere != journal.KeptInPlace {
		b.WriteString(st.Warning.Width(width).Render(keptNote(m.elsewhere)))
		b.WriteString("\n")
	}
	body := b.String()
	footer := m.footer(width)
	return kit.LayoutBody(body, footer, m.sh.Height)
}

func (m *Model) header(width int) string {
	st := m.sh.Styles
	title := "debrief · " + m.kind.title(&m.draft)
	right := m.saveState()
	gap := width - lipgloss.Width(title) - lipgloss.Width(right)
	if gap < 1 {
		title = kit.Truncate(title, max(0, width-lipgloss.Width(right)-1))
		gap = 1
	}
	return st.Title.Render(title) + strings.Repeat(" ", gap) + right
}

// saveState says honestly where the draft stands.
func (m *Model) saveState() string {
	st := m.sh.Styles
	switch {
	case m.saveErr != "", m.finishFailed && !m.saving && !m.dirty:
		return st.Error.Render("✗ not saved")
	case m.saving:
		return st.Faint.Render("saving…")
	case m.dirty:
		return st.Faint.Render("editing")
	case m.unstored && m.prompt().Kind == journal.KindDate:
		return st.Warning.Render("date not saved yet")
	case m.unstored:
		return st.Warning.Render("answer not saved yet")
	case !m.savedAt.IsZero():
		return st.Success.Render("✓ saved " + m.savedAt.Format("15:04:05"))
	}
	return ""
}

func (m *Model) progressBar(width int) string {
	st := m.sh.Styles
	total := len(m.set.Prompts)
	label := fmt.Sprintf(" %d/%d", m.step+1, total)
	barWidth := max(5, width-len(label))
	done := barWidth * (m.step + 1) / total
	return st.Bar.Done.Render(strings.Repeat("━", done)) +
		st.Bar.Todo.Render(strings.Repeat("─", barWidth-done)) +
		st.Prompt.Progress.Render(label)
}

func (m *Model) footer(width int) string {
	st := m.sh.Styles
	h := m.sh.KeyHelp(width)
	status := m.sh.StatusView(width)
	if m.saveErr != "" && status == "" {
		status = lipgloss.NewStyle().Width(width).Render(st.Error.Render("✗ Not saved yet: " + m.saveErr + " Retrying every second."))
	}
	var out string
	if m.showHelp {
		out = h.FullHelpView(m.fullHelp())
	} else {
		// The input's own keys go on a line above the flow's keys, so that
		// finish and pause are never cut off on a narrow window.
		if own := m.inputHelp(); len(own) > 0 {
			out = h.ShortHelpView(own) + "\n"
		}
		out += h.ShortHelpView(m.shortHelp())
	}
	if status != "" {
		out = status + "\n" + out
	}
	return out
}

func (m *Model) shortHelp() []key.Binding {
	k := m.sh.Keys.Reflect
	return []key.Binding{k.Next, k.Back, k.Finish, k.Pause, m.sh.Keys.Global.Help}
}

// inputHelp lists the keys of the current kind of input.
func (m *Model) inputHelp() []key.Binding {
	k := m.sh.Keys.Reflect
	switch {
	case m.input.UsesArea():
		return []key.Binding{k.Newline, k.Editor}
	case m.input.Kind == journal.KindRating:
		return []key.Binding{k.Rate, k.Clear}
	case m.input.Kind == journal.KindChoice:
		return []key.Binding{k.Choose, k.Clear}
	case m.input.IsText():
		return []key.Binding{k.Editor}
	}
	return nil
}

func (m *Model) fullHelp() [][]key.Binding {
	k := m.sh.Keys.Reflect
	return [][]key.Binding{
		{k.Next, k.Back, k.Finish, k.Pause},
		{k.Newline, k.Editor, k.Rate, k.Choose, k.Clear},
	}
}
