package kit

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// ChangeKind says what happened to an interview.
type ChangeKind int

const (
	ChangeUpdated  ChangeKind = iota // an answer or tag was saved
	ChangeDeleted                    // the interview was deleted (and can be undone)
	ChangeRestored                   // a deletion was undone
)

// InterviewChangedMsg reports a finished change to one interview. The root
// brings the shared state (the list, the undo stack, the status line) up to
// date, then passes the message to the open screen.
type InterviewChangedMsg struct {
	Kind      ChangeKind
	Interview journal.Interview // the interview as saved, deleted or restored
	What      string            // what was changed, for the status line: "the tags"
	Err       error
}

// EditInterviewMsg asks the root to open the guided flow on a saved
// interview (or on the unfinished edit of it), at the given step.
type EditInterviewMsg struct {
	Draft journal.Draft
	Err   error
}

// UpdateInterview loads an interview, changes it and saves it back in one
// command: the change applies to the interview as stored, never to an older
// copy on screen.
func UpdateInterview(j Journal, id uint64, what string, change func(*journal.Interview) error) tea.Cmd {
	return func() tea.Msg {
		iv, err := j.ChangeInterview(id, change)
		msg := InterviewChangedMsg{Kind: ChangeUpdated, What: what, Err: err}
		if iv != nil {
			msg.Interview = *iv
		}
		return msg
	}
}

// AddTags adds tags an interview does not have yet (ignoring case).
func AddTags(j Journal, id uint64, tags []string) tea.Cmd {
	if id == 0 || len(tags) == 0 {
		return nil
	}
	return UpdateInterview(j, id, "the tags", func(iv *journal.Interview) error {
		iv.Tags = MergeTags(iv.Tags, tags)
		return nil
	})
}

// MergeTags appends the new tags that old does not hold, ignoring case.
func MergeTags(old, add []string) []string {
	out := slices.Clone(old)
	for _, t := range add {
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, t) }) {
			out = append(out, t)
		}
	}
	return out
}

// DeleteInterview deletes an interview in a command; the reply carries it so
// the deletion can be undone.
func DeleteInterview(j Journal, id uint64) tea.Cmd {
	if id == 0 {
		return nil
	}
	return func() tea.Msg {
		iv, err := j.DeleteInterview(id)
		if err != nil {
			return InterviewChangedMsg{Kind: ChangeDeleted, Err: err}
		}
		return InterviewChangedMsg{Kind: ChangeDeleted, Interview: *iv}
	}
}

// EditInterview opens the guided flow on a saved interview at a step,
// resuming an unfinished edit of it if there is one, so an interview never
// has two edits in progress. A new edit's draft remembers the interview as
// it began (journal.Draft.Base).
func EditInterview(j Journal, id uint64, step int) tea.Cmd {
	return func() tea.Msg {
		drafts, err := j.Drafts()
		if err != nil {
			return EditInterviewMsg{Err: err}
		}
		for _, d := range drafts {
			if d.Kind == journal.DraftInterview && d.InterviewID == id {
				d.Step, d.Sub = step, 0
				return EditInterviewMsg{Draft: d}
			}
		}
		iv, err := j.Interview(id)
		if err != nil {
			return EditInterviewMsg{Err: err}
		}
		// The draft keeps the interview as it is now, so that saving it
		// writes only the answers changed in it.
		base := iv.Clone()
		return EditInterviewMsg{Draft: journal.Draft{Kind: journal.DraftInterview, InterviewID: id, Interview: *iv, Base: &base, Step: step}}
	}
}
