package uitest

import (
	"encoding/json"
	"slices"
	"sync"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

// FakeJournal is an in-memory journal (kit.Journal) for screen tests. It
// copies values in and out through JSON, as the store does, so tests catch
// shared slices. Tests may set up and read its maps directly, holding Mu
// while the app may be running.
type FakeJournal struct {
	// Mu guards everything below.
	Mu sync.Mutex
	// Stored holds the interviews by ID.
	Stored map[uint64]journal.Interview
	// StoredDrafts holds the drafts by ID.
	StoredDrafts map[uint64]journal.Draft
	// StoredReviews holds the weekly reviews by ID.
	StoredReviews map[uint64]journal.Review
	// NextID is the last ID given out.
	NextID uint64
	// FailSaves makes the next n draft saves fail.
	FailSaves int
	// Saves counts the draft saves tried.
	Saves int
	// Gone names the processes of other debriefs that have ended: their
	// holds on drafts are left behind (see fake_holds.go).
	Gone map[int]bool
	// holds counts the holds given out, to tell them apart.
	holds int
}

// NewFakeJournal returns an empty FakeJournal.
func NewFakeJournal() *FakeJournal {
	return &FakeJournal{Stored: map[uint64]journal.Interview{}, StoredDrafts: map[uint64]journal.Draft{}, StoredReviews: map[uint64]journal.Review{}}
}

// RoundTrip copies v through JSON, as the store does.
func RoundTrip[T any](v T) T {
	b, _ := json.Marshal(v)
	var out T
	json.Unmarshal(b, &out)
	return out
}

// Summaries does in memory what the journal port says it does.
func (f *FakeJournal) Summaries() ([]journal.Summary, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	var out []journal.Summary
	for _, iv := range f.Stored {
		out = append(out, iv.Summarize())
	}
	// Newest first, then the higher ID first, as the store's index.
	slices.SortFunc(out, func(a, b journal.Summary) int { return query.SortByDate.Compare(&a, &b) })
	return out, nil
}

// RecentSummaries does in memory what the journal port says it does.
func (f *FakeJournal) RecentSummaries(n int) ([]journal.Summary, int, error) {
	all, err := f.Summaries()
	return all[:min(n, len(all))], len(all), err
}

// Interview does in memory what the journal port says it does.
func (f *FakeJournal) Interview(id uint64) (*journal.Interview, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	iv, ok := f.Stored[id]
	if !ok {
		return nil, journal.Errorf(journal.ENotFound, "no interview %d", id)
	}
	iv = RoundTrip(iv)
	return &iv, nil
}

// Drafts does in memory what the journal port says it does.
func (f *FakeJournal) Drafts() ([]journal.Draft, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	var out []journal.Draft
	for _, d := range f.StoredDrafts {
		out = append(out, RoundTrip(d))
	}
	return out, nil
}

// SaveDraft does in memory what the journal port says it does.
func (f *FakeJournal) SaveDraft(d *journal.Draft) error {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	f.Saves++
	if f.FailSaves > 0 {
		f.FailSaves--
		return journal.Errorf(journal.EFull, "The disk is full.")
	}
	stored, ok := f.StoredDrafts[d.ID]
	if ok && d.ID != 0 && f.heldElsewhere(stored) {
		return heldError()
	}
	d.Holder = nil
	if ok && stored.Holder != nil && stored.Holder.PID == FakePID {
		d.Holder = stored.Holder
	}
	if d.ID == 0 {
		f.NextID++
		d.ID = f.NextID
	}
	f.StoredDrafts[d.ID] = RoundTrip(*d)
	return nil
}

// DeleteDraft does in memory what the journal port says it does.
func (f *FakeJournal) DeleteDraft(id uint64) error {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	if d, ok := f.StoredDrafts[id]; ok && f.heldElsewhere(d) {
		return heldError()
	}
	delete(f.StoredDrafts, id)
	return nil
}

// FinishDraft does in memory what the journal port says it does.
func (f *FakeJournal) FinishDraft(draftID uint64, iv *journal.Interview) error {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	if err := iv.Validate(); err != nil {
		return err
	}
	if iv.ID == 0 {
		f.NextID++
		iv.ID = f.NextID
	} else if _, ok := f.Stored[iv.ID]; !ok {
		// As the store: finishing an edit never creates an interview.
		return journal.Errorf(journal.ENotFound, "no interview %d", iv.ID)
	}
	f.Stored[iv.ID] = RoundTrip(*iv)
	f.dropDraft(draftID)
	return nil
}

// Interviews does in memory what the journal port says it does.
func (f *FakeJournal) Interviews() ([]*journal.Interview, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	var out []*journal.Interview
	for _, iv := range f.Stored {
		c := RoundTrip(iv)
		out = append(out, &c)
	}
	slices.SortFunc(out, func(a, b *journal.Interview) int { return int(a.ID) - int(b.ID) })
	return out, nil
}

// UpdateInterview does in memory what the journal port says it does.
func (f *FakeJournal) UpdateInterview(iv *journal.Interview) error {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	if err := iv.Validate(); err != nil {
		return err
	}
	if _, ok := f.Stored[iv.ID]; !ok {
		return journal.Errorf(journal.ENotFound, "no interview %d", iv.ID)
	}
	f.Stored[iv.ID] = RoundTrip(*iv)
	return nil
}

// FinishDraftInto does in memory what the journal port says it does.
func (f *FakeJournal) FinishDraftInto(draftID, id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	iv, err := f.ChangeInterview(id, change)
	if err != nil {
		return iv, err
	}
	f.Mu.Lock()
	f.dropDraft(draftID)
	f.Mu.Unlock()
	return iv, nil
}

// ChangeInterview does in memory what the journal port says it does.
func (f *FakeJournal) ChangeInterview(id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
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

// Reviews does in memory what the journal port says it does.
func (f *FakeJournal) Reviews() ([]*journal.Review, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	var out []*journal.Review
	for _, r := range f.StoredReviews {
		c := RoundTrip(r)
		out = append(out, &c)
	}
	slices.SortFunc(out, func(a, b *journal.Review) int { return int(a.ID) - int(b.ID) })
	return out, nil
}

// FinishReview saves the review and deletes its draft; a review without a
// creation time is stamped with the tests' fixed clock.
func (f *FakeJournal) FinishReview(draftID uint64, r *journal.Review) error {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	if err := r.Validate(); err != nil {
		return err
	}
	if r.ID == 0 {
		f.NextID++
		r.ID = f.NextID
	}
	if r.CreatedAt.IsZero() {
		r.CreatedAt = Now()
	}
	f.StoredReviews[r.ID] = RoundTrip(*r)
	f.dropDraft(draftID)
	return nil
}

// Agenda draws the agenda from every interview, the way the store's index
// must agree with.
func (f *FakeJournal) Agenda(today journal.Date) (journal.Agenda, error) {
	ivs, _ := f.Interviews()
	return journal.BuildAgenda(ivs, today), nil
}

// LessonsSince does in memory what the journal port says it does.
func (f *FakeJournal) LessonsSince(day journal.Date, limit int) ([]string, error) {
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

// DeleteInterview does in memory what the journal port says it does.
func (f *FakeJournal) DeleteInterview(id uint64) (*journal.Interview, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	iv, ok := f.Stored[id]
	if !ok {
		return nil, journal.Errorf(journal.ENotFound, "no interview %d", id)
	}
	delete(f.Stored, id)
	iv = RoundTrip(iv)
	return &iv, nil
}

// RestoreInterview does in memory what the journal port says it does.
func (f *FakeJournal) RestoreInterview(iv *journal.Interview) error {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	if _, ok := f.Stored[iv.ID]; ok {
		return journal.Errorf(journal.EConflict, "Interview %d already exists.", iv.ID)
	}
	f.Stored[iv.ID] = RoundTrip(*iv)
	return nil
}

// EachInterview does in memory what the journal port says it does.
func (f *FakeJournal) EachInterview(fn func(*journal.Interview) error) error {
	ivs, _ := f.Interviews()
	for _, iv := range ivs {
		if err := fn(iv); err != nil {
			return err
		}
	}
	return nil
}
