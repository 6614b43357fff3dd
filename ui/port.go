package ui

import "github.com/debrief-journal/debrief/journal"

// Journal is what the screens need from storage. The store satisfies it;
// tests pass a temporary store or an in-memory fake.
type Journal interface {
	Summaries() ([]journal.Summary, error)
	Interview(id uint64) (*journal.Interview, error)
	Interviews() ([]*journal.Interview, error)
	Drafts() ([]journal.Draft, error)
	SaveDraft(d *journal.Draft) error
	DeleteDraft(id uint64) error
	FinishDraft(draftID uint64, iv *journal.Interview) error
}
