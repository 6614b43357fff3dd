package store_test

import (
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// TestAnalysisResultOutlivesUnreadChanges: saving an interview with a
// change patterns do not read (a note, what went well) keeps the result
// drawn before, so 'debrief patterns' prints it at once; a change they
// read draws it again.
func TestAnalysisResultOutlivesUnreadChanges(t *testing.T) {
	s := MustOpen(t)
	ivs := analysisJournal(6)
	for _, iv := range ivs {
		must(t, s.CreateInterview(iv))
	}
	draws := 0
	result := func() {
		t.Helper()
		_, err := s.AnalysisResult("test", "a", func([]*journal.Interview) ([]byte, error) {
			draws++
			return []byte("drawn"), nil
		})
		must(t, err)
	}
	result()
	ivs[1].WentWell = append(ivs[1].WentWell, "Kept calm")
	ivs[1].ProudOf = "The whiteboard part"
	must(t, s.UpdateInterview(ivs[1]))
	result()
	if draws != 1 {
		t.Errorf("drawn %d times after a change patterns do not read, want once", draws)
	}
	ivs[1].Lessons = append(ivs[1].Lessons, "Breathe")
	must(t, s.UpdateInterview(ivs[1]))
	result()
	if draws != 2 {
		t.Errorf("drawn %d times after a new lesson, want twice", draws)
	}
}
