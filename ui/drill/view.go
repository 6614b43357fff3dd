package drill

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// width is the width the session is laid out for.
func (p *Page) width() int { return max(20, min(p.sh.Width-2, 90)) }

// View draws the card showing, or the summary.
func (p *Page) View() string {
	st, w := p.sh.Styles, p.width()
	title := "Drill"
	if p.theme != "" {
		title += " · " + safetext.Line(p.theme)
	}
	var b strings.Builder
	footer := kit.KeysFooterLines(p.sh, p.footerKeys(), w)
	head := st.Title.Render(kit.Truncate(title, w/2))
	if p.loaded && p.phase != finished && len(p.queue) > 0 {
		head = kit.SpreadLine(head, st.Faint.Render(fmt.Sprintf("card %d of %d", p.at+1, len(p.queue))), w)
	}
	b.WriteString(head + "\n\n")
	switch {
	case p.err != "":
		b.WriteString(st.Error.Width(w).Render("✗ "+p.err) + "\n")
	case !p.loaded:
		b.WriteString(st.Faint.Render("Reading your cards…") + "\n")
	case p.phase == finished:
		p.summaryView(&b, w)
	default:
		// The card scrolls when its text is longer than the window.
		var card strings.Builder
		p.cardView(&card, w)
		p.view.SetWidth(w)
		p.view.SetHeight(max(1, p.sh.Height-2-strings.Count(footer, "\n")-1))
		p.view.SetContent(strings.TrimRight(card.String(), "\n"))
		b.WriteString(p.view.View() + "\n")
	}
	return kit.LayoutBody(b.String(), footer, p.sh.Height)
}

// cardView draws the question, and the better answer once revealed.
func (p *Page) cardView(b *strings.Builder, w int) {
	st, c := p.sh.Styles, p.card()
	b.WriteString(st.Heading.Width(w).Render(safetext.Text(c.Question)) + "\n")
	if len(c.Tags) > 0 {
		b.WriteString(st.Faint.Render(kit.Truncate(safetext.Line(strings.Join(c.Tags, " · ")), w)) + "\n")
	}
	b.WriteString("\n")
	switch p.phase {
	case asking:
		b.WriteString(st.Subtle.Width(w).Render("Answer it aloud, as you would in the room. Then press space to see the answer you wish you had given.") + "\n\n")
		b.WriteString(p.timerLine() + "\n")
	case revealed:
		b.WriteString(st.Subtle.Render("Your better answer") + "\n")
		b.WriteString(lipgloss.NewStyle().Width(w).Render(safetext.Text(c.Answer)) + "\n\n")
		b.WriteString(ansi.Truncate(st.Heading.Render("How did it go?")+st.Faint.Render("  1 again · 2 hard · 3 good · 4 easy"), w, "…") + "\n")
	case editing:
		b.WriteString(st.Subtle.Render("Sharpen your better answer") + "\n")
		b.WriteString(p.edit.field.View(st) + "\n")
		if p.edit.clash {
			b.WriteString(st.Warning.Width(w).Render("This answer was changed in another debrief meanwhile, so what you type here is kept aside as a story in the bank, not in the card: enter saves yours in the card in its place, esc twice drops yours.") + "\n")
		}
		if p.edit.dropping {
			b.WriteString(st.Warning.Width(w).Render("Press esc again to drop your changes, or enter to save them.") + "\n")
		}
	}
}

// timerLine is the gentle mark of the time spent answering.
func (p *Page) timerLine() string {
	st := p.sh.Styles
	switch p.minute {
	case 0:
		return st.Faint.Render("◷ take your time")
	case 1:
		return st.Accent.Render("◷ one minute: land your main point")
	}
	return st.Warning.Render("◷ two minutes: time to wrap up")
}

// summaryView draws what the session did, and when the cards come back.
func (p *Page) summaryView(b *strings.Builder, w int) {
	st, t := p.sh.Styles, p.tally
	if t.total() == 0 && t.suspended == 0 {
		msg := "Nothing is due today. Cards come back just before you would forget them; see you then."
		if p.theme != "" {
			msg = "No card of this theme is due today."
		}
		if p.sh.Practice == nil {
			msg = "This journal keeps no practice cards."
		}
		b.WriteString(st.Subtle.Width(w).Render(msg) + "\n")
		return
	}
	b.WriteString(st.Heading.Render("Session done") + "\n")
	b.WriteString(fmt.Sprintf("%s  again %d · hard %d · good %d · easy %d\n", kit.Plural(t.total(), "answer"),
		t.grades[fsrs.Again], t.grades[fsrs.Hard], t.grades[fsrs.Good], t.grades[fsrs.Easy]))
	if len(t.sharpened) > 0 || t.suspended > 0 {
		b.WriteString(st.Faint.Render(fmt.Sprintf("sharpened %d · set aside %d", len(t.sharpened), t.suspended)) + "\n")
	}
	if len(t.graded) > 0 {
		b.WriteString("\n" + st.Subtle.Render("When they come back") + "\n")
		today := journal.Today(p.sh.Now())
		for _, c := range t.graded {
			when := whenBack(today, c.Due)
			q := kit.Truncate(safetext.Line(c.Question), max(5, w-lipgloss.Width(when)-4))
			b.WriteString(kit.SpreadLine("  "+q, st.Faint.Render(when), w) + "\n")
		}
	}
}

// whenBack says when a card is due again.
func whenBack(today, due journal.Date) string {
	switch d := today.DaysUntil(due); {
	case d <= 0:
		return "today"
	case d == 1:
		return "tomorrow"
	default:
		return fmt.Sprintf("in %d days", d)
	}
}

// footerKeys are the keys of the moment.
func (p *Page) footerKeys() []key.Binding {
	k, help := p.sh.Keys.Drill, p.sh.Keys.Global.Help
	switch {
	case !p.loaded || p.phase == finished:
		return []key.Binding{k.Back, k.Quit}
	case p.phase == editing:
		return []key.Binding{k.Save, k.Cancel}
	case p.phase == revealed:
		return []key.Binding{k.Again, k.Hard, k.Good, k.Easy, k.Sharpen, k.Suspend, k.Back, help}
	}
	return []key.Binding{k.Reveal, k.Sharpen, k.Suspend, k.Back, help}
}

// KeyGroups lists the keys of the drill for its ? page; none while the
// answer is being sharpened, where ? is typed.
func (p *Page) KeyGroups() []kit.KeyGroup {
	if p.phase == editing {
		return nil
	}
	k := p.sh.Keys.Drill
	return []kit.KeyGroup{
		{Title: "The card", Keys: []key.Binding{k.Reveal, k.Again, k.Hard, k.Good, k.Easy}},
		{Title: "Changing it", Keys: []key.Binding{k.Sharpen, k.Suspend, k.Save, k.Cancel}},
		{Title: "Moving (g and G grade, so home and end go to either end)", Keys: []key.Binding{p.sh.Keys.Scroll.Up, p.sh.Keys.Scroll.Down, p.sh.Keys.Scroll.PageUp, p.sh.Keys.Scroll.PageDown}},
		{Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}},
	}
}
