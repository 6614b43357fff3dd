package store_test

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// readBack reads an export as the import command does.
func readBack(t testing.TB, data []byte) *export.Document {
	t.Helper()
	doc, err := export.ReadJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// sourceJournal returns a journal of five interviews, a review and a draft,
// and its export.
func sourceJournal(t *testing.T) (*store.Store, []byte) {
	t.Helper()
	s := MustOpen(t)
	fillJournal(t, s, 5)
	return s, exportOf(t, s)
}

func TestImport(t *testing.T) {
	t.Run("IntoEmpty", func(t *testing.T) {
		_, data := sourceJournal(t)
		dst := MustOpen(t)
		rep, err := dst.Import(readBack(t, data).Interviews, readBack(t, data).Reviews, false, false)
		if err != nil {
			t.Fatal(err)
		}
		if rep != (store.ImportReport{Added: 5, ReviewsAdded: 1}) {
			t.Fatalf("report %+v", rep)
		}
		if !bytes.Equal(exportOf(t, dst), data) {
			t.Fatal("the import does not export as the source did")
		}
		if c := mustCheck(t, dst); !c.OK() {
			t.Fatalf("problems after import: %v", c.Problems)
		}
	})

	t.Run("SkipsWhatIsThere", func(t *testing.T) {
		src, data := sourceJournal(t)
		doc := readBack(t, data)
		rep, err := src.Import(doc.Interviews, doc.Reviews, false, false)
		if err != nil {
			t.Fatal(err)
		}
		if rep != (store.ImportReport{Skipped: 5, ReviewsSkipped: 1}) {
			t.Fatalf("report %+v", rep)
		}
		if !bytes.Equal(exportOf(t, src), data) {
			t.Fatal("skipping changed the journal")
		}
	})

	t.Run("Replace", func(t *testing.T) {
		src, data := sourceJournal(t)
		doc := readBack(t, data)
		doc.Interviews[2].Company = "Changed Ltd"
		doc.Interviews[2].Date = journal.NewDate(2025, 6, 1)
		doc.Reviews[0].Focus = "Changed focus"
		rep, err := src.Import(doc.Interviews, doc.Reviews, true, false)
		if err != nil {
			t.Fatal(err)
		}
		if rep != (store.ImportReport{Replaced: 5, ReviewsReplaced: 1}) {
			t.Fatalf("report %+v", rep)
		}
		var want bytes.Buffer
		must(t, export.WriteJSON(&want, doc))
		if !bytes.Equal(exportOf(t, src), want.Bytes()) {
			t.Fatal("the journal does not hold the file's version")
		}
		// The summary moved with the date.
		if c := mustCheck(t, src); !c.OK() {
			t.Fatalf("problems after replace: %v", c.Problems)
		}
		sums, err := src.Summaries()
		must(t, err)
		if last := sums[len(sums)-1]; last.Company != "Changed Ltd" {
			t.Fatalf("oldest summary %+v", last)
		}
	})

	t.Run("DryRun", func(t *testing.T) {
		_, data := sourceJournal(t)
		doc := readBack(t, data)
		dst := MustOpen(t)
		// dst already holds the first two interviews of the file.
		_, err := dst.Import(doc.Interviews[:2], nil, false, false)
		must(t, err)
		before := exportOf(t, dst)
		for _, replace := range []bool{false, true} {
			dry, err := dst.Import(doc.Interviews, doc.Reviews, replace, true)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(exportOf(t, dst), before) {
				t.Fatal("a dry run changed the journal")
			}
			want := store.ImportReport{Added: 3, Skipped: 2, ReviewsAdded: 1}
			if replace {
				want = store.ImportReport{Added: 3, Replaced: 2, ReviewsAdded: 1}
			}
			if dry != want {
				t.Fatalf("dry run (replace %v) reports %+v, want %+v", replace, dry, want)
			}
		}
		real, err := dst.Import(doc.Interviews, doc.Reviews, false, false)
		must(t, err)
		if real != (store.ImportReport{Added: 3, Skipped: 2, ReviewsAdded: 1}) {
			t.Fatalf("the real run reports %+v", real)
		}
	})

	t.Run("TakenIDs", func(t *testing.T) {
		_, data := sourceJournal(t)
		doc := readBack(t, data)
		dst := MustOpen(t)
		// Written on another day than the source's interviews.
		dst.Now = fixedClock(sameDay.AddDate(0, 1, 0), time.Second)
		// An interview of dst's own holds ID 2, which the file uses too.
		own := []journal.Interview{*sample(), *sample()}
		own[0].Company, own[1].Company = "Own one", "Own two"
		_, err := dst.Import(own, nil, false, false)
		must(t, err)
		must(t, nothingErr(dst.DeleteInterview(1)))

		rep, err := dst.Import(doc.Interviews, doc.Reviews, false, false)
		must(t, err)
		if rep != (store.ImportReport{Added: 5, Renumbered: 2, ReviewsAdded: 1}) {
			t.Fatalf("report %+v", rep)
		}
		ivs, err := dst.Interviews()
		must(t, err)
		var ids []uint64
		for _, iv := range ivs {
			ids = append(ids, iv.ID)
		}
		// 3, 4, 5 keep their IDs. The file's 2 is taken, and its 1 was
		// given out before (to the interview deleted, which an undo would
		// put back): both come after all of them.
		if !slices.Equal(ids, []uint64{2, 3, 4, 5, 6, 7}) || ivs[0].Company != "Own two" ||
			ivs[4].CreatedAt != doc.Interviews[0].CreatedAt || ivs[5].CreatedAt != doc.Interviews[1].CreatedAt {
			t.Fatalf("ids %v, companies %q %q", ids, ivs[0].Company, ivs[5].Company)
		}
		// Importing the file again finds the renumbered interview too.
		again, err := dst.Import(doc.Interviews, doc.Reviews, false, false)
		must(t, err)
		if again != (store.ImportReport{Skipped: 5, ReviewsSkipped: 1}) {
			t.Fatalf("second import %+v", again)
		}
		if c := mustCheck(t, dst); !c.OK() {
			t.Fatalf("problems: %v", c.Problems)
		}
	})

	t.Run("ErrInvalidRejectsAll", func(t *testing.T) {
		_, data := sourceJournal(t)
		doc := readBack(t, data)
		dst := MustOpen(t)
		before := exportOf(t, dst)
		doc.Interviews[3].Nerves = 9
		_, err := dst.Import(doc.Interviews, doc.Reviews, false, false)
		if journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("got %v", err)
		}
		if !bytes.Equal(exportOf(t, dst), before) {
			t.Fatal("part of a rejected import was written")
		}
	})

	t.Run("StampsMissingTimes", func(t *testing.T) {
		dst := MustOpen(t)
		iv := *sample()
		rep, err := dst.Import([]journal.Interview{iv, iv}, []journal.Review{{WeekOf: journal.NewDate(2026, 1, 5)}}, false, false)
		must(t, err)
		if rep.Added != 2 || rep.ReviewsAdded != 1 {
			t.Fatalf("report %+v", rep)
		}
		ivs, _ := dst.Interviews()
		if len(ivs) != 2 || ivs[0].CreatedAt.IsZero() || !ivs[0].UpdatedAt.Equal(ivs[0].CreatedAt) || ivs[0].ID == ivs[1].ID {
			t.Fatalf("interviews %+v", ivs)
		}
		if iv.ID != 0 || !iv.CreatedAt.IsZero() {
			t.Fatal("the caller's interview was changed")
		}
	})
}

