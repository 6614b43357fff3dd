package prep

import (
	"strconv"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// compactPractice counts the interviews read whole, one by one or all at
// once, and keeps results as the store does.
type compactPractice struct {
	*uitest.FakePractice
	whole, one int
	kept       map[string][]byte
}

func (c *compactPractice) Interviews() ([]*journal.Interview, error) {
	c.whole++
	return c.FakePractice.Interviews()
}

func (c *compactPractice) Interview(id uint64) (*journal.Interview, error) {
	c.one++
	return c.FakePractice.Interview(id)
}

func (c *compactPractice) AnalysisInterviews() ([]*journal.Interview, error) {
	ivs, err := c.FakePractice.Interviews()
	for _, iv := range ivs {
		iv.Interviewers = nil
	}
	return ivs, err
}

func (c *compactPractice) AnalysisResult(name, stamp string, draw func([]*journal.Interview) ([]byte, error)) ([]byte, error) {
	if b, ok := c.kept[name+stamp]; ok {
		return b, nil
	}
	ivs, _ := c.AnalysisInterviews()
	b, err := draw(ivs)
	c.kept[name+stamp] = b
	return b, err
}

// TestBriefReadsOnlyTheInterviewsAsked reads whole only the newest
// interviews, as many as hold the lessons the brief lists, and those with
// the company asked, for the people met; a second brief reads the themes
// kept by the first.
func TestBriefReadsOnlyTheInterviewsAsked(t *testing.T) {
	p := briefJournal(t)
	// Eight older interviews, each with a lesson of its own: the brief
	// needs four of them besides the newest three's shared lesson.
	for i := range 8 {
		iv := journal.Interview{
			Company: "Hooli", Role: "Backend engineer", Date: today.AddDays(-30 - i), Stage: journal.StageFirst,
			Lessons: []string{"Lesson " + strconv.Itoa(i)}, Outcome: journal.Outcome{Status: journal.StatusPending},
		}
		if err := p.FinishDraft(0, &iv); err != nil {
			t.Fatal(err)
		}
	}
	c := &compactPractice{FakePractice: p, kept: map[string][]byte{}}
	for range 2 {
		ctx := uitest.NewContext(c)
		ctx.Practice = c
		ctx.Width, ctx.Height = 100, 60
		h, _ := uitest.Start(t, ctx, New(ctx, "acme", ""))
		for _, want := range []string{"What they keep asking you", "A researched range", "Pause before answering", "Lesson 3", "Met Dana Lee"} {
			if !strings.Contains(h.View(), want) {
				t.Fatalf("the brief lacks %q:\n%s", want, h.View())
			}
		}
		if strings.Contains(h.View(), "Lesson 4") {
			t.Fatalf("the brief lists more lessons than it should:\n%s", h.View())
		}
	}
	if c.whole != 0 || c.one != 14 {
		t.Fatalf("read every interview whole %d times and %d one by one; want 0 and 14 (seven of eleven, twice)", c.whole, c.one)
	}
	if len(c.kept) != 1 {
		t.Fatalf("kept results: %d", len(c.kept))
	}
}
