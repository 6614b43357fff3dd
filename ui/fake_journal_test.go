package ui

import (
	"encoding/json"
	"slices"
	"sync"

	"github.com/debrief-journal/debrief/journal"
)

// fakeJournal is an in-memory Journal for screen tests. It copies values in
// and out through JSON, as the store does, so tests catch shared slices.
type fakeJournal struct {
	mu         sync.Mutex
	interviews map[uint64]journal.Interview
	drafts     map[uint64]journal.Draft
	nextID     uint64
	failSaves  int // the next n saves fail
	saves      int
}

func newFakeJournal() *fakeJournal {
	return &fakeJournal{interviews: map[uint64]journal.Interview{}, drafts: map[uint64]journal.Draft{}}
}

func roundTrip[T any](v T) T {
	b, _ := json.Marshal(v)
	var out T
	json.Unmarshal(b, &out)
	return out
}

func (f *fakeJournal) Summaries() ([]journal.Summary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []journal.Summary
	for _, iv := range f.interviews {
		out = append(out, iv.Summarize())
	}
	slices.SortFunc(out, func(a, b journal.Summary) int { return b.Date.Compare(a.Date) })
	return out, nil
}

func (f *fakeJournal) Interview(id uint64) (*journal.Interview, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	iv, ok := f.interviews[id]
	if !ok {
		return nil, journal.Errorf(journal.ENotFound, "no interview %d", id)
	}
	iv = roundTrip(iv)
	return &iv, nil
}

func (f *fakeJournal) Drafts() ([]journal.Draft, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []journal.Draft
	for _, d := range f.drafts {
		out = append(out, roundTrip(d))
	}
	return out, nil
}

func (f *fakeJournal) SaveDraft(d *journal.Draft) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.saves++
	if f.failSaves > 0 {
		f.failSaves--
		return journal.Errorf(journal.EFull, "The disk is full.")
	}
	if d.ID == 0 {
		f.nextID++
		d.ID = f.nextID
	}
	f.drafts[d.ID] = roundTrip(*d)
	return nil
}

func (f *fakeJournal) DeleteDraft(id uint64) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.drafts, id)
	return nil
}

func (f *fakeJournal) FinishDraft(draftID uint64, iv *journal.Interview) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := iv.Validate(); err != nil {
		return err
	}
	if iv.ID == 0 {
		f.nextID++
		iv.ID = f.nextID
	}
	f.interviews[iv.ID] = roundTrip(*iv)
	delete(f.drafts, draftID)
	return nil
}

func (f *fakeJournal) Interviews() ([]*journal.Interview, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*journal.Interview
	for _, iv := range f.interviews {
		c := roundTrip(iv)
		out = append(out, &c)
	}
	slices.SortFunc(out, func(a, b *journal.Interview) int { return int(a.ID) - int(b.ID) })
	return out, nil
}
