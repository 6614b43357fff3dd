package flow

import (
	"fmt"
	"strings"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// summaryView shows what was saved and what to do next.
func (m *Model) summaryView() string { return m.kind.summary(m) }

// interviewSummaryView shows the interview saved and what to do next.
func (m *Model) interviewSummaryView() string {
	st := m.sh.Styles
	iv := m.saved
	width := max(20, min(m.sh.Width-2, 100))

	var b strings.Builder
	b.WriteString(st.Success.Render("✓ Saved") + "  " + st.Title.Render(safetext.Line(iv.Title())) + st.Subtle.Render(" · "+iv.Date.String()))
	b.WriteString("\n\n")
	b.WriteString(st.Subtle.Render(fmt.Sprintf("%d of %d prompts answered · %s · %s",
		answeredIn(iv, m.set), len(m.set.Prompts), kit.Plural(len(iv.Curveballs), "curveball"), kit.Plural(len(iv.Lessons), "lesson"))))
	b.WriteString("\n")
	if len(iv.Lessons) > 0 {
		b.WriteString("\n" + st.Heading.Render("Next time") + "\n")
		for _, l := range iv.Lessons {
			b.WriteString(kit.Bullet(safetext.Line(l), width) + "\n")
		}
	}
	steps := m.steps()
	b.WriteString(m.stepsView(steps, journal.ReflectionClosing(iv), width))
	return kit.LayoutBody(b.String(), m.summaryFooter(steps), m.sh.Height)
}

// dueWords says when something is due, relative to today.
func dueWords(due, today journal.Date) string {
	switch d := today.DaysUntil(due); {
	case d < 0:
		return "today (it was due " + due.String() + ")"
	case d == 0:
		return "today"
	case d == 1:
		return "tomorrow"
	case d < 7:
		return "by " + due.Weekday().String()
	}
	return "on " + due.String()
}

// answeredIn counts the prompts of set that iv answers.
func answeredIn(iv *journal.Interview, set prompts.Set) int {
	n := 0
	for _, p := range set.Prompts {
		f := p.Field
		if f == "" {
			f = p.ID
		}
		if !iv.Get(f).IsEmpty() {
			n++
		}
	}
	return n
}
