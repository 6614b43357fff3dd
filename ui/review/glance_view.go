package review

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// How many rows each part of the week at a glance may take at the
// smallest comfortable height (24 lines); taller windows give the extra
// rows to the follow-ups, the part that is acted on.
const (
	glanceInterviewRows = 3
	glanceFollowUpRows  = 4
	glanceFeedbackRows  = 2
	glancePatternRows   = 3
	glanceComfortHeight = 24
)

// View draws the week at a glance.
func (p *Glance) View() string {
	st := p.sh.Styles
	width := max(20, min(p.sh.Width-2, 100))
	var b strings.Builder
	b.WriteString(kit.SpreadLine(st.Title.Render("debrief · your week at a glance"), st.Subtle.Render(glanceStreakWords(p.streak)), width))
	b.WriteString("\n")
	switch {
	case p.err != "":
		b.WriteString("\n" + st.Error.Render("✗ "+p.err) + "\n")
	case !p.loaded:
		b.WriteString("\n" + st.Faint.Render("Looking back on your week…") + "\n")
	default:
		b.WriteString(st.Subtle.Render(kit.Truncate(periodWords(p.week), width)) + "\n")
		p.interviewsView(&b, width)
		p.followUpsView(&b, width)
		p.feedbackView(&b, width)
		p.patternsView(&b, width)
		p.practiceView(&b, width)
	}
	return kit.LayoutBody(b.String(), p.footer(width), p.sh.Height)
}

// glanceStreakWords describes the streak at the start of a review: after
// a run was broken, the review about to be written starts a new one.
func glanceStreakWords(s journal.Streak) string {
	if s.Weeks == 0 && s.Last > 0 {
		return "a new streak starts with this review"
	}
	return kit.StreakWords(s)
}

// periodWords says which days the review looks back on.
func periodWords(w insight.Week) string {
	if w.Last == nil {
		return "The last 7 days, " + kit.ShortDay(w.From) + " to " + kit.ShortDay(w.Today) + " · your first weekly review"
	}
	if w.From.After(w.Today) {
		return "You already reviewed today · week of " + kit.ShortDay(w.WeekOf)
	}
	return "Since your last review on " + kit.ShortDay(w.From.AddDays(-1)) + " · week of " + kit.ShortDay(w.WeekOf)
}

// dayInYear writes a day as shortDay does, adding the year when it is not
// the year of today.
func dayInYear(d, today journal.Date) string {
	if d.Year() != today.Year() {
		return kit.ShortDay(d) + " " + fmt.Sprint(d.Year())
	}
	return kit.ShortDay(d)
}

// glanceSection writes a heading with a short remark after it.
func glanceSection(b *strings.Builder, st kit.Styles, title, remark string) {
	b.WriteString("\n" + st.Heading.Render(title))
	if remark != "" {
		b.WriteString(st.Faint.Render("  " + remark))
	}
	b.WriteString("\n")
}

func (p *Glance) interviewsView(b *strings.Builder, width int) {
	st := p.sh.Styles
	ivs := p.week.Interviews
	if len(ivs) == 0 {
		glanceSection(b, st, "Interviews", "none in this stretch; applying and preparing count too")
		return
	}
	glanceSection(b, st, fmt.Sprintf("Interviews (%d)", len(ivs)), "")
	shown, more := glanceRows(len(ivs), glanceInterviewRows)
	// The latest interviews matter most to a week's review.
	for _, iv := range ivs[len(ivs)-shown:] {
		b.WriteString(kit.SummaryRow(st, iv.Summarize(), width) + "\n")
	}
	if more > 0 {
		b.WriteString(st.Faint.Render(fmt.Sprintf("  … and %d earlier", more)) + "\n")
	}
}

func (p *Glance) followUpsView(b *strings.Builder, width int) {
	st := p.sh.Styles
	w := p.week
	if len(p.items) == 0 {
		glanceSection(b, st, "Follow-ups", "nothing done, due or overdue")
		return
	}
	glanceSection(b, st, "Follow-ups", fmt.Sprintf("%d overdue · %d coming · %d done", len(w.Overdue), len(w.Coming), len(w.Done)))
	rows := glanceFollowUpRows + max(0, p.sh.Height-glanceComfortHeight)
	start, end := kit.VisibleRange(len(p.items), p.selected, rows)
	for i := start; i < end; i++ {
		b.WriteString(p.followUpRow(p.items[i], i == p.selected, width) + "\n")
	}
	if hidden := len(p.items) - (end - start); hidden > 0 {
		b.WriteString(st.Faint.Render(fmt.Sprintf("  %d more · ↑/↓ to see them", hidden)) + "\n")
	}
}

// followUpRow draws one follow-up: a mark for its state, what to do and
// for which company, and when.
func (p *Glance) followUpRow(it glanceItem, selected bool, width int) string {
	st := p.sh.Styles
	f := it.agenda.FollowUp
	var mark, when string
	style := st.Subtle
	switch it.group {
	case groupOverdue:
		mark, when, style = "!", "was due "+dayInYear(f.Due, p.week.Today), st.Warning
	case groupComing:
		mark, when = "○", comingWords(f, p.week.Today)
	case groupDone:
		mark, when, style = "✓", "done "+dayInYear(f.DoneAt, p.week.Today), st.Success
	}
	cursor := "  "
	if selected {
		cursor = "▸ "
	}
	left := cursor + mark + " " + f.Kind.Label() + " · " + safetext.Line(agendaCompany(it.agenda))
	left = kit.Truncate(left, max(10, width-lipgloss.Width(when)-2))
	gap := strings.Repeat(" ", max(1, width-lipgloss.Width(left)-lipgloss.Width(when)))
	if selected {
		return st.Selected.Render(left) + gap + style.Render(when)
	}
	return left + gap + style.Render(when)
}

