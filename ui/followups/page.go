// Package followups is the screen of follow-ups to do: the agenda of
// thank-you notes, check-ins and replies, each with a drafted message to
// copy, edit, mark done, snooze or skip.
package followups

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Page is the follow-ups screen: every open follow-up grouped as
// overdue, today, this week and later, then the stale ones (too late to be
// worth much, let go in one key) and the snoozed ones, each with its
// interview and why it matters. From it a follow-up is marked done,
// snoozed or skipped (saved at once, undone with one key) or opened as a
// drafted message.
type Page struct {
	sh     *kit.Context
	loaded bool
	err    string
	agenda journal.Agenda
	items  []journal.AgendaItem // every item, in the order shown
	cursor int                  // index into items
	top    int                  // first list row drawn
	mode   agendaMode
	// snoozeChoice is the highlighted line of the snooze menu.
	snoozeChoice int
	input        textinput.Model // the snooze date or the reason to skip
	inputErr     string
	busy         bool        // a change is being saved
	dealtWith    bool        // the follow-up under the cursor was just changed
	undo         *agendaUndo // the last change, until another is made
	message      *messageView
	// target is the follow-up whose message opens once loaded (OpenOn).
	target *target
}

// agendaMode is what the screen is asking for.
type agendaMode int

const (
	agendaListing agendaMode = iota
	agendaSnoozing
	agendaSnoozeDate
	agendaSkipping
	agendaReading
)

// agendaLoadedMsg carries the agenda as of today, and what the status line
// says once it shows: a change is announced with the list that shows it,
// never over the list as it was before.
type agendaLoadedMsg struct {
	agenda      journal.Agenda
	err         error
	status      string
	statusIsErr bool
}

// New builds the follow-ups screen.
func New(sh *kit.Context) *Page {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = 500
	st := in.Styles()
	st.Cursor.Blink = false
	in.SetStyles(st)
	return &Page{sh: sh, input: in}
}

// Init loads the agenda.
func (p *Page) Init() tea.Cmd { return p.load() }

func (p *Page) load() tea.Cmd { return p.reload("", false) }

// reload loads the agenda again and then puts status on the status line.
func (p *Page) reload(status string, isErr bool) tea.Cmd {
	j, today := p.sh.Journal, journal.Today(p.sh.Now())
	return func() tea.Msg {
		a, err := j.Agenda(today)
		return agendaLoadedMsg{agenda: a, err: err, status: status, statusIsErr: isErr}
	}
}

// Update handles the loaded agenda, saved changes, the message view and
// keys.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case agendaLoadedMsg:
		p.setAgenda(msg)
		if msg.status != "" {
			return tea.Batch(p.openTarget(), p.sh.SetStatus(msg.status, msg.statusIsErr))
		}
		return p.openTarget()
	case followUpChangedMsg:
		return p.changed(msg)
	case nameSavedMsg:
		// The name is the user's from now on, even should they have left
		// the draft while it was saved.
		if msg.err == nil {
			p.sh.Sender.Name = msg.name
		}
		if p.message != nil {
			return p.message.Update(msg)
		}
		return nil
	case nameAskedMsg:
		return p.sh.SetStatus(journal.ErrorMessage(msg.err), true)
	case messageLoadedMsg:
		return p.toMessage(msg.from, msg)
	case messageSavedMsg:
		return p.toMessage(msg.from, msg)
	case asideDroppedMsg:
		return p.toMessage(msg.from, msg)
	case asideReadMsg:
		return p.toMessage(msg.from, msg)
	case kit.EditorDoneMsg, kit.AutosaveMsg, kit.ClashReadMsg, tea.WindowSizeMsg:
		if p.message != nil {
			return p.message.Update(msg)
		}
		return nil
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	case tea.PasteMsg:
		if p.mode == agendaReading && p.message != nil && p.message.editing {
			return p.message.editInput(msg)
		}
	}
	if p.mode == agendaSnoozeDate || p.mode == agendaSkipping {
		var cmd tea.Cmd
		p.input, cmd = p.input.Update(msg)
		return cmd
	}
	return nil
}

// setAgenda shows a freshly loaded agenda, keeping the cursor on the same
// follow-up when it is still there, or at the same place otherwise. After
// the user dealt with the follow-up under the cursor (done, snoozed,
// skipped), the cursor stays at its place, on the next one, rather than
// following it to another group.
func (p *Page) setAgenda(msg agendaLoadedMsg) {
	p.loaded = true
	p.err = journal.ErrorMessage(msg.err)
	var was string
	if it, ok := p.selected(); ok && !p.dealtWith {
		was = agendaKey(it)
	}
	p.dealtWith = false
	p.agenda = msg.agenda
	p.items = p.items[:0]
	for _, g := range agendaSections(msg.agenda) {
		p.items = append(p.items, g.items...)
	}
	for i, it := range p.items {
		if agendaKey(it) == was {
			p.cursor = i
			return
		}
	}
	p.cursor = min(p.cursor, max(0, len(p.items)-1))
}

