package prep

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// compactPractice serves the analysis records as the store does, without
// the people met, and counts whole reads.
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

// TestBriefReadsOnlyTheInterviewsAsked draws the brief from the analysis
// records and reads whole only the interviews with the company asked, for
// the people met; a second brief reads the themes kept by the first.
func TestBriefReadsOnlyTheInterviewsAsked(t *testing.T) {
	c := &compactPractice{FakePractice: briefJournal(t), kept: map[string][]byte{}}
	for range 2 {
		ctx := uitest.NewContext(c)
		ctx.Practice = c
		ctx.Width, ctx.Height = 100, 60
		h, _ := uitest.Start(t, ctx, New(ctx, "acme", ""))
		for _, want := range []string{"What they keep asking you", "A researched range", "Pause before answering", "Met Dana Lee"} {
			if !strings.Contains(h.View(), want) {
				t.Fatalf("the brief lacks %q:\n%s", want, h.View())
			}
		}
	}
	if c.whole != 0 || c.one != 2 {
		t.Fatalf("read every interview whole %d times and %d one by one; want 0 and 2 (Acme, twice)", c.whole, c.one)
	}
	if len(c.kept) != 1 {
		t.Fatalf("kept results: %d", len(c.kept))
	}
}
