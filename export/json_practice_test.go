package export_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// practiceDocument is richDocument with cards, out of order, and a story.
func practiceDocument() *export.Document {
	doc := richDocument()
	id := doc.Interviews[0].ID
	at := time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)
	doc.Cards = []journal.Card{
		{InterviewID: id, Number: 2, From: "Tell me about a failure.", Question: "Tell me about a failure.", Answer: "The outage", Due: journal.NewDate(2026, 3, 20), CreatedAt: at},
		{InterviewID: id, Number: 1, From: "What would you earn?", Question: "What would you earn in your dream job?", Answer: "A range",
			Tags: []string{"salary"}, Stability: 3.17, Difficulty: 5.28, Due: journal.NewDate(2026, 3, 17),
			Reviews: []journal.CardReview{{Day: journal.NewDate(2026, 3, 14), Grade: 3}}, CreatedAt: at},
	}
	doc.Stories = []journal.Story{{ID: 4, Title: "The outage", Situation: "Black Friday", Themes: []string{"pressure"}, Cards: []string{"3/2"}, CreatedAt: at, UpdatedAt: at}}
	return doc
}

func TestPracticeRoundTrip(t *testing.T) {
	doc := practiceDocument()
	first := writeJSON(t, doc)
	if !strings.Contains(string(first), `"cards": [`) || strings.Index(string(first), `"number": 1`) > strings.Index(string(first), `"number": 2`) {
		t.Fatalf("cards missing or out of order:\n%s", first)
	}
	back := readJSON(t, first)
	if d := sameData(sortedCopy(doc), back); d != "" {
		t.Fatalf("read back different data: %s", d)
	}
	if second := writeJSON(t, back); !bytes.Equal(first, second) {
		t.Fatalf("second write differs:\n%s", firstDifference(first, second))
	}
}

func TestPracticeRejects(t *testing.T) {
	for name, c := range map[string]struct {
		edit func(*export.Document)
		want string
	}{
		"CardWithoutInterview": {func(d *export.Document) { d.Cards[0].InterviewID = 999 }, "belongs to interview 999, which is not in this export"},
		"CardTwice":            {func(d *export.Document) { d.Cards[1].Number = 2 }, "is already cards[0]"},
		"BadGrade":             {func(d *export.Document) { d.Cards[1].Reviews[0].Grade = 9 }, "9 is not a grade"},
		"StoryWithoutID":       {func(d *export.Document) { d.Stories[0].ID = 0 }, "every story needs one above 0"},
		"StoryWithoutTitle":    {func(d *export.Document) { d.Stories[0].Title = "" }, "a story needs a title"},
	} {
		t.Run(name, func(t *testing.T) {
			doc := practiceDocument()
			c.edit(doc)
			_, err := export.ReadJSON(bytes.NewReader(writeJSON(t, doc)))
			if err == nil || !strings.Contains(journal.ErrorMessage(err), c.want) {
				t.Fatalf("err %v, want it to say %q", err, c.want)
			}
		})
	}
}
