package stories

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"
)

// startedMsg says how many stories were started from the left-out ones,
// and how many of those were in the bank already (started in another
// debrief since the bank was read).
type startedMsg struct {
	n, had int
	err    error
}

// startLeftOut saves an unfinished story for each left-out one; the store
// refuses those the bank holds already.
func (p *Page) startLeftOut() tea.Cmd {
	pr, todo := p.sh.Practice, p.leftOut
	return func() tea.Msg {
		n, had, err := practice.StartLeftOut(pr.SaveStory, todo)
		return startedMsg{n: n, had: had, err: err}
	}
}

// started reloads the bank once stories were started.
func (p *Page) started(msg startedMsg) tea.Cmd {
	text := fmt.Sprintf("Started %d unfinished %s: open one to fill in its parts.", msg.n, storiesWord(msg.n))
	switch {
	case msg.n == 0 && msg.had > 0:
		text = "Those stories were in the bank already: another debrief started them meanwhile."
	case msg.had > 0:
		text = fmt.Sprintf("Started %d unfinished %s (another debrief had started the other %d): open one to fill in its parts.", msg.n, storiesWord(msg.n), msg.had)
	}
	if msg.err != nil {
		return p.reload("Not all were started: "+journal.ErrorMessage(msg.err), true)
	}
	return p.reload(text, false)
}

// leftOutLine offers to start the left-out stories, when there are any.
func (p *Page) leftOutLine(w int) string {
	if len(p.leftOut) == 0 {
		return ""
	}
	st, k := p.sh.Styles, p.sh.Keys.Stories.FromLeftOut
	text := fmt.Sprintf("%d %s you noted you left out of an interview %s not in the bank yet", len(p.leftOut), storiesWord(len(p.leftOut)), isAre(len(p.leftOut)))
	return st.Subtle.Width(w).Render(text+st.Faint.Render(" ("+k.Help().Key+" to start them)")) + "\n"
}

func storiesWord(n int) string {
	if n == 1 {
		return "story"
	}
	return "stories"
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}
