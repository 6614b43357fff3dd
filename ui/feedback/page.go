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
	saving bool
	saved  bool
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

// feedbackSavedMsg reports that the feedback was written.
type feedbackSavedMsg struct {
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
	p := &Page{sh: sh, id: id, from: from, date: date, text: text}
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
	case feedbackSavedMsg:
		p.saving = false
		if msg.err != nil {
			return p.sh.SetStatus("The feedback was not saved: "+journal.ErrorMessage(msg.err), true)
		}
		p.iv, p.saved = msg.iv, true
		return p.sh.SetStatus("Feedback kept.", false)
	case tea.WindowSizeMsg:
		p.resize()
		return nil
	case kit.DecisionFlowFailedMsg:
		return kit.DecisionFlowFailed(p.sh, msg)
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	}
	return p.updateField(msg)
}

func (p *Page) handleKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.Feedback
	switch {
	case p.saved:
		switch {
		case key.Matches(k, keys.Reflect):
			return kit.StartDecisionFlow(p.sh.Journal, p.id)
		case key.Matches(k, keys.Cancel), k.String() == "enter":
			return p.sh.Back()
		}
		return nil
	case key.Matches(k, keys.Cancel):
		return p.sh.Back()
	case p.iv == nil || p.saving:
		return nil
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
	return p.updateField(k)
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

// save checks the form and adds the feedback in a command, on the
// interview as stored then.
func (p *Page) save() tea.Cmd {
	day, err := journal.ParseDate(p.date.Value())
	fb := journal.Feedback{Date: day, From: p.from.Value(), Text: p.text.Value()}
	if err == nil {
		check := *p.iv
		check.Feedback = nil
		err = check.AddFeedback(fb)
	}
	if err != nil {
		p.inputErr = journal.ErrorMessage(err)
		return nil
	}
	p.saving = true
	j, id := p.sh.Journal, p.id
	return func() tea.Msg {
		iv, err := j.ChangeInterview(id, func(iv *journal.Interview) error { return iv.AddFeedback(fb) })
		return feedbackSavedMsg{iv: iv, err: err}
	}
}

// Loading reports whether the interview is still being read (see kit.Loader).
func (p *Page) Loading() bool { return p.iv == nil && p.err == "" }
