package uitest

import (
	"github.com/debrief-journal/debrief/insight"
	"slices"
	"sync"

	"github.com/debrief-journal/debrief/journal"
)

// FakePractice is a FakeJournal that also keeps practice cards and stories
// (kit.Practice), in memory. Cards are made from the interviews' curveballs
// when first asked for, as the store makes them.
type FakePractice struct {
	*FakeJournal
	mu sync.Mutex
	// StoredCards holds the cards by reference ("12/1").
	StoredCards map[string]journal.Card
	// StoredStories holds the stories by ID.
	StoredStories map[uint64]journal.Story
	nextStory     uint64
	// FailChanges makes the next n card changes fail.
	FailChanges int
	// InterviewReads counts the readings of every interview whole.
	InterviewReads int
}

// Interviews is the journal's, counted in InterviewReads.
func (f *FakePractice) Interviews() ([]*journal.Interview, error) {
	f.mu.Lock()
	f.InterviewReads++
	f.mu.Unlock()
	return f.FakeJournal.Interviews()
}

// NewFakePractice returns a FakePractice over j.
func NewFakePractice(j *FakeJournal) *FakePractice {
	return &FakePractice{FakeJournal: j, StoredCards: map[string]journal.Card{}, StoredStories: map[uint64]journal.Story{}}
}

// sync makes the cards of curveballs that have none yet.
func (f *FakePractice) sync() {
	ivs, _ := f.FakeJournal.Interviews()
	for _, iv := range ivs {
		var have []journal.Card
		for _, c := range f.StoredCards {
			if c.InterviewID == iv.ID {
				have = append(have, c)
			}
		}
		for _, c := range journal.NewCards(iv, have, Now()) {
			f.StoredCards[c.Ref()] = c
		}
	}
}

// Cards does in memory what the practice port says it does.
func (f *FakePractice) Cards() ([]journal.Card, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sync()
	var out []journal.Card
	for _, c := range f.StoredCards {
		out = append(out, RoundTrip(c))
	}
	slices.SortFunc(out, func(a, b journal.Card) int {
		return int(a.InterviewID)*100 + a.Number - int(b.InterviewID)*100 - b.Number
	})
	return out, nil
}

// CountDueCards does in memory what the practice port says it does.
func (f *FakePractice) CountDueCards(today journal.Date) (int, error) {
	cards, _ := f.Cards()
	n := 0
	for _, c := range cards {
		if c.DueOn(today) {
			n++
		}
	}
	return n, nil
}

// DueCards does in memory what the practice port says it does.
func (f *FakePractice) DueCards(today journal.Date) ([]journal.Card, error) {
	cards, _ := f.Cards()
	var out []journal.Card
	for _, c := range cards {
		if c.DueOn(today) {
			out = append(out, c)
		}
	}
	return out, nil
}

// ChangeCard does in memory what the practice port says it does.
func (f *FakePractice) ChangeCard(id uint64, n int, change func(*journal.Card) error) (*journal.Card, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sync()
	if f.FailChanges > 0 {
		f.FailChanges--
		return nil, journal.Errorf(journal.EFull, "The disk is full.")
	}
	c, ok := f.StoredCards[journal.Card{InterviewID: id, Number: n}.Ref()]
	if !ok {
		return nil, journal.Errorf(journal.ENotFound, "no card %d/%d", id, n)
	}
	c = RoundTrip(c)
	if err := change(&c); err != nil {
		return nil, err
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	f.StoredCards[c.Ref()] = RoundTrip(c)
	return &c, nil
}

// Stories does in memory what the practice port says it does.
func (f *FakePractice) Stories() ([]journal.Story, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []journal.Story
	for _, s := range f.StoredStories {
		out = append(out, RoundTrip(s))
	}
	slices.SortFunc(out, func(a, b journal.Story) int { return int(a.ID) - int(b.ID) })
	return out, nil
}

// SaveStory does in memory what the practice port says it does.
func (f *FakePractice) SaveStory(st *journal.Story) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if st.ID == 0 {
		f.nextStory++
		st.ID = f.nextStory
		st.CreatedAt = Now()
	} else if _, ok := f.StoredStories[st.ID]; !ok {
		return journal.Errorf(journal.ENotFound, "no story %d", st.ID)
	}
	st.UpdatedAt = Now()
	if err := st.Validate(); err != nil {
		return err
	}
	f.StoredStories[st.ID] = RoundTrip(*st)
	return nil
}

// DeleteStory does in memory what the practice port says it does.
func (f *FakePractice) DeleteStory(id uint64) (*journal.Story, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	s, ok := f.StoredStories[id]
	if !ok {
		return nil, journal.Errorf(journal.ENotFound, "no story %d", id)
	}
	delete(f.StoredStories, id)
	return &s, nil
}

// AnalysisInterviews returns the interviews whole: the fake keeps no
// compact index, and the screens must not rely on what it leaves out.
func (f *FakePractice) AnalysisInterviews() ([]*journal.Interview, error) {
	return f.FakeJournal.Interviews()
}

// PatternsKnown returns the interviews whole and knows nothing of their
// texts, so the analysis classifies them all.
func (f *FakePractice) PatternsKnown() ([]*journal.Interview, insight.Known, error) {
	ivs, err := f.AnalysisInterviews()
	return ivs, nil, err
}

// AnalysisResult draws the result every time: the fake keeps nothing.
func (f *FakePractice) AnalysisResult(name, stamp string, draw func([]*journal.Interview) ([]byte, error)) ([]byte, error) {
	ivs, err := f.FakeJournal.Interviews()
	if err != nil {
		return nil, err
	}
	return draw(ivs)
}
