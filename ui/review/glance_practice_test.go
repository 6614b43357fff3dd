package review

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// drilledWeek is weekJournal with a focus on salary questions and their
// two cards: one due today and practised twice since the last review, one
// due later and practised only before it.
func drilledWeek(t *testing.T) *uitest.FakePractice {
	t.Helper()
	j := weekJournal()
	r := j.StoredReviews[1]
	r.Focus = "Name a salary range first"
	j.StoredReviews[1] = r
	ivs, _ := j.Interviews()
	for _, iv := range ivs {
		for i := range iv.Curveballs {
			iv.Curveballs[i].BetterAnswer = "A range from my research, then a question about the band."
		}
		if err := j.UpdateInterview(iv); err != nil {
			t.Fatal(err)
		}
	}
	p := uitest.NewFakePractice(j)
	cards, _ := p.Cards()
	if len(cards) != 2 {
		t.Fatalf("want the two salary cards, got %d", len(cards))
	}
	d := journal.NewDate
	for i, c := range cards {
		c.Tags = []string{"Salary"}
		c.Due = d(2026, 3, 14)
		c.Reviews = []journal.CardReview{{Day: d(2026, 3, 5), Grade: 3}}
		if i == 1 {
			c.Due = d(2026, 3, 20)
			c.Reviews = append(c.Reviews, journal.CardReview{Day: d(2026, 3, 9), Grade: 1}, journal.CardReview{Day: d(2026, 3, 12), Grade: 3})
		}
		p.StoredCards[c.Ref()] = c
	}
	return p
}

// TestGlanceShowsTheDrills says on the week at a glance how many cards are
// due and how many cards of last week's focus were drilled since the last
// review, and carries that beside the question whether it was practised.
func TestGlanceShowsTheDrills(t *testing.T) {
	p := drilledWeek(t)
	ctx := uitest.NewContext(p.FakeJournal)
	ctx.Practice = p
	g := NewGlance(ctx)
	h, d := uitest.Start(t, ctx, g)
	view := h.View()
	const evidence = "Drills: 1 of 2 cards on it drilled since Sun 8 Mar, 2 times."
	for _, want := range []string{"1 card due", "“Name a salary range first”: 1 of 2 cards drilled since Sun 8 Mar, 2 times"} {
		if !strings.Contains(view, want) {
			t.Errorf("the glance does not say %q:\n%s", want, view)
		}
	}
	d.Press(tea.KeyPressMsg{Code: tea.KeyEnter})
	if len(h.Flows) != 1 {
		t.Fatalf("enter did not start the review: %+v", h.Flows)
	}
	set := kit.ReviewSet(prompts.Set{}, h.Flows[0].Draft)
	if set.Prompts[0].ID != kit.PromptPreviousFocusDone || !strings.Contains(set.Prompts[0].Hint, evidence) {
		t.Fatalf("the question does not show the drills: %+v", set.Prompts[0])
	}
	golden.RequireEqual(t, []byte(view))
}

// TestGlanceWithoutCards leaves the drills out when the journal keeps no
// cards, and says so when none is on the focus.
func TestGlanceWithoutCards(t *testing.T) {
	ctx := uitest.NewContext(weekJournal())
	h, _ := uitest.Start(t, ctx, NewGlance(ctx))
	if strings.Contains(h.View(), "Practice") {
		t.Fatalf("a journal without cards shows the drills:\n%s", h.View())
	}
	p := uitest.NewFakePractice(weekJournal())
	ctx = uitest.NewContext(p.FakeJournal)
	ctx.Practice = p
	h, d := uitest.Start(t, ctx, NewGlance(ctx))
	if !strings.Contains(h.View(), "“Pause before answering”: no drill card on it yet") {
		t.Fatalf("no word on the focus's cards:\n%s", h.View())
	}
	d.Press(tea.KeyPressMsg{Code: tea.KeyEnter})
	set := kit.ReviewSet(prompts.Set{}, h.Flows[0].Draft)
	if set.Prompts[0].Hint != "You chose: “Pause before answering”" {
		t.Fatalf("the question's hint: %q", set.Prompts[0].Hint)
	}
}
