package flow

import (
	"fmt"
	"strings"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// decisionSummaryView shows what was kept of the reflection on the decision
// and the follow-ups the decision calls for.
func (m *Model) decisionSummaryView() string {
	st := m.sh.Styles
	iv := m.saved
	width := max(20, min(m.sh.Width-2, 100))

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
	steps := m.steps()
	b.WriteString(m.stepsView(steps, journal.DecisionClosing(iv), width))
	return kit.LayoutBody(b.String(), m.summaryFooter(steps), m.sh.Height)
}
