package uitest

import (
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// The fake keeps the store's rule that a draft is open in one debrief at a
// time (see store.ClaimDraft). The debrief it plays is process FakePID on
// FakeHost; a test plays another debrief by writing a draft with another
// Holder into StoredDrafts, and ends it with Gone.

// FakePID and FakeHost name the debrief a FakeJournal plays.
const (
	FakePID  = 1
	FakeHost = "fake"
)

// OtherHolder is a hold by another debrief of the same computer, process
// pid, since the tests' clock.
func OtherHolder(pid int) *journal.DraftHolder {
	return &journal.DraftHolder{PID: pid, Host: FakeHost, Since: Now()}
}

// heldElsewhere reports whether another debrief that still runs has d
// open. f.Mu is held.
func (f *FakeJournal) heldElsewhere(d journal.Draft) bool {
	h := d.Holder
	return h != nil && h.PID != FakePID && !f.Gone[h.PID]
}

// heldError is the store's refusal, in its words.
func heldError() error {
	return journal.Errorf(journal.ELocked, "Open in another debrief window since %s: finish or close it there first.", Now().Format("15:04"))
}

// newHold is a new hold by the debrief the fake plays, told apart from
// its earlier ones.
func (f *FakeJournal) newHold() *journal.DraftHolder {
	f.holds++
	return &journal.DraftHolder{PID: FakePID, Host: FakeHost, Since: Now().Add(time.Duration(f.holds) * time.Millisecond)}
}

// ClaimDraft does in memory what the journal port says it does.
func (f *FakeJournal) ClaimDraft(id uint64) (*journal.Draft, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	d, ok := f.StoredDrafts[id]
	if !ok {
		return nil, journal.Errorf(journal.ENotFound, "No such entry in the journal.")
	}
	if f.heldElsewhere(d) {
		return nil, heldError()
	}
	d.Holder = f.newHold()
	f.StoredDrafts[id] = RoundTrip(d)
	out := RoundTrip(d)
	return &out, nil
}

// KeepDraft does in memory what the journal port says it does.
func (f *FakeJournal) KeepDraft(d *journal.Draft, release bool) (journal.DraftKept, error) {
	f.Mu.Lock()
	defer f.Mu.Unlock()
	f.Saves++
	if f.FailSaves > 0 {
		f.FailSaves--
		return journal.KeptInPlace, journal.Errorf(journal.EFull, "The disk is full.")
	}
	hold := d.Holder
	if hold != nil && hold.PID != FakePID {
		hold = nil // another debrief's hold, read from the list
	}
	stored, found := f.StoredDrafts[d.ID]
	elsewhere := func(d *journal.Draft) bool { return f.heldElsewhere(*d) }
	kept := journal.PlaceDraftSave(d, hold, found, &stored, elsewhere, release, f.newHold)
	if d.ID == 0 {
		f.NextID++
		d.ID = f.NextID
	}
	f.StoredDrafts[d.ID] = RoundTrip(*d)
	return kept, nil
}

// dropDraft deletes the draft of a finished reflection unless another
// debrief has it open. f.Mu is held.
func (f *FakeJournal) dropDraft(id uint64) {
	if d, ok := f.StoredDrafts[id]; ok && !f.heldElsewhere(d) {
		delete(f.StoredDrafts, id)
	}
}
