// Package outcome is the outcome picker of one interview: its status, the
// date of the decision, whether the user is still interested, and what to
// do next once it is decided.
package outcome

import (
	"slices"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Page is the outcome picker: where the process of one interview
// stands (one of journal.Statuses), since when (today unless changed), and
// whether the user would still like to work there. Open it with
// navigate(screenOutcome, interviewID); it saves in a command and goes back
// to the screen it was opened from. Once a decision is saved it offers to
// record the company's feedback and to reflect on the decision.
type Page struct {
	sh         *kit.Context
	id         uint64
	iv         *journal.Interview
	err        string
	status     int // index into journal.Statuses
	date       textinput.Model
	dateEdited bool // the user typed a date: changing the status keeps it
	interested bool
	focus      outcomeFocus
	inputErr   string
	saving     bool
	decided    bool // a decision was saved: offer what comes next
	// keep is set when the app waits for the save on its way before it
	// ends (see keep.go).
	keep bool
}

// outcomeFocus is the part of the picker that takes keys.
type outcomeFocus int

const (
	outcomeFocusStatus outcomeFocus = iota
	outcomeFocusDate
	outcomeFocusInterest
	outcomeFocusCount
)

// outcomeLoadedMsg carries the interview the picker is for.
type outcomeLoadedMsg struct {
	iv  *journal.Interview
	err error
}

// outcomeSavedMsg reports that the outcome was written.
type outcomeSavedMsg struct {
	iv  *journal.Interview
	err error
}

// New builds the outcome picker of interview id.
func New(sh *kit.Context, id uint64) *Page {
	in := textinput.New()
	in.Prompt = ""
	in.Placeholder = "YYYY-MM-DD"
	in.CharLimit = 10
	in.SetWidth(12)
	// A steady cursor, like every other input of the app: a blinking one
	// keeps a timer running for nothing.
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return &Page{sh: sh, id: id, date: in}
}

// Init loads the interview.
func (p *Page) Init() tea.Cmd {
	j, id := p.sh.Journal, p.id
	return func() tea.Msg {
		iv, err := j.Interview(id)
		return outcomeLoadedMsg{iv: iv, err: err}
	}
}

// Update handles the loaded interview, the save and the keys.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case outcomeLoadedMsg:
		if msg.err != nil {
			p.err = journal.ErrorMessage(msg.err)
			return nil
		}
		p.load(msg.iv)
	case outcomeSavedMsg:
		return p.saved(msg)
	case kit.DecisionFlowFailedMsg:
		return kit.DecisionFlowFailed(p.sh, msg)
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	}
	return nil
}

// load fills the picker from the interview: its status, the day of the
// status when it has one (today otherwise), and its interest.
func (p *Page) load(iv *journal.Interview) {
	p.iv = iv
	p.status = max(0, slices.Index(journal.Statuses, iv.Outcome.Status))
	p.interested = iv.StillInterested
	day := iv.Outcome.Date
	if day.IsZero() {
		day = journal.Today(p.sh.Now())
	}
	p.date.SetValue(day.String())
}

func (p *Page) handleKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.Outcome
	if p.iv == nil || p.saving {
		switch {
		case key.Matches(k, keys.Cancel):
			return p.sh.Back()
		case key.Matches(k, keys.Quit) && !p.saving:
			return kit.Quit()
		}
		return nil
	}
	if p.decided {
		return p.nextKey(k)
	}
	switch {
	case key.Matches(k, keys.Cancel):
		return p.sh.Back()
	case key.Matches(k, keys.Save):
		return p.save()
	case key.Matches(k, keys.Quit) && p.focus != outcomeFocusDate:
		// In the date, q is typed (and refused there as no date).
		return kit.Quit()
	case key.Matches(k, keys.Next):
		p.setFocus((p.focus + 1) % outcomeFocusCount)
		return nil
	case key.Matches(k, keys.Prev):
		p.setFocus((p.focus + outcomeFocusCount - 1) % outcomeFocusCount)
		return nil
	}
	switch p.focus {
	case outcomeFocusStatus:
		p.statusKey(k)
	case outcomeFocusDate:
		before := p.date.Value()
		var cmd tea.Cmd
		p.date, cmd = p.date.Update(k)
		if p.date.Value() != before {
			p.dateEdited, p.inputErr = true, ""
		}
		return cmd
	case outcomeFocusInterest:
		if key.Matches(k, keys.Toggle) {
			p.interested = !p.interested
		}
	}
	return nil
}

