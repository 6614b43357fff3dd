// Package drill is a drill session of the practice cards due: the
// question, a timer while the user answers aloud, their better answer, and
// a grade that schedules the card's return (FSRS, see package practice).
package drill

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"

	"github.com/debrief-journal/debrief/ui/kit"
)

// phase is where the session stands on the card showing.
type phase int

const (
	asking   phase = iota // the question, while the user answers aloud
	revealed              // the better answer, waiting for a grade
	editing               // sharpening the better answer
	finished              // the summary
)

// loadedMsg carries the cards due.
type loadedMsg struct {
	cards []journal.Card
	err   error
}

// markMsg is the timer's mark: minutes since the question showed, for the
// card shown as turn.
type markMsg struct{ turn, minutes int }

// changedMsg says a card was graded or set aside.
type changedMsg struct {
	card  *journal.Card
	grade fsrs.Grade // 0 when the card was not graded
	what  string     // "suspended", or "" for a grade
	err   error
}

// Page is the drill session.
type Page struct {
	sh     *kit.Context
	theme  string
	loaded bool
	err    string
	// queue holds the cards of the session in order; at is the one
	// showing. A card graded again is put at the end once more.
	queue  []journal.Card
	at     int
	again  map[string]bool
	phase  phase
	turn   int // counts the questions shown, so an old timer's mark is dropped
	minute int // the last timer mark reached on this card
	busy   bool
	edit   sharpen // the box open on the better answer (see sharpen.go)
	tally  tally
	view   viewport.Model // the card, when it is longer than the window
}

// New builds a drill of the cards due, of one theme when theme is set.
func New(sh *kit.Context, theme string) *Page {
	return &Page{sh: sh, theme: theme, again: map[string]bool{}, view: viewport.New()}
}

// Init reads the cards due.
func (p *Page) Init() tea.Cmd {
	pr, now, theme := p.sh.Practice, p.sh.Now(), p.theme
	return func() tea.Msg {
		if pr == nil {
			return loadedMsg{}
		}
		// Only the cards due are read: the index of due days finds them
		// without decoding every card.
		cards, err := pr.DueCards(journal.Today(now))
		if err == nil {
			cards, err = ofTheme(pr, cards, theme, now)
		}
		return loadedMsg{cards: practice.DueCards(cards, journal.Today(now)), err: err}
	}
}

// Update handles loaded cards, the timer, saved changes and keys.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		p.loaded = true
		p.err = journal.ErrorMessage(msg.err)
		p.queue = msg.cards
		if len(p.queue) == 0 {
			p.phase = finished
			return nil
		}
		return p.ask()
	case markMsg:
		if msg.turn != p.turn || p.phase != asking {
			return nil
		}
		p.minute = msg.minutes
		if msg.minutes < 2 {
			return p.mark(msg.minutes + 1)
		}
	case changedMsg:
		return p.changed(msg)
	case sharpenedMsg:
		return p.sharpened(msg)
	case kit.AutosaveMsg:
		return p.autosaveDue(msg)
	case kit.ClashReadMsg:
		p.edit.warning.Read(msg)
	case tea.KeyPressMsg:
		return p.key(msg)
	case tea.PasteMsg:
		if p.phase == editing {
			return p.editInput(msg)
		}
	}
	return nil
}

// ask shows the card at p.at and starts its timer.
func (p *Page) ask() tea.Cmd {
	p.phase, p.minute = asking, 0
	p.turn++
	p.view.GotoTop()
	return p.mark(1)
}

// mark starts the timer to the mark at minutes.
func (p *Page) mark(minutes int) tea.Cmd {
	turn := p.turn
	return p.sh.Tick(time.Minute, func(time.Time) tea.Msg { return markMsg{turn: turn, minutes: minutes} })
}

// card is the card showing.
func (p *Page) card() journal.Card { return p.queue[p.at] }

func (p *Page) key(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.Drill
	if p.phase == editing {
		return p.editKey(k)
	}
	switch {
	case key.Matches(k, keys.Back):
		return p.sh.Back()
	case key.Matches(k, keys.Quit):
		return kit.Quit()
	}
	if p.busy || !p.loaded || p.phase == finished {
		return nil
	}
	switch {
	case p.phase == asking && key.Matches(k, keys.Reveal):
		p.phase = revealed
	case key.Matches(k, keys.Sharpen):
		p.openSharpen()
		return nil
	case key.Matches(k, keys.Suspend):
		return p.change("suspended", 0, func(c *journal.Card) { c.Suspended = true })
	case p.phase == revealed:
		if g, ok := p.gradeOf(k); ok {
			today := journal.Today(p.sh.Now())
			return p.change("", g, func(c *journal.Card) { practice.Grade(c, g, today) })
		}
		kit.ScrollView(&p.view, p.sh.Keys.Scroll, k)
	default:
		kit.ScrollView(&p.view, p.sh.Keys.Scroll, k)
	}
	return nil
}

// gradeOf reads a grade key.
func (p *Page) gradeOf(k tea.KeyPressMsg) (fsrs.Grade, bool) {
	keys := p.sh.Keys.Drill
	switch {
	case key.Matches(k, keys.Again):
		return fsrs.Again, true
	case key.Matches(k, keys.Hard):
		return fsrs.Hard, true
	case key.Matches(k, keys.Good):
		return fsrs.Good, true
	case key.Matches(k, keys.Easy):
		return fsrs.Easy, true
	}
	return 0, false
}

// change saves a change to the card showing, read and written in one step
// by the journal.
func (p *Page) change(what string, g fsrs.Grade, fn func(*journal.Card)) tea.Cmd {
	pr, c := p.sh.Practice, p.card()
	p.busy = true
	return func() tea.Msg {
		saved, err := pr.ChangeCard(c.InterviewID, c.Number, func(c *journal.Card) error { fn(c); return nil })
		return changedMsg{card: saved, grade: g, what: what, err: err}
	}
}

// changed moves on once a change is saved, or says why it was not.
func (p *Page) changed(msg changedMsg) tea.Cmd {
	p.busy = false
	if msg.err != nil {
		return p.sh.SetStatus("Not saved: "+journal.ErrorMessage(msg.err), true)
	}
	if msg.what == "suspended" {
		p.tally.suspended++
		said := p.sh.SetStatus("Set aside: this card no longer comes up in drills. 'debrief drill resume "+msg.card.Ref()+"' brings it back.", false)
		return tea.Batch(said, p.next())
	}
	p.tally.add(*msg.card, msg.grade)
	if msg.grade == fsrs.Again && !p.again[msg.card.Ref()] {
		p.again[msg.card.Ref()] = true
		p.queue = append(p.queue, *msg.card)
	}
	return p.next()
}

// next shows the next card, or the summary after the last.
func (p *Page) next() tea.Cmd {
	p.at++
	if p.at >= len(p.queue) {
		p.phase = finished
		return nil
	}
	return p.ask()
}

func isBlank(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\n' && r != '\t' && r != '\r' {
			return false
		}
	}
	return true
}

// Loading reports whether the cards is still being read (see kit.Loader).
func (p *Page) Loading() bool { return !p.loaded }
