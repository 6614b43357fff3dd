package kit

import "github.com/debrief-journal/debrief/journal"

// Journal is what the screens need from storage. The store satisfies it;
// tests pass a temporary store or an in-memory fake.
type Journal interface {
	Summaries() ([]journal.Summary, error)
	// RecentSummaries returns the n newest summaries and how many there are
	// in all, without reading the rest: home shows only a few.
	RecentSummaries(n int) ([]journal.Summary, int, error)
	Interview(id uint64) (*journal.Interview, error)
	Interviews() ([]*journal.Interview, error)
	Drafts() ([]journal.Draft, error)
	SaveDraft(d *journal.Draft) error
	// ClaimDraft opens a saved draft for the guided flow of this debrief
	// and returns it as stored; it fails (ELocked) while a debrief in
	// another terminal has it open, so a draft is never open twice.
	ClaimDraft(id uint64) (*journal.Draft, error)
	// KeepDraft is the guided flow's save of the draft it holds: when
	// the draft was taken over, changed or finished elsewhere meanwhile,
	// it is saved as a new draft instead of over the other's words, and
	// the result says so. release gives the draft back (the flow pauses).
	KeepDraft(d *journal.Draft, release bool) (journal.DraftKept, error)
	DeleteDraft(id uint64) error
	FinishDraft(draftID uint64, iv *journal.Interview) error
	// ChangeInterview applies change to the interview as stored and saves
	// it in one step, so a change saved meanwhile by a debrief in another
	// terminal is kept.
	ChangeInterview(id uint64, change func(*journal.Interview) error) (*journal.Interview, error)
	// FinishDraftInto is ChangeInterview that also deletes the draft of
	// the edit, in the same step.
	FinishDraftInto(draftID, id uint64, change func(*journal.Interview) error) (*journal.Interview, error)
	// DeleteInterview, RestoreInterview and EachInterview serve the list:
	// deleting with undo, and reading every answer for the search.
	DeleteInterview(id uint64) (*journal.Interview, error)
	RestoreInterview(iv *journal.Interview) error
	EachInterview(fn func(*journal.Interview) error) error
	Reviews() ([]*journal.Review, error)
	FinishReview(draftID uint64, r *journal.Review) error
	// Agenda and LessonsSince serve the follow-ups: the open ones as of a
	// day, and what was learned since an interview for a keep-in-touch note.
	Agenda(today journal.Date) (journal.Agenda, error)
	LessonsSince(day journal.Date, limit int) ([]string, error)
}
