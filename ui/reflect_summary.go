package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// summaryView shows what was saved and what to do next.
func (m *reflectModel) summaryView() string {
	st := m.sh.styles
	iv := m.saved
	width := max(20, min(m.sh.width-2, 100))

	var b strings.Builder
	b.WriteString(st.Success.Render("✓ Saved") + "  " + st.Title.Render(safetext.Line(iv.Title())) + st.Subtle.Render(" · "+iv.Date.String()))
	b.WriteString("\n\n")
	b.WriteString(st.Subtle.Render(fmt.Sprintf("%d of %d prompts answered · %s · %s",
		answeredIn(iv, m.sh), len(m.sh.set.Prompts), plural(len(iv.Curveballs), "curveball"), plural(len(iv.Lessons), "lesson"))))
	b.WriteString("\n")
	if len(iv.Lessons) > 0 {
		b.WriteString("\n" + st.Heading.Render("Next time") + "\n")
		for _, l := range iv.Lessons {
			b.WriteString(bullet(safetext.Line(l), width) + "\n")
		}
	}
	b.WriteString("\n" + st.Heading.Render("Next steps") + "\n")
	for _, s := range nextSteps(iv, journal.DateOf(m.sh.now())) {
		b.WriteString(bullet(s, width) + "\n")
	}
	footer := st.Faint.Render("enter home · q quit")
	if m.sh.standalone {
		footer = st.Faint.Render("enter or q to close")
	}
	return layoutBody(b.String(), footer, m.sh.height)
}

// nextSteps says what to do after saving a reflection.
func nextSteps(iv *journal.Interview, today journal.Date) []string {
	var steps []string
	who := "the people you met"
	if n := len(iv.Interviewers); n == 1 {
		who = safetext.Line(firstName(iv.Interviewers[0].Name))
	} else if n > 1 {
		who = "each interviewer"
	}
	if today.DaysUntil(iv.Date) >= -1 {
		steps = append(steps, "Send a short thank-you note to "+who+" today, while you are fresh in their mind.")
	} else {
		steps = append(steps, "A thank-you note to "+who+" is late but still welcome: send it today.")
	}
	if !iv.DecisionExpected.IsZero() {
		steps = append(steps, "They expect to decide by "+iv.DecisionExpected.String()+"; if you hear nothing, check in on "+iv.DecisionExpected.AddDays(1).String()+".")
	} else {
		steps = append(steps, "No decision date was given: a polite check-in around "+iv.Date.AddDays(14).String()+" is fair.")
	}
	steps = append(steps, "You wrote down what to carry forward. Now let this one go.")
	return steps
}

func firstName(name string) string {
	if f := strings.Fields(name); len(f) > 0 {
		return f[0]
	}
	return "your interviewer"
}

func answeredIn(iv *journal.Interview, sh *shared) int {
	n := 0
	for _, p := range sh.set.Prompts {
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

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// bullet draws text as an indented bullet, wrapped to width with a hanging
// indent.
func bullet(text string, width int) string {
	wrapped := lipgloss.NewStyle().Width(max(10, width-4)).Render(text)
	lines := strings.Split(wrapped, "\n")
	for i, l := range lines {
		if i == 0 {
			lines[i] = "  • " + l
		} else {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "\n")
}
