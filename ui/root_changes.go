package ui

import (
	tea "charm.land/bubbletea/v2"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/ui/kit"
)

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
		return kit.InterviewChangedMsg{Kind: kit.ChangeRestored, Interview: iv, Err: err}
	}
}

// interviewChanged brings the shared state up to date after a change and
// passes the message on to the open screen.
func (m *Model) interviewChanged(msg kit.InterviewChangedMsg) tea.Cmd {
	sh := m.sh
	title := safetext.Line(msg.Interview.Title())
	var status tea.Cmd
	switch {
	case msg.Err != nil && msg.Kind == kit.ChangeRestored:
		// Keep it on the stack so the undo can be tried again.
		m.deleted = append(m.deleted, msg.Interview)
		status = sh.SetStatus("Could not restore "+title+": "+journal.ErrorMessage(msg.Err), true)
	case msg.Err != nil:
		status = sh.SetStatus("Not saved: "+journal.ErrorMessage(msg.Err), true)
	case msg.Kind == kit.ChangeDeleted:
		m.deleted = append(m.deleted, msg.Interview)
		if m.browse != nil {
			m.browse.Remove(msg.Interview.ID)
		}
		status = sh.SetStatus("Deleted "+title+". Press u to undo.", false)
	case msg.Kind == kit.ChangeRestored:
		if m.browse != nil {
			m.browse.Upsert(&msg.Interview)
		}
		status = sh.SetStatus("Restored "+title+".", false)
	default:
		if m.browse != nil {
			m.browse.Upsert(&msg.Interview)
		}
		status = sh.SetStatus("Saved "+msg.What+" of "+title+".", false)
	}
	var cmd tea.Cmd
	if m.page != nil {
		cmd = m.page.Update(msg)
	}
	return tea.Batch(status, cmd)
}

// startEdit opens the guided flow on an interview being edited.
func (m *Model) startEdit(msg kit.EditInterviewMsg) tea.Cmd {
	if msg.Err != nil {
		return m.sh.SetStatus("Cannot edit: "+journal.ErrorMessage(msg.Err), true)
	}
	open := m.startReflection(&msg.Draft)
	if msg.Note != "" {
		return tea.Batch(open, m.sh.SetStatus(msg.Note, false))
	}
	return open
}

// finishEdit takes over when the guided flow saved an edited interview: it
// goes straight back to the interview instead of the summary meant for a new
// reflection.
func (m *Model) finishEdit(msg kit.EditSavedMsg) tea.Cmd {
	m.reflect.Close() // the flow is over: stop its autosave
	iv := msg.Interview
	if m.browse != nil {
		m.browse.Upsert(&iv)
	}
	note := msg.Note
	if note == "" {
		note = "Saved your changes to " + safetext.Line(iv.Title()) + "."
	}
	status := m.sh.SetStatus(note, false)
	return tea.Batch(status, m.open(kit.ScreenDetail, iv.ID))
}

// leaveEdit returns to the interview when a paused edit leaves the flow. It
// reports false for anything else.
func (m *Model) leaveEdit(msg kit.FlowDoneMsg) (tea.Cmd, bool) {
	d := m.reflect.Draft()
	id := d.InterviewID
	if msg.Quit || id == 0 || m.sh.Standalone || d.Kind != journal.DraftInterview {
		return nil, false
	}
	m.reflect.Close()
	var status tea.Cmd
	if msg.Paused {
		status = m.sh.SetStatus("Edit kept as a draft; press E on this interview to go on with it.", false)
	}
	return tea.Batch(status, m.open(kit.ScreenDetail, id)), true
}
