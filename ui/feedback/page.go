// Package feedback is the form for the feedback received about one
// interview: who it came from, when, and what they said.
package feedback

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Page records feedback received about an interview: who gave it,
// when, and what they said. Open it with navigate(screenFeedback, id).
// Once saved it offers to reflect on the decision, or goes back.
type Page struct {
	sh       *kit.Context
	id       uint64
	iv       *journal.Interview
	err      string
	from     textinput.Model
	date     textinput.Model
	text     textarea.Model
	focus    int // index into the fields: from, date, text
	inputErr string
	// notice says what of the last typing or paste was left out.
	notice string
	// firstDay is the day the form opened with: a change of it is one of
	// the user's.
	firstDay string
	// saved is set once ctrl+s saved the feedback: the form then offers
	// what comes next.
	saved bool
	// What is typed is kept on the interview as it is typed (see
	// keep.go): kept is the entry as stored now, nil when the interview
	// holds none of the form's; auto paces the writes; saving is set while
	// one is on its way and next is the write waiting for it; keep asks
	// for kit.KeptMsg once all is kept; failed is set once a failed write
	// said so; finishing is the entry ctrl+s saves.
	kept      *journal.Feedback
	auto      kit.Autosave
	saving    bool
	next      writeOp
	keep      bool
	failed    bool
	finishing *journal.Feedback
	// leaving is set by esc on a form holding the user's words: a second
	// esc drops them. closing is set while ctrl+s or a drop is on its way;
	// left once the form was dropped.
	leaving bool
	closing bool
	left    bool
}

// The fields of the form, in the order tab visits them.
const (
	feedbackFrom = iota
	feedbackDate
	feedbackText
	feedbackFields
)

// feedbackLoadedMsg carries the interview the feedback is about.
type feedbackLoadedMsg struct {
	iv  *journal.Interview
	err error
}

// New builds the form for feedback received about interview id.
func New(sh *kit.Context, id uint64) *Page {
	from := textinput.New()
	from.Prompt = ""
	from.Placeholder = "Sam Ortiz, recruiter"
	from.CharLimit = 0 // limited in bytes by updateField, with a message
	date := textinput.New()
	date.Prompt = ""
	date.Placeholder = "YYYY-MM-DD"
	date.CharLimit = 10
	date.SetValue(journal.Today(sh.Now()).String())
	text := textarea.New()
	text.ShowLineNumbers = false
	text.Prompt = "│ "
	text.MaxHeight = 0 // no silent cap on lines
	text.CharLimit = 0
	text.Placeholder = "What they said, as close to their words as you remember."
	for _, in := range []*textinput.Model{&from, &date} {
		st := in.Styles()
		st.Cursor.Blink = false
		in.SetStyles(st)
	}
	ts := text.Styles()
	ts.Cursor.Blink = false
	text.SetStyles(ts)
	p := &Page{sh: sh, id: id, from: from, date: date, text: text, firstDay: date.Value()}
	p.resize()
	p.setFocus(feedbackFrom)
	return p
}

// Init loads the interview.
func (p *Page) Init() tea.Cmd {
	j, id := p.sh.Journal, p.id
	return func() tea.Msg {
		iv, err := j.Interview(id)
		return feedbackLoadedMsg{iv: iv, err: err}
	}
}

// Update handles the loaded interview, the save, the keys and typing.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case feedbackLoadedMsg:
		p.iv, p.err = msg.iv, journal.ErrorMessage(msg.err)
		return nil
	case writtenMsg:
		return p.written(msg)
	case kit.AutosaveMsg:
		return p.autosaveDue(msg)
	case tea.WindowSizeMsg:
		p.resize()
		return nil
	case kit.DecisionFlowFailedMsg:
		return kit.DecisionFlowFailed(p.sh, msg)
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	case tea.PasteMsg:
		if p.iv == nil || p.saved || p.closing || p.left {
			return nil
		}
		p.leaving = false
		return p.typed(msg)
	}
	return p.updateField(msg)
}

func (p *Page) handleKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.Feedback
	leaving := p.leaving
	p.leaving = false
	switch {
	case p.saved:
		switch {
		case key.Matches(k, keys.Reflect):
			return kit.StartDecisionFlow(p.sh.Journal, p.id)
		case key.Matches(k, keys.Cancel), k.String() == "enter":
			return p.sh.Back()
		case key.Matches(k, keys.Quit):
			return kit.Quit()
		}
		return nil
	case p.closing || p.left:
		// The form goes on once its save or drop lands.
		return nil
	case p.iv == nil:
		switch {
		case key.Matches(k, keys.Cancel):
			return p.sh.Back()
		case key.Matches(k, keys.Quit):
			return kit.Quit()
		}
		return nil
	case key.Matches(k, keys.Cancel):
		if !leaving && p.changed() {
			p.leaving = true
			return nil
		}
		return p.drop()
	case key.Matches(k, keys.Save):
		return p.save()
	case key.Matches(k, keys.Next):
		p.setFocus((p.focus + 1) % feedbackFields)
		return nil
	case key.Matches(k, keys.Prev):
		p.setFocus((p.focus + feedbackFields - 1) % feedbackFields)
		return nil
	case k.String() == "enter" && p.focus != feedbackText:
		p.setFocus(p.focus + 1)
		return nil
	}
	p.inputErr = ""
	return p.typed(k)
}

// updateField passes a message to the field that has the focus, within
// the limit journal validation puts on its answer.
func (p *Page) updateField(msg tea.Msg) tea.Cmd {
	msg = kit.CleanInput(msg)
	var cmd tea.Cmd
	var ok bool
	switch p.focus {
	case feedbackFrom:
		if msg, ok, p.notice = kit.LimitMsg(kit.TextLimit{Name: "Who it is from", Bytes: journal.MaxShortBytes}, msg, len(p.from.Value()), false); ok {
			p.from, cmd = p.from.Update(msg)
		}
	case feedbackDate:
		p.date, cmd = p.date.Update(msg)
	default:
		if msg, ok, p.notice = kit.LimitMsg(kit.TextLimit{Name: "What they said", Bytes: journal.MaxTextBytes}, msg, len(p.text.Value()), true); ok {
			p.text, cmd = p.text.Update(msg)
		}
	}
	return cmd
}

func (p *Page) setFocus(f int) {
	p.focus = f
	p.from.Blur()
	p.date.Blur()
	p.text.Blur()
	switch f {
	case feedbackFrom:
		p.from.Focus()
	case feedbackDate:
		p.date.Focus()
	default:
		p.text.Focus()
	}
}

func (p *Page) resize() {
	width := max(20, min(p.sh.Width-4, 100))
	p.from.SetWidth(width - 12)
	p.date.SetWidth(12)
	p.text.SetWidth(width)
	p.text.SetHeight(max(3, p.sh.Height-12))
}

// save checks the form and saves the feedback in a command, in place of
// the entry kept as it was typed, on the interview as stored then.
func (p *Page) save() tea.Cmd {
	day, err := journal.ParseDate(p.date.Value())
	fb := journal.Feedback{Date: day, From: p.from.Value(), Text: p.text.Value()}
	if err == nil {
		check := journal.Interview{Date: p.iv.Date}
		err = check.AddFeedback(fb)
	}
	if err != nil {
		p.inputErr = journal.ErrorMessage(err)
		return nil
	}
	p.finishing, p.closing = &fb, true
	p.auto.Stop()
	return p.write(opFinish)
}

// Loading reports whether the interview is still being read (see kit.Loader).
func (p *Page) Loading() bool { return p.iv == nil && p.err == "" }
