package store_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// everyField returns an interview with every field filled, custom answers,
// text in several scripts and very long answers.
func everyField() journal.Interview {
	long := strings.Repeat("A long answer that goes on — with «quotes», \"escapes\\\", tabs\tand\nnew lines. ", 9000)
	zone := time.FixedZone("", -(3*3600 + 30*60))
	return journal.Interview{
		Company: "Société Générale & Fils <Ltd>", Role: "Ingénieure 数据 🚀",
		Date: journal.NewDate(2026, 2, 28), Stage: journal.StagePanel, Format: journal.FormatOnsite,
		Interviewers: []journal.Person{
			{Name: "Ødegaard, Ana", Title: "Head of Talent", Contact: "ana@example.org, +47 22 00 00 00"},
			{Name: "김민수"},
		},
		DecisionExpected: journal.NewDate(2026, 3, 6),
		MoodBefore:       1, MoodAfter: 5, Authenticity: 3, Nerves: 2,
		WentWell: []string{"", "  spaces kept  ", "<script>alert(1)</script>"},
		Curveballs: []journal.Curveball{
			{Question: "Why now?", Answer: long[:5000], BetterAnswer: "Because…", Tags: []string{"motivation", "timing"}},
			{Question: "\u202eReversed?\u202c", Tags: []string{}},
		},
		Scripted:        []string{"intro"},
		AuthenticityWhy: long,
		ShouldHaveTold:  []string{"the outage story"},
		FirstImpression: "Bright office.\r\nWindows line ends too.",
		QuestionsAsked:  []string{"How is success measured?"},
		Fit:             "\x07 and \x1b[31m control characters",
		OutsideControl:  "Budget",
		Lessons:         []string{"Breathe", "Ask for the range"},
		ProudOf:         "Stayed calm",
		Answers: []journal.Answer{
			{Prompt: "energy", Title: "Energy", Value: "3/5"},
			{Prompt: "custom.rating", Value: "4"},
			{Prompt: "ünïcode-prompt", Title: "Ünïcode", Value: long[:20000]},
		},
		Tags:            []string{"remote", "fintech"},
		Outcome:         journal.Outcome{Status: journal.StatusOffer, Date: journal.NewDate(2026, 3, 10)},
		StillInterested: true,
		Feedback:        []journal.Feedback{{Date: journal.NewDate(2026, 3, 9), From: "Recruiter", Text: "Strong system design"}, {Text: "no date"}},
		FollowUps: []journal.FollowUp{
			{ID: "thank-you", Kind: "thank_you", Due: journal.NewDate(2026, 2, 29), Status: journal.FollowUpDone, DoneAt: journal.NewDate(2026, 2, 28), Note: "sent ✉"},
			{ID: "check-in", Kind: "check_in", Status: journal.FollowUpSnoozed, SnoozedUntil: journal.NewDate(2026, 3, 12)},
		},
		CreatedAt: time.Date(2026, 2, 28, 19, 4, 5, 987654321, zone),
		UpdatedAt: time.Date(2026, 3, 10, 8, 0, 0, 1, zone),
	}
}

func everyReviewField() journal.Review {
	return journal.Review{
		WeekOf:            journal.NewDate(2026, 3, 2),
		Answers:           []journal.Answer{{Prompt: "wins", Title: "Wins", Value: "Two offers 🎉"}, {Prompt: "hard", Value: "Waiting\nand waiting"}},
		Focus:             "Negotiate",
		PreviousFocus:     "Slow down",
		PreviousFocusDone: journal.PractisedPartly,
		PreviousFocusNote: "Better in the second interview",
		CreatedAt:         time.Date(2026, 3, 8, 20, 0, 0, 5, time.UTC),
	}
}

// roundTrip imports an export into an empty journal, exports again, and
// fails unless both exports are the same bytes. It returns the new journal.
func roundTrip(t *testing.T, first []byte) *store.Store {
	t.Helper()
	doc := readBack(t, first)
	dst := MustOpen(t)
	rep, err := dst.Import(doc.Interviews, doc.Reviews, false, false)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != len(doc.Interviews) || rep.ReviewsAdded != len(doc.Reviews) || rep.Renumbered != 0 {
		t.Fatalf("report %+v for %d interviews", rep, len(doc.Interviews))
	}
	second := exportOf(t, dst)
	if !bytes.Equal(first, second) {
		t.Fatalf("the second export differs from the first:\n%s", firstDifference(first, second))
	}
	return dst
}

func TestJSONRoundTrip(t *testing.T) {
	t.Run("EveryField", func(t *testing.T) {
		src := MustOpen(t)
		rich, sparse := everyField(), journal.Interview{Company: "Initech"}
		_, err := src.Import([]journal.Interview{rich, sparse}, []journal.Review{everyReviewField(), {WeekOf: journal.NewDate(2026, 3, 9)}}, false, false)
		must(t, err)
		must(t, src.SaveDraft(&journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Draft Co"}}))
		first := exportOf(t, src)
		if bytes.Contains(first, []byte("Draft Co")) {
			t.Fatal("a draft was exported")
		}
		dst := roundTrip(t, first)
		got, err := dst.Interview(1)
		must(t, err)
		if got.AuthenticityWhy != rich.AuthenticityWhy || got.Answers[2].Value != rich.Answers[2].Value || !got.CreatedAt.Equal(rich.CreatedAt) {
			t.Fatal("the long answers or the times did not survive")
		}
		if c := mustCheck(t, dst); !c.OK() {
			t.Fatalf("problems: %v", c.Problems)
		}
	})

	t.Run("Demo10000", func(t *testing.T) {
		if testing.Short() {
			t.Skip("10,000 interviews take a few seconds")
		}
		src := MustOpen(t)
		ivs := demo.Generate(10000, 3, time.Date(2026, 3, 14, 20, 0, 0, 0, time.UTC))
		rep, err := src.Import(ivs, nil, false, false)
		must(t, err)
		if rep.Added != 10000 {
			t.Fatalf("report %+v", rep)
		}
		first := exportOf(t, src)
		dst := roundTrip(t, first)
		// And a second import of the same file changes nothing.
		doc := readBack(t, first)
		again, err := dst.Import(doc.Interviews, doc.Reviews, false, false)
		must(t, err)
		if again.Skipped != 10000 || again.Added != 0 {
			t.Fatalf("second import %+v", again)
		}
		if !bytes.Equal(exportOf(t, dst), first) {
			t.Fatal("a second import changed the journal")
		}
	})
}

// firstDifference shows where two documents first differ.
func firstDifference(a, b []byte) string {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return "first:  …" + string(a[from:min(len(a), i+80)]) + "\nsecond: …" + string(b[from:min(len(b), i+80)])
}