// statusKey moves through the statuses with the arrows or picks one by
// its number.
func (p *Page) statusKey(k tea.KeyPressMsg) {
	keys := p.sh.Keys.Outcome
	n := len(journal.Statuses)
	switch s := k.String(); {
	case key.Matches(k, keys.Up):
		p.pick((p.status + n - 1) % n)
	case key.Matches(k, keys.Down):
		p.pick((p.status + 1) % n)
	case key.Matches(k, keys.Toggle):
		p.interested = !p.interested
	case len(s) == 1 && s[0] >= '1' && int(s[0]-'0') <= n:
		p.pick(int(s[0] - '1'))
	}
}

// pick chooses a status. A new status comes today unless the user typed
// another day.
func (p *Page) pick(i int) {
	p.status = i
	if !p.dateEdited {
		p.date.SetValue(journal.Today(p.sh.Now()).String())
	}
}

func (p *Page) setFocus(f outcomeFocus) {
	p.focus = f
	if f == outcomeFocusDate {
		p.date.Focus()
		p.date.CursorEnd()
	} else {
		p.date.Blur()
	}
}

// save checks the day and writes the outcome in a command. The interview is
// read again there, so that nothing saved meanwhile is lost.
func (p *Page) save() tea.Cmd {
	status := journal.Statuses[p.status]
	day, err := journal.ParseDate(p.date.Value())
	if err == nil && day.IsZero() && status != journal.StatusPending {
		err = journal.Errorf(journal.EInvalid, "Give the day the outcome came, like %s.", journal.Today(p.sh.Now()))
	}
	if err == nil && status != journal.StatusPending && !p.iv.Date.IsZero() && day.Before(p.iv.Date) {
		err = journal.Errorf(journal.EInvalid, "The outcome cannot come before the interview (%s).", p.iv.Date)
	}
	if err != nil {
		p.inputErr = journal.ErrorMessage(err)
		p.setFocus(outcomeFocusDate)
		return nil
	}
	if status == journal.StatusPending {
		day = journal.Date{}
	}
	p.saving = true
	j, id, interested := p.sh.Journal, p.id, p.interested
	outcome := journal.Outcome{Status: status, Date: day}
	return func() tea.Msg {
		iv, err := j.ChangeInterview(id, func(iv *journal.Interview) error {
			iv.Outcome, iv.StillInterested = outcome, interested
			return nil
		})
		if err != nil {
			return outcomeSavedMsg{err: err}
		}
		return outcomeSavedMsg{iv: iv}
	}
}

// saved goes back after an undecided outcome, or offers the next steps after
// a decision.
func (p *Page) saved(msg outcomeSavedMsg) tea.Cmd {
	p.saving = false
	kept := p.keptAfterSave(msg.err)
	if msg.err != nil {
		return tea.Batch(kept, p.sh.SetStatus("The outcome was not saved: "+journal.ErrorMessage(msg.err), true))
	}
	if kept != nil {
		return kept // the app ends: nothing comes next
	}
	p.iv = msg.iv
	status := p.sh.SetStatus("Outcome saved: "+msg.iv.Outcome.Status.Label()+". The follow-ups now match it.", false)
	if !msg.iv.Outcome.Status.Decided() {
		return tea.Batch(status, p.sh.Back())
	}
	p.decided = true
	return status
}

// nextKey handles the offer made after a decision was saved.
func (p *Page) nextKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.Outcome
	switch {
	case key.Matches(k, keys.Feedback):
		return p.sh.Navigate(kit.ScreenFeedback, p.id)
	case key.Matches(k, keys.Reflect):
		return kit.StartDecisionFlow(p.sh.Journal, p.id)
	case key.Matches(k, keys.Cancel), k.String() == "enter":
		return p.sh.Back()
	case key.Matches(k, keys.Quit):
		return kit.Quit()
	}
	return nil
}

// Loading reports whether the interview is still being read (see kit.Loader).
func (p *Page) Loading() bool { return p.iv == nil && p.err == "" }
