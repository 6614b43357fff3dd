package stories

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// leftOut is a story the user noted they should have told in an
// interview, with no story started from it yet.
type leftOut struct {
	from  string // the interview's ID, as Story.From holds it
	title string
}

// notedLeftOut lists the stories the interviews note the user should have
// told, each once, as debrief stories from would start them.
func notedLeftOut(ivs []*journal.Interview) []leftOut {
	var out []leftOut
	seen := map[string]bool{}
	for _, iv := range ivs {
		from := strconv.FormatUint(iv.ID, 10)
		for _, told := range iv.ShouldHaveTold {
			l := leftOut{from: from, title: strings.TrimSpace(safetext.Line(told))}
			if l.title == "" || seen[l.key()] {
				continue
			}
			seen[l.key()] = true
			out = append(out, l)
		}
	}
	return out
}

// notInBank returns the noted left-out stories that no story in the bank
// was started from, whatever its title has become.
func notInBank(noted []leftOut, have []journal.Story) []leftOut {
	inBank := map[string]bool{}
	for _, st := range have {
		if note := st.LeftOutNote(); note != "" {
			inBank[leftOut{from: st.From, title: strings.TrimSpace(note)}.key()] = true
		}
	}
	var out []leftOut
	for _, l := range noted {
		if !inBank[l.key()] {
			out = append(out, l)
		}
	}
	return out
}

// key is what tells left-out stories apart: the interview and the title,
// whatever its case.
func (l leftOut) key() string { return l.from + "\x00" + strings.ToLower(l.title) }

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
		var msg startedMsg
		for _, l := range todo {
			st := journal.Story{Title: l.title, From: l.from, Note: l.title}
			err := pr.SaveStory(&st)
			switch {
			case errors.Is(err, journal.ErrStoryStarted):
				msg.had++
			case err != nil:
				msg.err = err
				return msg
			default:
				msg.n++
			}
		}
		return msg
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
	status := p.sh.SetStatus(text, false)
	if msg.err != nil {
		status = p.sh.SetStatus("Not all were started: "+journal.ErrorMessage(msg.err), true)
	}
	return tea.Batch(p.reload(), status)
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
