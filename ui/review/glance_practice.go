package review

import (
	"fmt"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"

	"github.com/debrief-journal/debrief/ui/kit"
)

// glancePractice is what the week at a glance says of the drills: how
// many cards are due, and how much of last week's focus was drilled.
type glancePractice struct {
	due int
	// focusCards is how many cards belong to last week's focus; practised
	// how many of them were practised since the last review, and times
	// how many practices that made.
	focusCards, practised, times int
}

// loadPractice reads the drill history for the week, or returns nil when
// the journal keeps no cards or they cannot be read: the review goes on
// without them.
func loadPractice(pr kit.Practice, w insight.Week) *glancePractice {
	if pr == nil {
		return nil
	}
	due, err := pr.CountDueCards(w.Today)
	if err != nil {
		return nil
	}
	gp := &glancePractice{due: due}
	if w.PreviousFocus == "" {
		return gp
	}
	cards, err := pr.Cards()
	if err != nil {
		return gp
	}
	focus := practice.FocusCards(cards, w.PreviousFocus)
	gp.focusCards = len(focus)
	gp.practised, gp.times = practice.Practised(focus, w.From, w.Today)
	return gp
}

// focusEvidence words what the drills show of last week's focus, as a
// sentence beside the question whether it was practised; "" when no card
// belongs to it.
func (gp *glancePractice) focusEvidence(since journal.Date) string {
	if w := gp.focusWords(since, " on it"); w != "" {
		return "Drills: " + w + "."
	}
	return ""
}

// focusWords says how many cards of last week's focus were drilled since
// the day given, such as "1 of 2 cards drilled since Sun 8 Mar, 2 times",
// with onIt after the word cards; "" when no card belongs to the focus.
func (gp *glancePractice) focusWords(since journal.Date, onIt string) string {
	if gp == nil || gp.focusCards == 0 {
		return ""
	}
	day := kit.ShortDay(since)
	switch {
	case gp.practised == 0 && gp.focusCards == 1:
		return "the card" + onIt + " not drilled since " + day
	case gp.practised == 0:
		return fmt.Sprintf("none of the %d cards%s drilled since %s", gp.focusCards, onIt, day)
	case gp.focusCards == 1:
		return "the card" + onIt + " drilled since " + day + ", " + kit.Plural(gp.times, "time")
	}
	return fmt.Sprintf("%d of %d cards%s drilled since %s, %s", gp.practised, gp.focusCards, onIt, day, kit.Plural(gp.times, "time"))
}

// dueWords says how many cards are due today.
func (gp *glancePractice) dueWords() string {
	if gp.due == 0 {
		return "no card due today"
	}
	return kit.Plural(gp.due, "card") + " due · debrief drill"
}
