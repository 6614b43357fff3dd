package list

import (
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// previewPane shows, under the rows, where the selected interview's
// answers hold a word of the filter, since its row shows company and role
// only.
type previewPane struct {
	id    uint64 // the interview it belongs to
	raw   string // the filter it was found for
	label string // what the text answers
	text  string // one line of the answer, safe to draw
	at, n int    // the match, in bytes of text
}

// previewMsg carries a preview found in a command.
type previewMsg struct{ preview previewPane }

// previewCmd looks for the selected interview's match in its answers when
// the filter found a word there and the preview does not show it yet.
func (p *Page) previewCmd() tea.Cmd {
	if p.list == nil || !p.list.textsLoaded || len(p.list.query.Words) == 0 {
		p.preview = previewPane{}
		return nil
	}
	id, raw := p.selectedID(), p.list.raw
	if id == 0 {
		p.preview = previewPane{}
		return nil
	}
	if p.preview.id == id && p.preview.raw == raw {
		return nil
	}
	p.preview = previewPane{id: id, raw: raw}
	_, words := p.list.query.TitleHighlights(p.list.at(p.cursor))
	if len(words) == 0 {
		return nil
	}
	j, set, word := p.sh.Journal, p.sh.Set, words[0]
	return func() tea.Msg {
		iv, err := j.Interview(id)
		if err != nil {
			return nil
		}
		t, at, ok := kit.FindInAnswers(iv, set, word)
		if !ok {
			return nil
		}
		return previewMsg{preview: snippet(id, raw, t, at, kit.FoldLen(t.Text[at:], word))}
	}
}

// setPreview keeps a preview that still belongs to the selection.
func (p *Page) setPreview(msg previewMsg) {
	if p.list != nil && msg.preview.id == p.selectedID() && msg.preview.raw == p.list.raw {
		p.preview = msg.preview
	}
}

// snippetContext is how much text is kept on each side of a match.
const snippetContext = 60

// snippet cuts the text around the match to one safe line.
func snippet(id uint64, raw string, t kit.LabeledText, at, n int) previewPane {
	before, match, after := t.Text[:at], t.Text[at:at+n], t.Text[at+n:]
	if r := []rune(before); len(r) > snippetContext {
		before = "…" + string(r[len(r)-snippetContext:])
	}
	if r := []rune(after); len(r) > snippetContext*2 {
		after = string(r[:snippetContext*2]) + "…"
	}
	// Clean each part alone so the match keeps its place; one-line
	// cleaning trims the blanks at the ends, so put back the one space
	// that separated the parts.
	b, m, a := safetext.Line(before), safetext.Line(match), safetext.Line(after)
	if b != "" && before[len(before)-1] == ' ' {
		b += " "
	}
	if a != "" && after[0] == ' ' {
		a = " " + a
	}
	return previewPane{id: id, raw: raw, label: t.Label, text: b + m + a, at: len(b), n: len(m)}
}

// previewView draws the preview line with the match highlighted, cut to
// keep the match in view.
func (p *Page) previewView(width int) string {
	pv := p.preview
	if pv.text == "" || pv.id != p.selectedID() {
		return ""
	}
	st := p.sh.Styles
	label := "↳ " + safetext.Line(pv.label) + ": "
	room := width - lipgloss.Width(label)
	before, match, after := pv.text[:pv.at], pv.text[pv.at:pv.at+pv.n], pv.text[pv.at+pv.n:]
	// Keep the match and a little before it when the line is too long.
	for lipgloss.Width(before)+lipgloss.Width(match) > room*2/3 && len([]rune(before)) > 9 {
		before = "…" + string([]rune(before)[9:])
	}
	after = kit.Truncate(after, max(0, room-lipgloss.Width(before)-lipgloss.Width(match)))
	return st.Faint.Render(label) + st.Subtle.Render(before) + st.Accent.Bold(true).Underline(true).Render(match) + st.Subtle.Render(after)
}
