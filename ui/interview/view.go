package interview

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// View draws the interview's page: a title line, the scrollable page (or
// the list of answers to change, or the answer being changed) and the keys.
func (p *Page) View() string {
	st := p.sh.Styles
	width := p.contentWidth()
	p.layout()
	var b strings.Builder
	title := st.Title.Render("debrief") + st.Subtle.Render(" · interview")
	if pos := p.position(); pos != "" {
		right := st.Subtle.Render(pos + " in the list")
		title += strings.Repeat(" ", max(1, width-lipgloss.Width(title)-lipgloss.Width(right))) + right
	}
	b.WriteString(title + "\n\n")
	switch {
	case p.err != "":
		b.WriteString(st.Error.Render("✗ "+p.err) + "\n")
	case p.iv == nil:
		b.WriteString(st.Faint.Render("Opening…") + "\n")
	case p.showHelp:
		b.WriteString(p.helpView(width))
	case p.mode == detailPicking:
		b.WriteString(p.pickerView(width))
	case p.mode == detailEditing:
		b.WriteString(p.editorView(width))
	default:
		b.WriteString(p.view.View())
	}
	return kit.LayoutBody(b.String(), p.footer(width), p.sh.Height)
}

func (p *Page) footerHeight() int { return 1 + p.sh.StatusHeight(p.contentWidth()) }

func (p *Page) footer(width int) string {
	st := p.sh.Styles
	h := p.sh.KeyHelp(width)
	k := p.sh.Keys.Detail
	var out string
	switch p.mode {
	case detailConfirm:
		out = st.Warning.Render(kit.AskAbout("Delete ", p.iv.Title(), "? y delete · any other key keep", width))
	case detailTagging:
		// The input takes what the prompt and its keys leave of the line,
		// and one column for the cursor at the end of the text.
		hint := "  enter add · esc cancel"
		p.tags.SetWidth(max(10, width-lipgloss.Width(p.tags.Prompt)-lipgloss.Width(hint)-1))
		out = p.tags.View() + st.Faint.Render(hint)
	case detailPicking:
		out = h.ShortHelpView([]key.Binding{
			key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", "choose")),
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "change it")),
			k.Cancel,
		})
	case detailEditing:
		out = h.ShortHelpView(p.editHelp())
	default:
		bindings := []key.Binding{k.Next, k.Edit, k.Outcome, k.Tag, k.Delete}
		if p.sh.CanUndo() {
			bindings = append(bindings, k.Undo)
		}
		out = h.ShortHelpView(append(bindings, k.Back, k.Help))
	}
	if s := p.sh.StatusView(width); s != "" {
		out = s + "\n" + out
	}
	return out
}

func (p *Page) helpView(width int) string {
	lines := []string{
		p.sh.Styles.Heading.Render("Keys"),
		"  ↑/↓ j/k scroll · pgup/pgdn page · g/G home/end top/bottom",
		"  n / p      the next or previous interview of the list",
		"  e          change one answer (ctrl+e opens $EDITOR for long ones)",
		"  E          go through the whole reflection again, every answer filled in",
		"  o          set the outcome (and whether you are still interested)",
		"  f          record feedback they gave · D reflect on the decision",
		"  t          add tags · d delete (asks first) · u undo the last deletion",
		"  esc        back to the list · q quit",
		"",
		p.sh.Styles.Faint.Render("Press any key to go back."),
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(kit.Truncate(l, width) + "\n")
	}
	return b.String()
}
