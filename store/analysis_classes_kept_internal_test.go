package store

import (
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// TestSaveKeepsTheClassesOfUnchangedTexts: a save that changes no question,
// tag or lesson keeps the classes the record holds (so a command that
// writes an outcome need not build the classifier); one that changes a
// question, or classes of another version, classify again.
func TestSaveKeepsTheClassesOfUnchangedTexts(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	iv := &journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 3, 1), Lessons: []string{"Slow down"},
		Curveballs: []journal.Curveball{{Question: "What are your salary expectations?", Tags: []string{"money"}}}}
	if err := s.CreateInterview(iv); err != nil {
		t.Fatal(err)
	}
	topicOf := func(question string) string {
		t.Helper()
		aj, err := s.AnalysisJournal()
		if err != nil {
			t.Fatal(err)
		}
		topic, _, ok := aj.Known.Question(question)
		if !ok {
			t.Fatalf("the record holds no class for %q", question)
		}
		return topic
	}
	save := func(change func(*journal.Interview)) {
		t.Helper()
		got, err := s.Interview(iv.ID)
		if err != nil {
			t.Fatal(err)
		}
		change(got)
		if err := s.UpdateInterview(got); err != nil {
			t.Fatal(err)
		}
	}

	plantClasses(t, s, classesVersion())
	save(func(iv *journal.Interview) { iv.Outcome.Status = journal.StatusOffer })
	if got := topicOf("What are your salary expectations?"); got != "topic:planted" {
		t.Fatalf("after a change of outcome the question is classed %q; the classes kept were not", got)
	}
	save(func(iv *journal.Interview) {
		iv.Feedback = []journal.Feedback{{Date: journal.NewDate(2026, 3, 5), Text: "Strong"}}
	})
	if got := topicOf("What are your salary expectations?"); got != "topic:planted" {
		t.Fatalf("after feedback the question is classed %q; the classes kept were not", got)
	}

	save(func(iv *journal.Interview) { iv.Curveballs[0].Question = "What are you hoping to earn?" })
	if got := topicOf("What are you hoping to earn?"); got == "topic:planted" {
		t.Fatal("a changed question kept the class of the question before it")
	}

	plantClasses(t, s, classesVersion()+1)
	save(func(iv *journal.Interview) { iv.Outcome.Status = journal.StatusRejected })
	if got := topicOf("What are you hoping to earn?"); got == "topic:planted" {
		t.Fatal("classes of another version were kept")
	}
	rep, err := s.Check()
	if err != nil || !rep.OK() {
		t.Fatalf("check after the saves: %v %v", err, rep.Problems)
	}
}
