package followups

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// agendaSection is one group of the agenda as the screen shows it.
type agendaSection struct {
	title string
	items []journal.AgendaItem
}

func agendaSections(a journal.Agenda) []agendaSection {
	return []agendaSection{{"Overdue", a.Overdue}, {"Today", a.Today}, {"This week", a.ThisWeek}, {"Later", a.Later},
		{"Stale", a.Stale}, {"Snoozed", a.Snoozed}}
}

// View draws the list, or the message of the follow-up opened.
func (p *Page) View() string {
	if p.mode == agendaReading && p.message != nil {
		return p.message.View()
	}
	st := p.sh.Styles
	width := max(20, min(p.sh.Width-2, 110))
	today := journal.Today(p.sh.Now())
	var b strings.Builder
	right := ""
	if p.loaded && p.err == "" {
		right = kit.FollowUpCountsText(p.agenda.Counts())
	}
	b.WriteString(agendaSplit(st.Title.Render("Follow-ups · "+kit.ShortDay(today)), st.Subtle.Render(right), width) + "\n\n")
	footer := p.footer(width)
	switch {
	case p.err != "":
		b.WriteString(st.Error.Render("✗ "+p.err) + "\n")
	case !p.loaded:
		b.WriteString(st.Faint.Render("Gathering your follow-ups…") + "\n")
	case len(p.items) == 0:
		b.WriteString(st.Subtle.Render("Nothing to follow up on right now. New ones appear here after each reflection.") + "\n")
	default:
		panel := p.panel(width, today)
		room := p.sh.Height - 2 - lipgloss.Height(panel) - 1 - lipgloss.Height(footer)
		list, below := p.listView(width, max(1, room), today)
		b.WriteString(list)
		if below > 0 {
			b.WriteString(st.Faint.Render(fmt.Sprintf("  ↓ %d more", below)))
		}
		b.WriteString("\n" + panel)
	}
	return kit.LayoutBody(b.String(), footer, p.sh.Height)
}

// listView draws as many rows of the grouped list as fit in height,
// scrolled so the selected follow-up shows, and says how many rows are left
// below.
func (p *Page) listView(width, height int, today journal.Date) (string, int) {
	var rows []string
	selectedRow, n := 0, 0
	for _, sec := range agendaSections(p.agenda) {
		if len(sec.items) == 0 {
			continue
		}
		rows = append(rows, p.sh.Styles.Heading.Render(fmt.Sprintf("%s (%d)", sec.title, len(sec.items))))
		for _, it := range sec.items {
			if n == p.cursor {
				selectedRow = len(rows)
			}
			rows = append(rows, p.itemRow(it, n == p.cursor, width, today))
			n++
		}
	}
	// Keep the selected row in view, with its group's heading when it is
	// the first of the group.
	if selectedRow-1 < p.top {
		p.top = max(0, selectedRow-1)
	}
	if selectedRow >= p.top+height {
		p.top = selectedRow - height + 1
	}
	p.top = max(0, min(p.top, len(rows)-height))
	end := min(len(rows), p.top+height)
	lines := rows[p.top:end]
	for len(lines) < height {
		lines = append(lines, "")
	}
	return strings.Join(lines, "\n") + "\n", len(rows) - end
}

// itemRow draws one follow-up: what to do, for which interview, and when.
func (p *Page) itemRow(it journal.AgendaItem, selected bool, width int, today journal.Date) string {
	st := p.sh.Styles
	when := agendaWhen(it.FollowUp, today)
	labelWidth := min(34, width*2/5)
	whenWidth := 16
	titleWidth := max(6, width-2-labelWidth-2-whenWidth-1)
	iv := journal.Interview{Company: it.Company, Role: it.Role}
	label := agendaPad(kit.Truncate(it.FollowUp.Kind.Label(), labelWidth), labelWidth)
	title := agendaPad(kit.Truncate(safetext.Line(iv.Title()), titleWidth), titleWidth)
	whenStyle := st.Faint
	if it.FollowUp.Overdue(today) && !it.FollowUp.Stale(today) {
		whenStyle = st.Warning
	}
	whenText := whenStyle.Render(fmt.Sprintf("%*s", whenWidth, kit.Truncate(when, whenWidth)))
	if selected {
		return st.Selected.Render("▸ "+label) + "  " + st.Heading.Render(title) + " " + whenText
	}
	return "  " + label + "  " + st.Subtle.Render(title) + " " + whenText
}