// nothingErr drops the first result of a call.
func nothingErr[T any](_ T, err error) error { return err }

// sameDay is a fixed creation time for records that must match.
var sameDay = time.Date(2026, 3, 14, 18, 30, 0, 0, time.UTC)

func TestImportIdentity(t *testing.T) {
	base := *sample()
	base.CreatedAt = sameDay
	base.UpdatedAt = sameDay
	t.Run("SameCreationTimeOtherInterview", func(t *testing.T) {
		// Another interview created at the same moment (a clock that
		// repeats, or two journals made by a program) is not skipped.
		dst := MustOpen(t)
		mine := base
		mine.ID = 1
		_, err := dst.Import([]journal.Interview{mine}, nil, false, false)
		must(t, err)
		theirs := base
		theirs.ID = 7
		theirs.Company = "Globex"
		rep, err := dst.Import([]journal.Interview{theirs}, nil, false, false)
		must(t, err)
		if rep != (store.ImportReport{Added: 1}) {
			t.Fatalf("report %+v", rep)
		}
	})
	t.Run("SameInterviewInAnotherZone", func(t *testing.T) {
		dst := MustOpen(t)
		mine := base
		mine.ID = 1
		_, err := dst.Import([]journal.Interview{mine}, nil, false, false)
		must(t, err)
		again := base
		again.ID = 3
		again.CreatedAt = sameDay.In(time.FixedZone("", 3600))
		rep, err := dst.Import([]journal.Interview{again}, nil, false, false)
		must(t, err)
		if rep != (store.ImportReport{Skipped: 1}) {
			t.Fatalf("report %+v", rep)
		}
	})
}
