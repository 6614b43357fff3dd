package review

import (
	"errors"
	"reflect"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// wholeRefused is a journal that refuses to read every interview whole,
// as a large one makes too slow for the glance.
type wholeRefused struct{ *uitest.FakeJournal }

func (wholeRefused) Interviews() ([]*journal.Interview, error) {
	return nil, errors.New("every interview read whole")
}

// TestGlanceReadsAnalysisRecords: the week at a glance is drawn from the
// compact analysis records the journal keeps, never by reading every
// interview whole, and shows the same week.
func TestGlanceReadsAnalysisRecords(t *testing.T) {
	j := weekJournal()
	want := NewGlance(uitest.NewContext(j))
	want.Update(want.Init()())

	ctx := uitest.NewContext(wholeRefused{j})
	ctx.Practice = uitest.NewFakePractice(j)
	g := NewGlance(ctx)
	g.Update(g.Init()())
	if !g.loaded || g.err != "" {
		t.Fatalf("the glance did not load from the records: %q", g.err)
	}
	if !reflect.DeepEqual(g.week, want.week) {
		t.Errorf("the week from the records differs:\n got %+v\nwant %+v", g.week, want.week)
	}
}