// panel draws the part under the list: why the selected follow-up matters,
// or the question being asked about it.
func (p *Page) panel(width int, today journal.Date) string {
	st := p.sh.Styles
	it, _ := p.selected()
	rule := st.Faint.Render(strings.Repeat("─", width))
	var b strings.Builder
	b.WriteString(rule + "\n")
	switch p.mode {
	case agendaSnoozing:
		b.WriteString(st.Heading.Render("Snooze “"+it.FollowUp.Kind.Label()+"” until") + "\n")
		for i, c := range snoozeChoices(it.FollowUp, today) {
			line := fmt.Sprintf("%d %s", i+1, c.label)
			if !c.until.IsZero() {
				line += " (" + kit.ShortDay(c.until) + ")"
			}
			if i == p.snoozeChoice {
				b.WriteString(st.Selected.Render("▸ "+line) + "\n")
			} else {
				b.WriteString(st.Subtle.Render("  "+line) + "\n")
			}
		}
	case agendaSnoozeDate, agendaSkipping:
		question := "Snooze until which day?"
		if p.mode == agendaSkipping {
			question = "Skip “" + it.FollowUp.Kind.Label() + "”. Why? (optional, enter to skip it)"
		}
		b.WriteString(st.Heading.Render(kit.Truncate(question, width)) + "\n")
		b.WriteString(p.input.View() + "\n")
		if p.inputErr != "" {
			b.WriteString(st.Error.Render("✗ "+p.inputErr) + "\n")
		}
	default:
		f := it.FollowUp
		meta := followUpRefText(it.InterviewID, f.ID) + " · due " + f.Due.String()
		if d := f.Deadline(); d != f.Due {
			meta += ", by " + d.String()
		}
		b.WriteString(st.Faint.Render(kit.Truncate(meta, width)) + "\n")
		switch {
		case f.Status == journal.FollowUpSnoozed:
			b.WriteString(st.Subtle.Render(ansi.Wrap("Snoozed: it comes back on "+kit.ShortDay(f.SnoozedUntil)+".", width, "")) + "\n")
		case f.Stale(today):
			b.WriteString(st.Subtle.Render(ansi.Wrap(fmt.Sprintf("%s late: most likely too late to be worth sending. %s lets every stale one go, kept as skipped.",
				kit.Plural(f.DaysLate(today), "day"), p.sh.Keys.FollowUps.LetGoStale.Help().Key), width, "")) + "\n")
		default:
			b.WriteString(st.Subtle.Render(ansi.Wrap(f.Kind.Why(), width, "")) + "\n")
		}
	}
	return strings.TrimRight(b.String(), "\n")
}

func (p *Page) footer(width int) string {
	k := p.sh.Keys.FollowUps
	var bindings []key.Binding
	switch p.mode {
	case agendaSnoozing:
		bindings = []key.Binding{k.Up, k.Confirm, k.Cancel}
	case agendaSnoozeDate, agendaSkipping:
		bindings = []key.Binding{k.Confirm, k.Cancel}
	default:
		if len(p.items) > 0 {
			bindings = append(bindings, k.Open, k.Done, k.Snooze, k.Skip)
		}
		if len(p.agenda.Stale) > 0 {
			bindings = append(bindings, kit.Relabel(k.LetGoStale, "let go"))
		}
		if p.undo != nil {
			bindings = append(bindings, k.Undo)
		}
		bindings = append(bindings, k.Back, p.sh.Keys.Global.Help)
	}
	return kit.KeysFooter(p.sh, bindings, width)
}

// listHeight is about how many rows the list shows, for paging.
func (p *Page) listHeight() int { return max(1, p.sh.Height-12) }

// agendaWhen says briefly when a follow-up is due: "2 days late", "today",
// "tomorrow", "Tue 17 Mar", or for a snoozed one "back Tue 17 Mar".
func agendaWhen(f journal.FollowUp, today journal.Date) string {
	switch {
	case f.Status == journal.FollowUpSnoozed:
		return "back " + kit.ShortDay(f.SnoozedUntil)
	case f.Overdue(today):
		if late := f.Deadline().DaysUntil(today); late > 1 {
			return fmt.Sprintf("%d days late", late)
		}
		return "1 day late"
	case f.DueToday(today) && f.Deadline() == today:
		return "today"
	case f.DueToday(today):
		return "by " + kit.ShortDay(f.Deadline())
	case f.Due == today.AddDays(1):
		return "tomorrow"
	}
	return kit.ShortDay(f.Due)
}

// agendaSplit puts left and right on one line of width cells.
func agendaSplit(left, right string, width int) string {
	gap := width - lipgloss.Width(left) - lipgloss.Width(right)
	if gap < 2 {
		return left
	}
	return left + strings.Repeat(" ", gap) + right
}

// agendaPad pads s with spaces to width cells.
func agendaPad(s string, width int) string {
	return s + strings.Repeat(" ", max(0, width-lipgloss.Width(s)))
}

// KeyGroups lists the keys of the follow-ups for their ? page.
func (p *Page) KeyGroups() []kit.KeyGroup {
	k := p.sh.Keys.FollowUps
	switch {
	case p.mode == agendaListing:
		return []kit.KeyGroup{kit.ScrollGroup(p.sh),
			{Title: "The selected follow-up", Keys: []key.Binding{k.Open, k.Done, k.Snooze, k.Skip, k.Undo}},
			{Title: "Stale follow-ups", Keys: []key.Binding{k.LetGoStale}},
			{Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}}}
	case p.mode == agendaReading && p.message != nil && !p.message.editing && !p.message.asking:
		return []kit.KeyGroup{kit.ScrollGroup(p.sh),
			{Title: "The message", Keys: []key.Binding{k.Copy, k.CopyDone, k.Edit, k.Editor, k.Reset, k.Done, k.Back}}}
	}
	return nil // typing
}
