package practice

import (
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

func TestMakeBrief(t *testing.T) {
	d := journal.NewDate(2026, 3, 14)
	ivs := []*journal.Interview{
		{ID: 1, Company: "Acme Corp", Role: "Engineer", Date: d.AddDays(-20), Lessons: []string{"Name a number", "Slow down"},
			Interviewers: []journal.Person{{Name: "Dana"}}},
		{ID: 2, Company: "Globex", Role: "Engineer", Date: d.AddDays(-5), Lessons: []string{"Bring numbers", "name a number "}},
	}
	cards := []journal.Card{
		{InterviewID: 1, Question: "What are you earning?", Answer: "A range", Tags: []string{"pay"}},
		{InterviewID: 2, Question: "Why leave?", Answer: "Growth", Suspended: true},
	}
	stories := []journal.Story{{Title: "The raise", Themes: []string{"Pay"}}}
	reviews := []*journal.Review{
		{Focus: "Slow down", CreatedAt: d.AddDays(-10).Time(time.UTC)},
		{Focus: "Bring numbers", PreviousFocus: "slow down", PreviousFocusDone: journal.PractisedYes, CreatedAt: d.AddDays(-3).Time(time.UTC)},
	}
	b := MakeBrief(BriefInput{Company: "acme", Interviews: ivs, Cards: cards, Stories: stories, Reviews: reviews,
		Themes: []Theme{{Name: "pay", Interviews: 2, Questions: []string{"What are you earning?"}}, {Name: "motivation", Questions: []string{"Why leave?"}}}})
	if len(b.Themes) != 2 || len(b.Themes[0].Answers) != 1 || len(b.Themes[0].Stories) != 1 || len(b.Themes[1].Answers) != 0 {
		t.Fatalf("themes %+v", b.Themes)
	}
	if b.Focus != "Bring numbers" {
		t.Fatalf("focus %q", b.Focus)
	}
	// Newest first, each once, the practised one left out.
	if len(b.Lessons) != 2 || b.Lessons[0] != "Bring numbers" || b.Lessons[1] != "name a number " {
		t.Fatalf("lessons %q", b.Lessons)
	}
	if len(b.Past) != 1 || b.Past[0].ID != 1 {
		t.Fatalf("past %+v", b.Past)
	}
	if len(MakeBrief(BriefInput{Interviews: ivs}).Past) != 0 {
		t.Fatal("a brief for no company lists past interviews")
	}
}
