package cli

import (
	"fmt"
	"io"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// salvageSource yields the interviews and reviews of a journal that still
// read, for 'debrief export --skip-damaged', and keeps a note of each one
// it had to leave out.
type salvageSource struct {
	s       *store.Store
	skipped []skippedRecord
}

// skippedRecord is an entry left out of a salvage export, and why.
type skippedRecord struct {
	kind string // "interview", "review", "card of interview" or "story"
	id   uint64
	err  error
}

// EachInterview calls fn with every interview that still reads.
func (src *salvageSource) EachInterview(fn func(*journal.Interview) error) error {
	return src.s.EachInterviewSkipping(fn, src.skip("interview"))
}

// EachReview calls fn with every weekly review that still reads.
func (src *salvageSource) EachReview(fn func(*journal.Review) error) error {
	return src.s.EachReviewSkipping(fn, src.skip("review"))
}

// EachCard calls fn with every practice card that still reads.
func (src *salvageSource) EachCard(fn func(*journal.Card) error) error {
	return src.s.EachCardSkipping(fn, src.skip("card of interview"))
}

// EachStory calls fn with every story that still reads.
func (src *salvageSource) EachStory(fn func(*journal.Story) error) error {
	return src.s.EachStorySkipping(fn, src.skip("story"))
}

func (src *salvageSource) skip(kind string) func(uint64, error) {
	return func(id uint64, err error) {
		src.skipped = append(src.skipped, skippedRecord{kind: kind, id: id, err: err})
	}
}

// report names on w each entry left out, once the export is written, and
// returns the export's outcome: err when it failed, an ECorrupt error (exit
// code 4) saying the output is complete but for what was left out, or nil
// when nothing was.
func (src *salvageSource) report(w io.Writer, err error) error {
	for _, r := range src.skipped {
		why := "damaged"
		if journal.ErrorCode(r.err) == journal.ENewer {
			why = "written by a newer debrief"
		}
		fmt.Fprintf(w, "skipped %s %d: %s\n", r.kind, r.id, why)
	}
	if err != nil || len(src.skipped) == 0 {
		return err
	}
	n := len(src.skipped)
	return journal.Errorf(journal.ECorrupt, "%d damaged %s left out; everything else was written. 'debrief check' lists what is damaged.",
		n, plural(n, "entry was", "entries were"))
}
