package flow

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Saving the flow: the draft as the user types, and the finished flow.

// save writes the draft in a command. Only one save is in flight at a time,
// so an older save can never land after a newer one.
func (m *Model) save() tea.Cmd {
	if m.saving {
		m.dirty = true
		return nil
	}
	m.saving, m.dirty = true, false
	m.saveSeq++
	m.draft.Step, m.draft.Sub = m.step, m.sub
	m.draft.Answered, m.draft.Total = m.answered(), len(m.set.Prompts)
	d, seq, j, pausing := m.draft, m.saveSeq, m.sh.Journal, m.pausing
	trace := m.sh.Trace
	return func() tea.Msg {
		start := time.Now()
		// A save on the way out gives the draft back, so that another
		// debrief may open it.
		kept, err := j.KeepDraft(&d, pausing)
		if trace != nil && err == nil {
			trace("save", time.Since(start))
		}
		return draftSavedMsg{id: d.ID, holder: d.Holder, kept: kept, seq: seq, err: err, pause: pausing}
	}
}

func (m *Model) saveDone(msg draftSavedMsg) tea.Cmd {
	m.saving = false
	if msg.err != nil {
		m.dirty = true
		m.saveErr = journal.ErrorMessage(msg.err)
		if m.pausing {
			m.pausing = false
			m.forceQuit = true
			return m.sh.SetStatus("Your draft could not be saved: "+m.saveErr+" Press esc to try again, or ctrl+c to quit without the latest changes.", true)
		}
		if m.finishing {
			m.finishing = false
			return m.sh.SetStatus("Not saved: "+m.saveErr, true)
		}
		return nil
	}
	m.draft.ID, m.draft.Holder = msg.id, msg.holder
	if msg.kept != journal.KeptInPlace {
		m.elsewhere = msg.kept
	}
	m.saveErr = ""
	m.savedAt = m.sh.Now()
	m.finishFailed = m.finishFailed && m.finishing
	switch {
	case m.finishing:
		return m.finishCmd()
	case m.pausing && m.dirty:
		return m.save()
	case m.pausing && msg.pause:
		quit := m.quitAfter
		return func() tea.Msg { return kit.FlowDoneMsg{Paused: true, Quit: quit} }
	case m.pausing:
		return m.save()
	case m.dirty:
		m.apply(false)
		return m.save()
	}
	return nil
}

// pause keeps the draft and leaves the flow once it is on disk.
func (m *Model) pause(quit bool) tea.Cmd {
	m.apply(false)
	m.pausing = true
	m.quitAfter = quit || m.sh.Standalone
	if m.saving {
		m.dirty = true
		return nil
	}
	if m.blankNew() {
		// Nothing to resume: its draft, if one was saved, goes.
		return m.discardBlankCmd()
	}
	return m.save()
}

// finish saves the interview and deletes the draft in one transaction.
func (m *Model) finish() tea.Cmd {
	if err := m.apply(true); err != nil {
		m.inputErr = journal.ErrorMessage(err)
		return nil
	}
	m.dropEmptyCurveballs()
	if !m.blankNew() && !m.futureDateConfirmed("ctrl+s") {
		return nil
	}
	m.finishing = true
	if m.saving {
		return nil
	}
	if m.draft.ID != 0 && !m.blankNew() {
		// Save the draft first: that save finds out whether the draft is
		// still this flow's (see elsewhere.go), and its reply finishes.
		return m.save()
	}
	return m.finishCmd()
}

// finishCmd saves the finished flow the way its kind does.
func (m *Model) finishCmd() tea.Cmd { return m.kind.finish(m) }

// finishInterviewCmd saves a finished reflection after an interview: a new
// interview, or the edit of a saved one; a blank new one is dropped.
func (m *Model) finishInterviewCmd() tea.Cmd {
	if m.blankNew() {
		return m.discardBlankCmd()
	}
	iv, draftID, j := m.draft.Interview, m.draft.ID, m.sh.Journal
	if iv.ID != 0 {
		// An edit of a saved interview: only what the prompts ask about
		// is the edit's; the rest is kept as stored now.
		return finishInto(j, draftID, iv.ID, m.set, m.draft.Base, iv)
	}
	if iv.Date.IsZero() {
		iv.Date = journal.DateOf(m.sh.Now())
	}
	if iv.Outcome.Status == "" {
		iv.Outcome.Status = journal.StatusPending
	}
	return func() tea.Msg {
		err := j.FinishDraft(draftID, &iv)
		return interviewSavedMsg{interview: iv, err: err}
	}
}

func (m *Model) finishDone(msg interviewSavedMsg) tea.Cmd {
	m.finishing = false
	m.finishFailed = msg.err != nil
	if msg.err != nil && m.editing() && journal.ErrorCode(msg.err) == journal.ENotFound {
		return m.orphanEdit()
	}
	if msg.err != nil {
		return m.sh.SetStatus("Not saved: "+journal.ErrorMessage(msg.err)+" Your answers are still here; press ctrl+s to try again.", true)
	}
	iv := msg.interview
	m.saved = &iv
	m.nextSteps = journal.NextSteps(m.saved, journal.Today(m.sh.Now()))
	note := m.elsewhereNote()
	if len(msg.clashes) > 0 {
		note = joinNotes(note, clashNote(msg.clashes))
	}
	if note != "" {
		return m.sh.SetStatus(note, false)
	}
	return nil
}

// orphanEdit turns an edit of an interview deleted meanwhile (in another
// window, or from the list with the edit put aside) into a new reflection
// holding all of it, kept as the draft, so that ctrl+s saves it as a new
// interview instead of failing for ever.
func (m *Model) orphanEdit() tea.Cmd {
	iv := m.draft.Interview
	iv.ID, iv.FollowUps = 0, nil // the new interview's follow-ups are planned afresh
	m.draft.InterviewID, m.draft.Base, m.draft.Interview = 0, nil, iv
	return tea.Batch(m.save(), m.sh.SetStatus("This interview was deleted meanwhile. ctrl+s saves what you wrote as a new interview; esc keeps it as a draft.", true))
}

// joinNotes puts two notes on one status line, leaving out an empty one
// and the second "Saved." of two.
func joinNotes(first, second string) string {
	switch {
	case first == "":
		return second
	case second == "":
		return first
	}
	return first + " " + strings.TrimPrefix(second, "Saved. ")
}

// clashNote says which answers saved meanwhile the reflection's answers
// replaced.
func clashNote(titles []string) string {
	list := kit.QuotedList(titles)
	if len(titles) == 1 {
		return "Saved. Your answer to " + list + " replaced one saved meanwhile."
	}
	return "Saved. Your answers to " + list + " replaced ones saved meanwhile."
}
