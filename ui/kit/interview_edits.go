package kit

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
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
// interview (or on the unfinished edit of it), at the given step. Note,
// when set, is said on the status line as the flow opens.
type EditInterviewMsg struct {
	Draft journal.Draft
	Note  string
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
// resuming an unfinished edit of it if there is one (see ResumeEdit), so an
// interview never has two edits in progress. A step below 0 resumes the
// edit where it was left, and starts a new one at the first step. A new edit's draft remembers
// the interview as it began (journal.Draft.Base).
func EditInterview(sh *Context, id uint64, step int) tea.Cmd {
	j, set := sh.Journal, sh.Set
	return func() tea.Msg {
		drafts, err := j.Drafts()
		if err != nil {
			return EditInterviewMsg{Err: err}
		}
		for _, d := range drafts {
			if d.Kind == journal.DraftInterview && d.InterviewID == id {
				if step >= 0 {
					d.Step, d.Sub = step, 0
				}
				return resumeEdit(j, set, d)
			}
		}
		iv, err := j.Interview(id)
		if err != nil {
			return EditInterviewMsg{Err: err}
		}
		// The draft keeps the interview as it is now, so that saving it
		// writes only the answers changed in it.
		base := iv.Clone()
		return EditInterviewMsg{Draft: journal.Draft{Kind: journal.DraftInterview, InterviewID: id, Interview: *iv, Base: &base, Step: max(step, 0)}}
	}
}

// ResumeEdit opens the guided flow on the unfinished edit d of a saved
// interview, where it was left.
func ResumeEdit(sh *Context, d journal.Draft) tea.Cmd {
	j, set := sh.Journal, sh.Set
	return func() tea.Msg { return resumeEdit(j, set, d) }
}

// resumeEdit brings an edit's draft up to date with the interview as
// stored now, so that the flow shows what is saved: an answer the edit
// left alone shows as saved since (in this debrief or another), an answer
// it changed stays as the edit has it (journal.MergeAnswers), and the
// draft begins again from the interview as stored. Where both changed an
// answer, the note says the edit's will replace the other. A draft that
// does not remember where it began, or whose interview cannot be read,
// opens as it is.
func resumeEdit(j Journal, set prompts.Set, d journal.Draft) EditInterviewMsg {
	if d.Base == nil {
		return EditInterviewMsg{Draft: d}
	}
	iv, err := j.Interview(d.InterviewID)
	if err != nil {
		return EditInterviewMsg{Draft: d}
	}
	merged, clashes, err := journal.MergeAnswers(d.Base, d.Interview, *iv, AnswerRefs(set, &d.Interview, true))
	if err != nil {
		return EditInterviewMsg{Draft: d}
	}
	base := iv.Clone()
	d.Interview, d.Base = merged, &base
	msg := EditInterviewMsg{Draft: d}
	switch len(clashes) {
	case 0:
	case 1:
		msg.Note = QuotedList(clashes) + " was changed meanwhile, and in this edit too: saving the edit keeps your version."
	default:
		msg.Note = QuotedList(clashes) + " were changed meanwhile, and in this edit too: saving the edit keeps your versions."
	}
	return msg
}
