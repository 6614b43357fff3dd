package ui

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// changeKind says what happened to an interview.
type changeKind int

const (
	changeUpdated  changeKind = iota // an answer or tag was saved
	changeDeleted                    // the interview was deleted (and can be undone)
	changeRestored                   // a deletion was undone
)

// interviewChangedMsg reports a finished change to one interview. The root
// brings the shared state (the list, the undo stack, the status line) up to
// date, then passes the message to the open screen.
type interviewChangedMsg struct {
	kind changeKind
	iv   journal.Interview // the interview as saved, deleted or restored
	what string            // what was changed, for the status line: "the tags"
	err  error
}

// editInterviewMsg asks the root to open the guided flow on a saved
// interview (or on the unfinished edit of it), at the given step.
type editInterviewMsg struct {
	draft journal.Draft
	err   error
}

// updateInterview loads an interview, changes it and saves it back in one
// command: the change applies to the interview as stored, never to an older
// copy on screen.
func updateInterview(j kit.Journal, id uint64, what string, change func(*journal.Interview) error) tea.Cmd {
	return func() tea.Msg {
		iv, err := j.ChangeInterview(id, change)
		msg := interviewChangedMsg{kind: changeUpdated, what: what, err: err}
		if iv != nil {
			msg.iv = *iv
		}
		return msg
	}
}

// addTags adds tags an interview does not have yet (ignoring case).
func addTags(j kit.Journal, id uint64, tags []string) tea.Cmd {
	if id == 0 || len(tags) == 0 {
		return nil
	}
	return updateInterview(j, id, "the tags", func(iv *journal.Interview) error {
		iv.Tags = mergeTags(iv.Tags, tags)
		return nil
	})
}

// mergeTags appends the new tags that old does not hold, ignoring case.
func mergeTags(old, add []string) []string {
	out := slices.Clone(old)
	for _, t := range add {
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, t) }) {
			out = append(out, t)
		}
	}
	return out
}

// deleteInterview deletes an interview in a command; the reply carries it so
// the deletion can be undone.
func deleteInterview(j kit.Journal, id uint64) tea.Cmd {
	if id == 0 {
		return nil
	}
	return func() tea.Msg {
		iv, err := j.DeleteInterview(id)
		if err != nil {
			return interviewChangedMsg{kind: changeDeleted, err: err}
		}
		return interviewChangedMsg{kind: changeDeleted, iv: *iv}
	}
}

// undoDelete restores the interview deleted last in this run.
func (m *Model) undoDelete() tea.Cmd {
	if len(m.deleted) == 0 {
		return m.sh.SetStatus("Nothing to undo.", false)
	}
	iv := m.deleted[len(m.deleted)-1]
	m.deleted = m.deleted[:len(m.deleted)-1]
	j := m.sh.Journal
	return func() tea.Msg {
		err := j.RestoreInterview(&iv)
		return interviewChangedMsg{kind: changeRestored, iv: iv, err: err}
	}
}

// editInterview opens the guided flow on a saved interview at a step,
// resuming an unfinished edit of it if there is one, so an interview never
// has two edits in progress.
func editInterview(j kit.Journal, id uint64, step int) tea.Cmd {
	return func() tea.Msg {
		drafts, err := j.Drafts()
		if err != nil {
			return editInterviewMsg{err: err}
		}
		for _, d := range drafts {
			if d.Kind == journal.DraftInterview && d.InterviewID == id {
				d.Step, d.Sub = step, 0
				return editInterviewMsg{draft: d}
			}
		}
		iv, err := j.Interview(id)
		if err != nil {
			return editInterviewMsg{err: err}
		}
		return editInterviewMsg{draft: journal.Draft{Kind: journal.DraftInterview, InterviewID: id, Interview: *iv, Step: step}}
	}
}

// interviewChanged brings the shared state up to date after a change and
// passes the message on to the open screen.
func (m *Model) interviewChanged(msg interviewChangedMsg) tea.Cmd {
	sh := m.sh
	title := safetext.Line(msg.iv.Title())
	var status tea.Cmd
	switch {
	case msg.err != nil && msg.kind == changeRestored:
		// Keep it on the stack so the undo can be tried again.
		m.deleted = append(m.deleted, msg.iv)
		status = sh.SetStatus("Could not restore "+title+": "+journal.ErrorMessage(msg.err), true)
	case msg.err != nil:
		status = sh.SetStatus("Not saved: "+journal.ErrorMessage(msg.err), true)
	case msg.kind == changeDeleted:
		m.deleted = append(m.deleted, msg.iv)
		if m.browse != nil && m.browse.list != nil {
			m.browse.list.remove(msg.iv.ID)
		}
		status = sh.SetStatus("Deleted "+title+". Press u to undo.", false)
	case msg.kind == changeRestored:
		if m.browse != nil && m.browse.list != nil {
			m.browse.list.upsert(&msg.iv)
		}
		status = sh.SetStatus("Restored "+title+".", false)
	default:
		if m.browse != nil && m.browse.list != nil {
			m.browse.list.upsert(&msg.iv)
		}
		status = sh.SetStatus("Saved "+msg.what+" of "+title+".", false)
	}
	var cmd tea.Cmd
	if m.page != nil {
		cmd = m.page.Update(msg)
	}
	return tea.Batch(status, cmd)
}

// startEdit opens the guided flow on an interview being edited.
func (m *Model) startEdit(msg editInterviewMsg) tea.Cmd {
	if msg.err != nil {
		return m.sh.SetStatus("Cannot edit: "+journal.ErrorMessage(msg.err), true)
	}
	m.page = nil
	return m.startReflection(&msg.draft)
}

// finishEdit takes over when the guided flow saved an edited interview: it
// goes straight back to the interview instead of the summary meant for a new
// reflection. It reports false for anything else.
func (m *Model) finishEdit(msg interviewSavedMsg) (tea.Cmd, bool) {
	if m.screen != kit.ScreenReflect || msg.err != nil || m.reflect.draft.InterviewID == 0 || m.reflect.draft.Kind != journal.DraftInterview {
		return nil, false
	}
	m.reflect.Close() // the flow is over: stop its autosave
	iv := msg.interview
	if m.browse != nil && m.browse.list != nil {
		m.browse.list.upsert(&iv)
	}
	status := m.sh.SetStatus("Saved your changes to "+safetext.Line(iv.Title())+".", false)
	return tea.Batch(status, m.open(kit.ScreenDetail, iv.ID)), true
}

// leaveEdit returns to the interview when a paused edit leaves the flow. It
// reports false for anything else.
func (m *Model) leaveEdit(msg reflectDoneMsg) (tea.Cmd, bool) {
	id := m.reflect.draft.InterviewID
	if msg.quit || id == 0 || m.sh.Standalone || m.reflect.draft.Kind != journal.DraftInterview {
		return nil, false
	}
	m.reflect.Close()
	var status tea.Cmd
	if msg.paused {
		status = m.sh.SetStatus("Edit kept as a draft; press E on this interview to go on with it.", false)
	}
	return tea.Batch(status, m.open(kit.ScreenDetail, id)), true
}
