package drill

import (
	"strconv"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// When the app ends (ctrl+c, a signal) while the card's answer clashes
// with a change made in another debrief, the words typed are neither
// written over that change nor lost: they are kept as a story of the
// bank, linked to the card, where the user finds them among their own
// material and can copy them into the card. A card has no second place
// for an answer, and the bank is inside the journal (sealed with it when
// it is encrypted), unlike the plain files of the kept folder, which keep
// them only when the bank cannot (kit.KeepTextAside).

// asideTitleRunes is how much of the question names the story.
const asideTitleRunes = 80

// keepAsideCmd saves the words typed as a story in the bank, and answers
// kit.KeptMsg once it is saved (see keptAside).
func (p *Page) keepAsideCmd() tea.Cmd {
	e := &p.edit
	e.auto.Stop()
	e.saving, e.dirty = true, false
	pr, c, text := p.sh.Practice, p.card(), p.typed()
	return func() tea.Msg {
		msg := sharpenedMsg{why: keepAside, text: text}
		st := &journal.Story{Title: asideTitle(c), Action: text, Cards: []string{c.Ref()}}
		if msg.err = pr.SaveStory(st); msg.err == nil {
			return msg
		}
		// The bank could not take them: a private file keeps them.
		path, err := kit.KeepTextAside("answer-"+strconv.FormatUint(c.InterviewID, 10)+"-"+strconv.Itoa(c.Number), text)
		if err == nil {
			msg.path, msg.err = path, nil
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

// keptAside says where the words went, and answers the app's end.
func (p *Page) keptAside(msg sharpenedMsg) tea.Cmd {
	var status tea.Cmd
	err := msg.err
	switch {
	case err == nil && msg.path != "":
		p.edit.aside = msg.text
		status = p.sh.SetStatus("Your sharpened answer is kept in "+safetext.Line(msg.path)+"; the card keeps the change made in another debrief.", false)
	case err == nil:
		p.edit.aside = msg.text
		status = p.sh.SetStatus("Your sharpened answer is kept as a story in the bank; the card keeps the change made in another debrief.", false)
	default:
		err = &journal.Error{Code: journal.EInternal, Err: err,
			Message: errAnswerChanged.Message + " Keeping yours in the story bank failed too (" + journal.ErrorMessage(err) + "); it is still in the box."}
	}
	return tea.Batch(status, func() tea.Msg { return kit.KeptMsg{Err: err} })
}
