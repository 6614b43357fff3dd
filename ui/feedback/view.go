package feedback

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// View draws the form, or what comes next once it is saved.
func (p *Page) View() string {
	st := p.sh.Styles
	width := max(20, min(p.sh.Width-2, 100))
	var b strings.Builder
	title := "Feedback"
	if p.iv != nil {
		title = "Feedback · " + safetext.Line(p.iv.Title())
	}
	b.WriteString(st.Title.Render(kit.Truncate(title, width)) + "\n")
	switch {
	case p.err != "":
		b.WriteString("\n" + st.Error.Render("✗ "+p.err) + "\n")
	case p.iv == nil:
		b.WriteString("\n" + st.Faint.Render("Opening the interview…") + "\n")
	case p.saved:
		b.WriteString(st.Subtle.Render(kit.Plural(len(p.iv.Feedback), "piece")+" of feedback kept for this interview") + "\n\n")
		b.WriteString(st.Heading.Render("What next?") + "\n")
		b.WriteString(kit.Bullet("d  Reflect on the decision: how it sits with you and what you will do differently.", width) + "\n")
		b.WriteString(kit.Bullet("enter  Done for now.", width) + "\n")
	default:
		b.WriteString(st.Subtle.Render("Keep what the company or the recruiter told you, while you remember it.") + "\n\n")
		b.WriteString(p.label(feedbackFrom, "From") + "  " + p.from.View() + "\n")
		b.WriteString(p.label(feedbackDate, "On  ") + "  " + p.date.View() + "\n\n")
		b.WriteString(p.label(feedbackText, "What they said") + "\n")
		b.WriteString(p.text.View() + "\n")
		if p.notice != "" {
			b.WriteString(st.Warning.Width(width).Render(p.notice) + "\n")
		}
		if p.inputErr != "" {
			b.WriteString(st.Error.Render("✗ "+p.inputErr) + "\n")
		}
		switch {
		case p.leaving:
			b.WriteString(st.Warning.Render(kit.Truncate("Press esc again to drop the feedback you typed, or ctrl+s to save it.", width)) + "\n")
		case p.kept != nil:
			b.WriteString(st.Faint.Render(kit.Truncate("Kept on the interview as you type; esc twice takes it out again.", width)) + "\n")
		}
	}
	return kit.LayoutBody(b.String(), p.footer(width), p.sh.Height)
}

func (p *Page) label(field int, text string) string {
	if p.focus == field {
		return p.sh.Styles.Selected.Render("▸ " + text)
	}
	return p.sh.Styles.Heading.Render("  " + text)
}

func (p *Page) footer(width int) string {
	k := p.sh.Keys.Feedback
	bindings := []key.Binding{k.Next, k.Save, k.Cancel}
	switch {
	case p.saved:
		bindings = []key.Binding{k.Reflect, key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")), k.Quit}
	case p.iv == nil:
		bindings = []key.Binding{k.Cancel, k.Quit}
	}
	return kit.KeysFooter(p.sh, bindings, width)
}
