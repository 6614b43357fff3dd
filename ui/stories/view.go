package stories

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// width is the width the bank is laid out for.
func (p *Page) width() int { return max(20, min(p.sh.Width-2, 90)) }

// View draws the list of stories, or the form of the one open.
func (p *Page) View() string {
	st, w := p.sh.Styles, p.width()
	var b strings.Builder
	b.WriteString(st.Title.Render("Story bank") + "\n\n")
	switch {
	case p.err != "":
		b.WriteString(st.Error.Width(w).Render("✗ "+p.err) + "\n")
	case !p.loaded:
		b.WriteString(st.Faint.Render("Reading your stories…") + "\n")
	case p.form != nil:
		p.formView(&b, w)
	default:
		p.listView(&b, w)
	}
	return kit.LayoutBody(b.String(), kit.KeysFooterLines(p.sh, p.footerKeys(), w), p.sh.Height)
}

// listView draws the stories, then the warnings and the themes without
// one. The notes under the list are laid out first and the list takes the
// rows left, so that a long bank never pushes a warning off the screen.
func (p *Page) listView(b *strings.Builder, w int) {
	st := p.sh.Styles
	if p.sh.Practice == nil {
		b.WriteString(st.Subtle.Width(w).Render("This journal keeps no stories.") + "\n")
		return
	}
	if len(p.stories) == 0 {
		b.WriteString(st.Subtle.Width(w).Render("No stories yet. Press n to write the one you wish you had told: the situation, the task, what you did, the result, and what it shows about you.") + "\n")
	}
	notes := p.notesView(w)
	// Above the list: the title and its blank line; below it: the count
	// of stories, the notes and the footer.
	used := 3 + strings.Count(notes, "\n") + strings.Count(kit.KeysFooterLines(p.sh, p.footerKeys(), w), "\n") + 1
	start, end := kit.VisibleRange(len(p.stories), p.selected, max(3, p.sh.Height-used))
	for i := start; i < end; i++ {
		s := p.stories[i]
		shape := st.Success.Render("complete")
		if !s.Complete() {
			shape = st.Warning.Render("unfinished")
		}
		row := safetext.Line(s.Title)
		if len(s.Themes) > 0 {
			row += " · " + safetext.Line(strings.Join(s.Themes, ", "))
		}
		label := partRow(row, max(5, w-16))
		line := "  " + label
		if i == p.selected {
			line = st.Selected.Render("▸ " + label)
		}
		b.WriteString(kit.SpreadLine(line, shape, w) + "\n")
	}
	if end-start < len(p.stories) {
		b.WriteString(st.Faint.Render(fmt.Sprintf("  %d stories in all", len(p.stories))) + "\n")
	}
	b.WriteString(notes)
}

// notesView draws what goes under the list, most pressing first: the
// question before a deletion, the stories told twice in one interview,
// the left-out stories not in the bank, and the themes with no story.
func (p *Page) notesView(w int) string {
	st := p.sh.Styles
	var b strings.Builder
	if p.confirm && len(p.stories) > 0 {
		b.WriteString("\n" + st.Warning.Render(kit.AskAbout("Press y to delete \"", p.stories[p.selected].Title, "\" for good; any other key keeps it.", w)) + "\n")
	}
	for _, o := range p.overused {
		msg := fmt.Sprintf("\"%s\" answers %s, all in interview %s: a panel remembers a story told twice.",
			safetext.Line(o.Story.Title), safetext.Line(strings.Join(o.Cards, " and ")), safetext.Line(o.InterviewID))
		b.WriteString("\n" + st.Warning.Width(w).Render("! "+msg) + "\n")
	}
	if line := p.leftOutLine(w); line != "" {
		b.WriteString("\n" + line)
	}
	if len(p.gaps) > 0 {
		b.WriteString("\n" + st.Heading.Render("Themes with no story yet") + "\n")
		b.WriteString(kit.Bullet(safetext.Line(strings.Join(p.gaps, ", ")), w) + "\n")
	}
	return b.String()
}

// formView draws every part of the story open, the one being written in
// its input.
func (p *Page) formView(b *strings.Builder, w int) {
	st, f := p.sh.Styles, p.form
	if f.undo.ID == 0 {
		b.WriteString(st.Subtle.Render("A new story") + "\n")
	}
	for i, pt := range parts {
		if i == f.at {
			b.WriteString(st.Selected.Render(pt.label) + "\n" + f.input.View(st) + "\n")
			continue
		}
		label := pt.label + ": "
		text := partRow(f.texts[i], max(1, w-lipgloss.Width(label)))
		if text == "" {
			text = st.Faint.Render("—")
		}
		b.WriteString(st.Subtle.Render(label) + text + "\n")
	}
	switch {
	case f.leaving:
		b.WriteString(st.Warning.Render(kit.Truncate("Press esc again to drop your changes, or ctrl+s to save them.", w)) + "\n")
	case f.apart.ID != 0 && f.heldUnsaved():
		b.WriteString(st.Faint.Render(partRow("Your version is kept apart as "+kit.QuotedList([]string{f.apart.Title})+
			"; ctrl+s saves it over the other change.", w)) + "\n")
	case f.written() && f.undo.ID == 0:
		b.WriteString(st.Faint.Render(kit.Truncate("Kept in the bank as you type; esc twice takes it out again.", w)) + "\n")
	case f.written():
		b.WriteString(st.Faint.Render(kit.Truncate("Kept as you type; esc twice puts the story back as it was.", w)) + "\n")
	}
	if len(f.base.Cards) > 0 {
		b.WriteString(st.Faint.Render(kit.Truncate("Answers "+safetext.Line(strings.Join(f.base.Cards, ", ")), w)) + "\n")
	}
}

// footerKeys are the keys of the moment.
func (p *Page) footerKeys() []key.Binding {
	k, help := p.sh.Keys.Stories, p.sh.Keys.Global.Help
	if p.form != nil {
		return []key.Binding{k.Next, k.Prev, k.Save, k.Cancel}
	}
	keys := []key.Binding{k.Up, k.Open, k.New, k.Delete, k.Back, k.Quit, help}
	if len(p.stories) == 0 {
		keys = []key.Binding{k.New, k.Back, k.Quit, help}
	}
	if len(p.leftOut) > 0 {
		keys = append([]key.Binding{k.FromLeftOut}, keys...)
	}
	return keys
}

// KeyGroups lists the keys of the story bank for its ? page; none while a
// story is open, where ? is typed. Up stands for both arrows ("↑/↓
// select"), so Down is not listed again.
func (p *Page) KeyGroups() []kit.KeyGroup {
	if p.form != nil {
		return nil
	}
	k := p.sh.Keys.Stories
	return []kit.KeyGroup{
		{Title: "The list", Keys: []key.Binding{k.Up, k.Open, k.New, k.FromLeftOut, k.Delete, k.Confirm}},
		{Title: "A story", Keys: []key.Binding{k.Next, k.Prev, k.Save, k.Cancel}},
		{Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}},
	}
}
