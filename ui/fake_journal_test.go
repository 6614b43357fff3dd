package ui

import (
	"encoding/json"
	"slices"
	"sync"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

// fakeJournal is an in-memory Journal for screen tests. It copies values in
// and out through JSON, as the store does, so tests catch shared slices.
type fakeJournal struct {
	mu         sync.Mutex
	interviews map[uint64]journal.Interview
	drafts     map[uint64]journal.Draft
	reviews    map[uint64]journal.Review
	nextID     uint64
	failSaves  int // the next n saves fail
	saves      int
}

func newFakeJournal() *fakeJournal {
	return &fakeJournal{interviews: map[uint64]journal.Interview{}, drafts: map[uint64]journal.Draft{}, reviews: map[uint64]journal.Review{}}
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
	// Newest first, then the higher ID first, as the store's index.
	slices.SortFunc(out, func(a, b journal.Summary) int { return query.SortByDate.Compare(&a, &b) })
	return out, nil
}

func (f *fakeJournal) RecentSummaries(n int) ([]journal.Summary, int, error) {
	all, err := f.Summaries()
	return all[:min(n, len(all))], len(all), err
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
	} else if _, ok := f.interviews[iv.ID]; !ok {
		// As the store: finishing an edit never creates an interview.
		return journal.Errorf(journal.ENotFound, "no interview %d", iv.ID)
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

func (f *fakeJournal) UpdateInterview(iv *journal.Interview) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := iv.Validate(); err != nil {
		return err
	}
	if _, ok := f.interviews[iv.ID]; !ok {
		return journal.Errorf(journal.ENotFound, "no interview %d", iv.ID)
	}
	f.interviews[iv.ID] = roundTrip(*iv)
	return nil
}

func (f *fakeJournal) FinishDraftInto(draftID, id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	iv, err := f.ChangeInterview(id, change)
	if err != nil {
		return iv, err
	}
	if draftID != 0 {
		err = f.DeleteDraft(draftID)
	}
	return iv, err
}

func (f *fakeJournal) ChangeInterview(id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	iv, err := f.Interview(id)
	if err != nil {
		return nil, err
	}
	if err := change(iv); err != nil {
		return iv, err
	}
	iv.ID = id
	return iv, f.UpdateInterview(iv)
}

func (f *fakeJournal) Reviews() ([]*journal.Review, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*journal.Review
	for _, r := range f.reviews {
		c := roundTrip(r)
		out = append(out, &c)
	}
	slices.SortFunc(out, func(a, b *journal.Review) int { return int(a.ID) - int(b.ID) })
	return out, nil
}

// FinishReview saves the review and deletes its draft; a review without a
// creation time is stamped with the tests' fixed clock.
func (f *fakeJournal) FinishReview(draftID uint64, r *journal.Review) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if err := r.Validate(); err != nil {
		return err
	}
	if r.ID == 0 {
		f.nextID++
		r.ID = f.nextID
	}
	if r.CreatedAt.IsZero() {
		r.CreatedAt = fixedNow
	}
	f.reviews[r.ID] = roundTrip(*r)
	delete(f.drafts, draftID)
	return nil
}

// Agenda draws the agenda from every interview, the way the store's index
// must agree with.
func (f *fakeJournal) Agenda(today journal.Date) (journal.Agenda, error) {
	ivs, _ := f.Interviews()
	return journal.BuildAgenda(ivs, today), nil
}

func (f *fakeJournal) LessonsSince(day journal.Date, limit int) ([]string, error) {
	ivs, _ := f.Interviews()
	slices.SortFunc(ivs, func(a, b *journal.Interview) int { return b.Date.Compare(a.Date) })
	var out []string
	for _, iv := range ivs {
		if iv.Date.After(day) {
			out = append(out, iv.Lessons...)
		}
	}
	return out[:min(len(out), limit)], nil
}

func (f *fakeJournal) DeleteInterview(id uint64) (*journal.Interview, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	iv, ok := f.interviews[id]
	if !ok {
		return nil, journal.Errorf(journal.ENotFound, "no interview %d", id)
	}
	delete(f.interviews, id)
	iv = roundTrip(iv)
	return &iv, nil
}

func (f *fakeJournal) RestoreInterview(iv *journal.Interview) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if _, ok := f.interviews[iv.ID]; ok {
		return journal.Errorf(journal.EConflict, "Interview %d already exists.", iv.ID)
	}
	f.interviews[iv.ID] = roundTrip(*iv)
	return nil
}

func (f *fakeJournal) EachInterview(fn func(*journal.Interview) error) error {
	ivs, _ := f.Interviews()
	for _, iv := range ivs {
		if err := fn(iv); err != nil {
			return err
		}
	}
	return nil
}
