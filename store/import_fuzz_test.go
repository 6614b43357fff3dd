package store_test

import (
	"bytes"
	"testing"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// FuzzImport imports every document ReadJSON accepts into an empty journal
// and checks what an import promises: a dry run reports what the real run
// then does, the journal is whole afterwards, it exports as the document
// when every record has its times, and a second import recognises every
// record that has a creation time. The seed corpus is in
// testdata/fuzz/FuzzImport.
func FuzzImport(f *testing.F) {
	s := MustOpen(f)
	s.SetNoSync(true)
	f.Add([]byte(`{"format":"debrief","version":1,"interviews":[{"id":3,"company":"Acme","role":"","date":"2026-03-14","outcome":{"status":""},"created_at":"2026-03-14T18:00:00Z","updated_at":"2026-03-14T18:00:00Z"}],"reviews":[]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		doc, err := export.ReadJSON(bytes.NewReader(in))
		if err != nil {
			return // the reader's own fuzz target covers refusals
		}
		if err := s.Empty(); err != nil {
			t.Fatal(err)
		}
		dry, err := s.Import(doc.Interviews, doc.Reviews, false, true)
		if err != nil {
			t.Fatalf("dry run refused an accepted document: %v", err)
		}
		if n, _ := s.CountInterviews(); n != 0 {
			t.Fatal("a dry run wrote")
		}
		rep, err := s.Import(doc.Interviews, doc.Reviews, false, false)
		if err != nil {
			t.Fatalf("import refused an accepted document: %v", err)
		}
		if rep != dry {
			t.Fatalf("dry run said %+v, the import did %+v", dry, rep)
		}
		if rep != (store.ImportReport{Added: len(doc.Interviews), ReviewsAdded: len(doc.Reviews)}) {
			t.Fatalf("into an empty journal: %+v", rep)
		}
		if c := mustCheck(t, s); !c.OK() {
			t.Fatalf("problems after import: %v", c.Problems)
		}

		timed, timedReviews, whole := 0, 0, true
		for _, iv := range doc.Interviews {
			if !iv.CreatedAt.IsZero() {
				timed++
			}
			whole = whole && !iv.CreatedAt.IsZero() && !iv.UpdatedAt.IsZero()
		}
		for _, r := range doc.Reviews {
			if !r.CreatedAt.IsZero() {
				timedReviews++
			}
			whole = whole && !r.CreatedAt.IsZero()
		}
		if whole {
			// The journal has a practice card for each curveball with a
			// better answer, made as its interview was saved, whether the
			// file had them or not.
			withCards := *doc
			if len(doc.Cards) == 0 {
				withCards.Cards = nil
				for i := range doc.Interviews {
					iv := &doc.Interviews[i]
					withCards.Cards = append(withCards.Cards, journal.NewCards(iv, nil, iv.UpdatedAt)...)
				}
			}
			var want bytes.Buffer
			if err := export.WriteJSON(&want, &withCards); err != nil {
				t.Fatal(err)
			}
			if got := exportOf(t, s); !bytes.Equal(got, want.Bytes()) {
				t.Fatalf("the journal does not export as the document:\n%s", firstDifference(want.Bytes(), got))
			}
		}
		again, err := s.Import(doc.Interviews, doc.Reviews, false, false)
		if err != nil {
			t.Fatal(err)
		}
		if again.Skipped != timed || again.ReviewsSkipped != timedReviews {
			t.Fatalf("second import %+v; %d interviews and %d reviews have a creation time", again, timed, timedReviews)
		}
	})
}
