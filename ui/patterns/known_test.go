package patterns

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// knownPractice is a journal with the analysis's compact records: it
// counts whole reads, and knows the class of one question, which it files
// under a topic no classifier would choose for it.
type knownPractice struct {
	*uitest.FakePractice
	whole, compact int
}

func (k *knownPractice) Interviews() ([]*journal.Interview, error) {
	k.whole++
	return k.FakePractice.Interviews()
}

func (k *knownPractice) PatternsKnown() ([]*journal.Interview, insight.Known, error) {
	k.compact++
	ivs, err := k.FakePractice.AnalysisInterviews()
	return ivs, knownSalary{}, err
}

// knownSalary knows the salary questions as behavioural ones.
type knownSalary struct{}

func (knownSalary) Question(text string) (string, []string, bool) {
	if strings.Contains(text, "salary") || strings.Contains(text, "earn") || strings.Contains(text, "compensation") {
		return "conflict", []string{"salari"}, true
	}
	return "", nil, false
}
func (knownSalary) Tag(string) (string, string, bool)      { return "", "", false }
func (knownSalary) Lesson(string) (string, []string, bool) { return "", nil, false }

// TestPatternsReadTheCompactRecords: with the analysis's records at hand,
// the screen reads them and what was classified of their texts, never
// every interview whole, and takes the kept classes as they are.
func TestPatternsReadTheCompactRecords(t *testing.T) {
	k := &knownPractice{FakePractice: uitest.NewFakePractice(planted(t))}
	ctx := uitest.NewContext(k.FakePractice.FakeJournal)
	ctx.Practice = k
	p := New(ctx)
	p.Update(p.Init()())
	if k.whole != 0 || k.compact != 1 {
		t.Fatalf("the screen read %d times whole and %d from the records", k.whole, k.compact)
	}
	if v := p.View(); strings.Contains(v, "Salary expectations") {
		t.Fatalf("the kept classes were not used: the salary questions are still their own theme:\n%s", v)
	}
}
