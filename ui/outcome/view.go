package outcome

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// View draws the picker.
func (p *Page) View() string {
	st := p.sh.Styles
	width := max(20, min(p.sh.Width-2, 100))
	var b strings.Builder
	title := "Outcome"
	if p.iv != nil {
		title = "Outcome · " + safetext.Line(p.iv.Title())
	}
	b.WriteString(st.Title.Render(kit.Truncate(title, width)) + "\n")
	switch {
	case p.err != "":
		b.WriteString("\n" + st.Error.Render(ansi.Wrap("✗ "+p.err, width, "")) + "\n")
		return kit.LayoutBody(b.String(), p.footer(width), p.sh.Height)
	case p.iv == nil:
		b.WriteString("\n" + st.Faint.Render("Opening the interview…") + "\n")
		return kit.LayoutBody(b.String(), p.footer(width), p.sh.Height)
	}
	if !p.iv.Date.IsZero() {
		b.WriteString(st.Subtle.Render("Interview on "+p.iv.Date.String()) + "\n")
	}
	b.WriteString("\n")
	if p.decided {
		p.decidedView(&b, width)
		return kit.LayoutBody(b.String(), p.footer(width), p.sh.Height)
	}
	b.WriteString(p.label(outcomeFocusStatus, "Where does it stand?") + "\n")
	for i, s := range journal.Statuses {
		mark, style := "○", st.Subtle
		if i == p.status {
			mark, style = "●", st.Selected
		}
		b.WriteString(style.Render(fmt.Sprintf("  %s %d %s", mark, i+1, s.Label())) + "\n")
	}
	b.WriteString("\n" + p.label(outcomeFocusDate, "Since") + "  " + p.date.View() + "\n")
	if p.inputErr != "" {
		b.WriteString(st.Error.Render(ansi.Wrap("  ✗ "+p.inputErr, width, "")) + "\n")
	}
	box := "[ ]"
	if p.interested {
		box = "[x]"
	}
	b.WriteString("\n" + p.label(outcomeFocusInterest, box+" Still interested in working there") + "\n")
	b.WriteString(st.Faint.Render("    While it holds, debrief plans a keep-in-touch note every few months.") + "\n")
	return kit.LayoutBody(b.String(), p.footer(width), p.sh.Height)
}

// label draws a part's label, marked when it has the focus.
func (p *Page) label(f outcomeFocus, text string) string {
	if p.focus == f {
		return p.sh.Styles.Selected.Render("▸ " + text)
	}
	return p.sh.Styles.Heading.Render("  " + text)
}

// decidedView offers what usually comes after a decision.
func (p *Page) decidedView(b *strings.Builder, width int) {
	st := p.sh.Styles
	o := p.iv.Outcome
	b.WriteString(st.Success.Render("✓ Saved: "+o.Status.Label()+" on "+o.Date.String()) + "\n\n")
	b.WriteString(st.Heading.Render("What next?") + "\n")
	b.WriteString(kit.Bullet("f  Record what they told you: who said it and what they said.", width) + "\n")
	b.WriteString(kit.Bullet("d  Reflect on the decision: how it sits with you and what you will do differently.", width) + "\n")
	b.WriteString(kit.Bullet("enter  Done for now.", width) + "\n")
}

func (p *Page) footer(width int) string {
	k := p.sh.Keys.Outcome
	var bindings []key.Binding
	switch {
	case p.decided:
		bindings = []key.Binding{k.Feedback, k.Reflect, key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "done")), k.Quit}
	case p.iv == nil:
		bindings = []key.Binding{k.Cancel, k.Quit}
	default:
		bindings = []key.Binding{k.Up, k.Next, k.Toggle, k.Save, k.Cancel}
	}
	return kit.KeysFooter(p.sh, bindings, width)
}