// selected returns the follow-up under the cursor.
func (p *Page) selected() (journal.AgendaItem, bool) {
	if p.cursor < 0 || p.cursor >= len(p.items) {
		return journal.AgendaItem{}, false
	}
	return p.items[p.cursor], true
}

func (p *Page) handleKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.FollowUps
	switch p.mode {
	case agendaReading:
		return p.message.handleKey(k, p)
	case agendaSnoozing:
		return p.snoozeKey(k)
	case agendaSnoozeDate, agendaSkipping:
		return p.inputKey(k)
	}
	switch {
	case key.Matches(k, keys.Back):
		return p.sh.Back()
	case key.Matches(k, keys.Quit):
		return tea.Quit
	case kit.MoveCursor(&p.cursor, len(p.items), p.listHeight(), p.sh.Keys.Scroll, k):
		return nil
	case key.Matches(k, keys.Undo) && p.undo != nil && !p.busy:
		return p.undoLast()
	case key.Matches(k, keys.LetGoStale) && !p.busy:
		return p.letGoStale()
	}
	it, ok := p.selected()
	if !ok || p.busy {
		return nil
	}
	switch {
	case key.Matches(k, keys.Open):
		p.mode = agendaReading
		p.message = newMessageView(p.sh, it)
		return p.message.load()
	case key.Matches(k, keys.Done):
		return p.mark(it, journal.FollowUpDone, journal.Date{}, "")
	case key.Matches(k, keys.Snooze):
		p.mode, p.snoozeChoice = agendaSnoozing, 0
	case key.Matches(k, keys.Skip):
		p.startInput(agendaSkipping, "Why skip it? (optional)")
		return textinput.Blink
	}
	return nil
}

// snoozeKey handles the snooze menu: a day, three days, a week, or a date.
func (p *Page) snoozeKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.FollowUps
	it, _ := p.selected()
	choices := snoozeChoices(it.FollowUp, journal.Today(p.sh.Now()))
	pick := -1
	switch s := k.String(); {
	case key.Matches(k, keys.Back):
		p.mode = agendaListing
	case key.Matches(k, keys.Up):
		p.snoozeChoice = (p.snoozeChoice + len(choices) - 1) % len(choices)
	case key.Matches(k, keys.Down):
		p.snoozeChoice = (p.snoozeChoice + 1) % len(choices)
	case key.Matches(k, keys.Confirm):
		pick = p.snoozeChoice
	case len(s) == 1 && s[0] >= '1' && int(s[0]-'0') <= len(choices):
		pick = int(s[0] - '1')
	}
	if pick < 0 {
		return nil
	}
	if choices[pick].until.IsZero() {
		p.startInput(agendaSnoozeDate, "YYYY-MM-DD")
		return nil
	}
	p.mode = agendaListing
	return p.mark(it, journal.FollowUpSnoozed, choices[pick].until, "")
}

// startInput asks for a line of text: the snooze date or the reason.
func (p *Page) startInput(mode agendaMode, placeholder string) {
	p.mode, p.inputErr = mode, ""
	p.input.Reset()
	p.input.Placeholder = placeholder
	p.input.SetWidth(max(20, min(p.sh.Width-8, 80)))
	p.input.Focus()
}

// inputKey handles typing the snooze date or the reason to skip.
func (p *Page) inputKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.FollowUps
	it, _ := p.selected()
	switch {
	case key.Matches(k, keys.Cancel):
		p.mode = agendaListing
		p.input.Blur()
		return nil
	case key.Matches(k, keys.Confirm) && p.mode == agendaSkipping:
		p.mode = agendaListing
		p.input.Blur()
		return p.mark(it, journal.FollowUpSkipped, journal.Date{}, p.input.Value())
	case key.Matches(k, keys.Confirm):
		today := journal.Today(p.sh.Now())
		until, err := journal.ParseDate(p.input.Value())
		switch {
		case err != nil:
			p.inputErr = journal.ErrorMessage(err)
		case !until.After(today):
			p.inputErr = "Choose a day after today."
		default:
			p.mode = agendaListing
			p.input.Blur()
			return p.mark(it, journal.FollowUpSnoozed, until, "")
		}
		return nil
	}
	p.inputErr = ""
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(k)
	return cmd
}

// agendaKey identifies a follow-up across reloads.
func agendaKey(it journal.AgendaItem) string {
	return followUpRefText(it.InterviewID, it.FollowUp.ID)
}

// toMessage hands msg to the message view open, when it is the one that
// asked for it: what a view closed meanwhile asked for is not for another.
func (p *Page) toMessage(from *messageView, msg tea.Msg) tea.Cmd {
	if p.message == nil || p.message != from {
		return nil
	}
	return p.message.Update(msg)
}

// KeepTyped saves the message being edited, before the app ends (see
// kit.Keeper); nil when nothing typed waits to be saved. A snooze date or
// a reason to skip is a few words that mean nothing until enter marks the
// follow-up, so they are let go.
func (p *Page) KeepTyped() tea.Cmd {
	if p.message == nil {
		return nil
	}
	return p.message.keepTyped()
}

// Loading reports whether the agenda is still being read (see kit.Loader).
func (p *Page) Loading() bool { return !p.loaded }