func (p *Glance) feedbackView(b *strings.Builder, width int) {
	st := p.sh.Styles
	fbs := p.week.Feedback
	if len(fbs) == 0 {
		glanceSection(b, st, "Feedback", "none received")
		return
	}
	glanceSection(b, st, fmt.Sprintf("Feedback (%d)", len(fbs)), "")
	shown, more := glanceRows(len(fbs), glanceFeedbackRows)
	for _, fb := range fbs[len(fbs)-shown:] {
		who := safetext.Line(agendaCompany(journal.AgendaItem{Company: fb.Company, Role: fb.Role}))
		if from := strings.TrimSpace(fb.Feedback.From); from != "" {
			who += " · " + safetext.Line(from)
		}
		b.WriteString(kit.Truncate("  "+who+": “"+safetext.Line(fb.Feedback.Text)+"”", width) + "\n")
	}
	if more > 0 {
		b.WriteString(st.Faint.Render(fmt.Sprintf("  … and %d earlier", more)) + "\n")
	}
}

func (p *Glance) patternsView(b *strings.Builder, width int) {
	st := p.sh.Styles
	lines := patternChanges(st, p.week)
	switch {
	case len(p.week.Interviews) == 0:
		glanceSection(b, st, "Patterns", "no new interviews, so nothing moved")
		return
	case len(lines) == 0 && p.week.Last == nil:
		// A first review has no earlier one to compare with.
		glanceSection(b, st, "Patterns", "nothing new stands out in these 7 days")
		return
	case len(lines) == 0:
		glanceSection(b, st, "Patterns", "no change since your last review")
		return
	}
	glanceSection(b, st, "Patterns", "what changed")
	shown, more := glanceRows(len(lines), glancePatternRows)
	for _, l := range lines[:shown] {
		b.WriteString(kit.Truncate(l, width) + "\n")
	}
	if more > 0 {
		b.WriteString(st.Faint.Render(fmt.Sprintf("  … and %d more in debrief patterns", more)) + "\n")
	}
}

// practiceView says how many cards are due and, when the last review
// chose a focus, what the drills show of it.
func (p *Glance) practiceView(b *strings.Builder, width int) {
	if p.practice == nil {
		return
	}
	st := p.sh.Styles
	glanceSection(b, st, "Practice", p.practice.dueWords())
	if p.week.PreviousFocus == "" {
		return
	}
	words := p.practice.focusWords(p.week.From, "")
	if words == "" {
		words = "no drill card on it yet"
	}
	b.WriteString(kit.Truncate("  "+kit.Quote(safetext.Line(p.week.PreviousFocus))+": "+words, width) + "\n")
}

// patternChanges words what changed in the patterns, most telling first:
// turned trends, then what newly recurs, then what came back again.
func patternChanges(st kit.Styles, w insight.Week) []string {
	var out []string
	for _, t := range w.Turns {
		style := st.Warning
		if t.Good() {
			style = st.Success
		}
		was := t.Was
		if was == insight.TrendNotEnoughData {
			was = "too few ratings"
		}
		out = append(out, "  "+style.Render(upperFirst(t.Label)+" is now "+t.Now)+st.Faint.Render(" (was "+was+")"))
	}
	for _, th := range w.NewThemes {
		out = append(out, fmt.Sprintf("  New theme: “%s” has come up in %d interviews", safetext.Line(th.Label), th.Count))
	}
	for _, l := range w.NewLessons {
		out = append(out, fmt.Sprintf("  A lesson you keep writing: “%s” (%d interviews)", safetext.Line(l.Label), l.Count))
	}
	for _, th := range w.ThemesAgain {
		out = append(out, fmt.Sprintf("  Again: “%s”, now in %d interviews", safetext.Line(th.Label), th.Count))
	}
	for _, l := range w.LessonsAgain {
		out = append(out, fmt.Sprintf("  Written down again: “%s” (%d interviews)", safetext.Line(l.Label), l.Count))
	}
	return out
}

// comingWords says when an open follow-up is due: a day, or the last day
// of a window that has already opened.
func comingWords(f journal.FollowUp, today journal.Date) string {
	switch {
	case f.Due.Before(today) && f.Deadline().After(today):
		return "due by " + kit.ShortDay(f.Deadline())
	case !f.Due.After(today):
		return "due today"
	case f.Due == today.AddDays(1):
		return "due tomorrow"
	}
	return "due " + kit.ShortDay(f.Due)
}

// glanceRows returns how many of n rows to draw within limit, keeping one row
// for "and more", and how many are left out.
func glanceRows(n, limit int) (shown, more int) {
	if n <= limit {
		return n, 0
	}
	shown = max(0, limit-1)
	return shown, n - shown
}

// upperFirst upper-cases the first letter of s.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	r := []rune(s)
	return strings.ToUpper(string(r[0])) + string(r[1:])
}

func (p *Glance) footer(width int) string {
	k := p.sh.Keys.Review
	start := k.Start
	if p.draft != nil {
		start = kit.Relabel(k.Start, fmt.Sprintf("continue your review (%d/%d)", p.draft.Answered, p.draft.Total))
	}
	bindings := []key.Binding{start}
	if len(p.items) > 0 {
		bindings = append(bindings, k.Up, k.Done)
	}
	bindings = append(bindings, k.List, k.Back)
	return kit.KeysFooter(p.sh, bindings, width)
}

// KeyGroups lists the keys of the week at a glance for its ? page.
func (p *Glance) KeyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Review
	return []kit.KeyGroup{kit.ScrollGroup(p.sh),
		{Title: "The week", Keys: []key.Binding{k.Start, k.Done, k.List, k.Back, k.Quit}}}
}
