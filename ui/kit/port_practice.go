package kit

import (
	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

// Practice is what the practice screens (the drill, the story bank, the
// brief) need from storage besides Journal. The store satisfies it; tests
// pass the in-memory fake.
type Practice interface {
	// Cards returns every practice card; CountDueCards how many are due on
	// or before today, without reading them.
	Cards() ([]journal.Card, error)
	CountDueCards(today journal.Date) (int, error)
	// DueCards returns the cards due on or before today, from the index
	// of due days rather than from every card.
	DueCards(today journal.Date) ([]journal.Card, error)
	// ChangeCard reads card n of interview id, applies change and saves
	// it in one step, so a grade given meanwhile in another terminal is
	// kept.
	ChangeCard(id uint64, n int, change func(*journal.Card) error) (*journal.Card, error)
	Stories() ([]journal.Story, error)
	SaveStory(st *journal.Story) error
	DeleteStory(id uint64) (*journal.Story, error)
	Reviews() ([]*journal.Review, error)
	Interviews() ([]*journal.Interview, error)
	// AnalysisInterviews returns every interview holding only what the
	// pattern analysis reads (dates, company, role, curveballs, lessons,
	// feedback), from a compact index: many times faster than Interviews
	// on a large journal. Read an interview whole with Journal.Interview.
	AnalysisInterviews() ([]*journal.Interview, error)
	// PatternsKnown returns every interview holding what the pattern
	// analysis reads, from the same compact index, with what the
	// classifier made of their questions, tags and lessons when they were
	// written (for insight.AnalyzeKnownAt, which then classifies only
	// what it does not know). Known may be nil.
	PatternsKnown() ([]*journal.Interview, insight.Known, error)
	// AnalysisResult returns the result kept under name for stamp while
	// no interview changed since; otherwise it calls draw with the
	// AnalysisInterviews, keeps what draw returns and returns it.
	AnalysisResult(name, stamp string, draw func([]*journal.Interview) ([]byte, error)) ([]byte, error)
}
