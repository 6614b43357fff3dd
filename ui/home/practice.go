package home

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// dueCardsMsg carries how many practice cards are due today.
type dueCardsMsg struct {
	n   int
	err error
}

// loadDueCards counts the practice cards due, after wait (see
// loadFollowUpCounts).
func loadDueCards(sh *kit.Context, wait time.Duration) tea.Cmd {
	p, today := sh.Practice, journal.Today(sh.Now())
	if p == nil {
		return nil
	}
	return func() tea.Msg {
		time.Sleep(wait)
		n, err := p.CountDueCards(today)
		return dueCardsMsg{n: n, err: err}
	}
}

// practiceLines draws the line of cards due, when any are, and the way to
// the brief before an interview, once the journal holds one.
func (h *Model) practiceLines(b *strings.Builder) {
	st, k := h.sh.Styles, h.sh.Keys.Home
	if h.dueCards > 0 {
		cards := "1 card is"
		if h.dueCards > 1 {
			cards = kit.Thousands(h.dueCards) + " cards are"
		}
		b.WriteString(st.Heading.Render("Practice: ") + cards + " due" + st.Faint.Render("  ("+k.Drill.Help().Key+" to drill)") + "\n")
	}
	if h.total > 0 {
		b.WriteString(st.Subtle.Render("Interview coming up?") + st.Faint.Render("  ("+k.Prep.Help().Key+" for a brief · "+k.Stories.Help().Key+" for your stories)") + "\n\n")
	} else if h.dueCards > 0 {
		b.WriteString("\n")
	}
}
