package ui

import (
	"fmt"
	"strings"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// decisionSummaryView shows what was kept of the reflection on the decision
// and the follow-ups the decision calls for.
func (m *reflectModel) decisionSummaryView() string {
	st := m.sh.Styles
	iv := m.saved
	width := max(20, min(m.sh.Width-2, 100))
	today := journal.Today(m.sh.Now())

	var b strings.Builder
	b.WriteString(st.Success.Render("✓ Saved") + "  " + st.Title.Render(safetext.Line(iv.Title())) + st.Subtle.Render(" · after the decision"))
	b.WriteString("\n\n")
	b.WriteString(st.Subtle.Render(fmt.Sprintf("%d of %d prompts answered · outcome: %s · %s",
		answeredIn(iv, m.set), len(m.set.Prompts), iv.Outcome.Status.Label(), kit.Plural(len(iv.FeedbackLessons), "lesson"))))
	b.WriteString("\n")
	if len(iv.FeedbackLessons) > 0 {
		b.WriteString("\n" + st.Heading.Render("What you will do differently") + "\n")
		for _, l := range iv.FeedbackLessons {
			b.WriteString(kit.Bullet(safetext.Line(l), width) + "\n")
		}
	}
	b.WriteString("\n" + st.Heading.Render("Next steps") + "\n")
	for _, s := range decisionSteps(iv, today) {
		b.WriteString(kit.Bullet(s, width) + "\n")
	}
	footer := st.Faint.Render("enter home · q quit")
	if m.sh.Standalone {
		footer = st.Faint.Render("enter or q to close")
	}
	return kit.LayoutBody(b.String(), footer, m.sh.Height)
}

// decisionSteps lists the follow-ups open after the decision, with when
// each is due, and ends by moving on.
func decisionSteps(iv *journal.Interview, today journal.Date) []string {
	var steps []string
	for _, f := range journal.PlanFollowUps(iv, today) {
		if f.Status == journal.FollowUpOpen {
			steps = append(steps, f.Kind.Label()+" "+dueWords(f.Due, today)+". "+f.Kind.Why())
		}
	}
	if iv.Outcome.Status.Advanced() {
		return append(steps, "Carry what you learned into the next conversation; it is already working.")
	}
	return append(steps, "One answer from one company says little about you. Keep the lessons and let the rest go.")
}
