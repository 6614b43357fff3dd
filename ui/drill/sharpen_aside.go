package drill

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// While the card's answer clashes with a change made in another debrief,
// the words typed are neither written over that change nor left only in
// the box: about a second after each change, and before the app ends
// (ctrl+c, a signal), they are kept in a story of the bank, linked to the
// card, so a crash, a kill or a closed terminal loses at most the last
// second of typing. Once enter saves them in the card, or esc twice drops
// them, that story goes again; after an end it stays, for the user to
// find among their own material. A card has no second place for an
// answer, and the bank is inside the journal (sealed with it when it is
// encrypted), unlike the plain files of the kept folder, which keep the
// words only when the bank cannot as the app ends (kit.KeepTextAside).

// asideTitleRunes is how much of the question names the story.
const asideTitleRunes = 80

// asideDue keeps the words typed aside when they are not kept yet.
func (p *Page) asideDue() tea.Cmd {
	if t := p.typed(); isBlank(t) || t == p.edit.aside {
		return nil
	}
	return p.keepAsideCmd(false)
}

// keepAsideCmd saves the words typed in the story that keeps them aside,
// made by the first such save; ending says the app waits for it to end
// (it answers kit.KeptMsg, see keptAside).
func (p *Page) keepAsideCmd(ending bool) tea.Cmd {
	e := &p.edit
	why := asideAuto
	if ending {
		why = keepAside
		e.auto.Stop()
	}
	e.saving, e.dirty = true, false
	pr, c, text := p.sh.Practice, p.card(), p.typed()
	fresh := journal.Story{Title: asideTitle(c), Cards: []string{c.Ref()}}
	st := fresh
	if e.asideStory != nil {
		st = *e.asideStory
	}
	return func() tea.Msg {
		msg := sharpenedMsg{why: why, text: text}
		st.Action = text
		err := pr.SaveStory(&st)
		if err != nil && st.ID != 0 {
			// Changed or deleted in the bank meanwhile: a story of its own
			// keeps the words.
			st = fresh
			st.Action = text
			err = pr.SaveStory(&st)
		}
		if err == nil {
			msg.story = &st
			return msg
		}
		msg.err = err
		if ending {
			// The bank could not take them: a private file keeps them.
			name := "answer-" + strconv.FormatUint(c.InterviewID, 10) + "-" + strconv.Itoa(c.Number)
			if path, ferr := kit.KeepTextAside("", name, text); ferr == nil {
				msg.path, msg.err = path, nil
			}
		}
		return msg
	}
}

// asideTitle names the story that keeps an answer for card c.
func asideTitle(c journal.Card) string {
	q := []rune(safetext.Line(c.Question))
	if len(q) > asideTitleRunes {
		q = append(q[:asideTitleRunes-1], '…')
	}
	return "Sharpened answer to " + kit.Quote(string(q)) + " (card " + c.Ref() + ")"
}

// keptAside takes in how keeping the words aside went: it answers the
// app's end, or goes on to what waited for it.
func (p *Page) keptAside(msg sharpenedMsg, keep bool, then write) tea.Cmd {
	e := &p.edit
	if msg.err == nil {
		e.aside, e.failSaid = msg.text, false
		if msg.story != nil {
			e.asideStory = msg.story
		}
	}
	if msg.why == keepAside {
		return p.keptAtEnd(msg)
	}
	var status tea.Cmd
	if msg.err != nil && !e.failSaid {
		e.failSaid = true
		status = p.sh.SetStatus("Your words could not be kept aside yet: "+journal.ErrorMessage(msg.err)+" They are still here, and keeping them is tried again at the next change.", true)
	}
	return tea.Batch(status, p.afterWrite(keep, then))
}

// keptAtEnd says where the words went as the app ends, and answers it.
func (p *Page) keptAtEnd(msg sharpenedMsg) tea.Cmd {
	var status tea.Cmd
	err := msg.err
	switch {
	case err == nil && msg.path != "":
		status = p.sh.SetStatus("Your sharpened answer is kept in "+safetext.Line(msg.path)+"; the card keeps the change made in another debrief.", false)
	case err == nil:
		status = p.sh.SetStatus("Your sharpened answer is kept as a story in the bank; the card keeps the change made in another debrief.", false)
	default:
		err = &journal.Error{Code: journal.EInternal, Err: err,
			Message: errAnswerChanged.Message + " Keeping yours in the story bank failed too (" + journal.ErrorMessage(err) + "); it is still in the box."}
	}
	return tea.Batch(status, func() tea.Msg { return kit.KeptMsg{Err: err} })
}

// forgetAside takes out the story that kept the words aside, once they
// are saved in the card or dropped on purpose.
func (p *Page) forgetAside() tea.Cmd {
	st := p.edit.asideStory
	p.edit.aside, p.edit.asideStory = "", nil
	if st == nil {
		return nil
	}
	pr, id := p.sh.Practice, st.ID
	return func() tea.Msg {
		// Should it fail, the story stays: nothing is lost by it.
		_, _ = pr.DeleteStory(id)
		return nil
	}
}
