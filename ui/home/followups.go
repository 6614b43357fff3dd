package home

import (
	"fmt"
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// followUpCountsMsg carries how many follow-ups are open, for the home
// screen.
type followUpCountsMsg struct {
	counts journal.AgendaCounts
	err    error
}

// loadFollowUpCounts draws up today's agenda in a command and keeps only its
// counts. On a journal of years the agenda decodes thousands of interviews,
// so the first time it waits (wait) until home's first frame is drawn.
func loadFollowUpCounts(sh *kit.Context, wait time.Duration) tea.Cmd {
	j, today := sh.Journal, journal.Today(sh.Now())
	return func() tea.Msg {
		time.Sleep(wait)
		a, err := j.Agenda(today)
		return followUpCountsMsg{counts: a.Counts(), err: err}
	}
}

// followUpsLine draws the home screen's line of follow-up counts, with
// overdue ones in the warning colour. It is left out until the counts are
// in, and for an empty journal.
func (h *Model) followUpsLine(b *strings.Builder) {
	st := h.sh.Styles
	switch {
	case h.followUps.err != "":
		b.WriteString(st.Error.Render("✗ Follow-ups: "+h.followUps.err) + "\n\n")
		return
	case !h.followUps.loaded || h.total == 0:
		return
	}
	c := h.followUps.counts
	text := kit.FollowUpCountsText(c)
	if c.Overdue > 0 {
		overdue := fmt.Sprintf("%d overdue", c.Overdue)
		text = st.Warning.Render(overdue) + strings.TrimPrefix(text, overdue)
	}
	b.WriteString(st.Heading.Render("Follow-ups: ") + text + st.Faint.Render("  (f to open)") + "\n\n")
}

// homeFollowUps is what home knows of the agenda.
type homeFollowUps struct {
	loaded bool
	counts journal.AgendaCounts
	err    string
}
