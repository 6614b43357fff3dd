package remind

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// Report is what needs the user on one day.
type Report struct {
	// Today is the day the report is for.
	Today journal.Date
	// FollowUps are the follow-ups due today or overdue, most urgent first.
	FollowUps []journal.AgendaItem
	// DrillsDue is how many practice cards are due.
	DrillsDue int
	// ReviewDue is set when no weekly review was done in the last week.
	ReviewDue bool
	// LastReview is the day of the latest weekly review, zero when none.
	LastReview journal.Date
}

// Count is how many things need the user: each follow-up, each card and
// the review.
func (r Report) Count() int {
	n := len(r.FollowUps) + r.DrillsDue
	if r.ReviewDue {
		n++
	}
	return n
}

// maxListed is how many follow-ups the plain report names one by one.
const maxListed = 5

// Lines returns the report as a few plain lines for a person: nothing
// when nothing is due. Stored text is made safe to print.
func (r Report) Lines() []string {
	var out []string
	if n := len(r.FollowUps); n > 0 {
		out = append(out, plural(n, "follow-up")+" to send:")
		for i, it := range r.FollowUps {
			if i == maxListed {
				out = append(out, fmt.Sprintf("  … and %d more: debrief followups", n-maxListed))
				break
			}
			out = append(out, "  "+followUpLine(it, r.Today))
		}
	}
	if r.DrillsDue > 0 {
		out = append(out, plural(r.DrillsDue, "practice card")+" due: debrief drill")
	}
	if r.ReviewDue {
		when := "No weekly review yet"
		if !r.LastReview.IsZero() {
			when = "No weekly review since " + r.LastReview.String()
		}
		out = append(out, when+": debrief review")
	}
	return out
}

// followUpLine names one follow-up, its interview, when it was due and
// the command that drafts it.
func followUpLine(it journal.AgendaItem, today journal.Date) string {
	f := it.FollowUp
	when := "due today"
	if late := f.DaysLate(today); late > 0 {
		when = plural(late, "day") + " late"
	}
	title := safetext.Line(strings.TrimSpace(it.Company))
	if title == "" {
		title = "interview " + strconv.FormatUint(it.InterviewID, 10)
	}
	return fmt.Sprintf("%s · %s (%s): debrief followups draft %d/%s",
		f.Kind.Label(), title, when, it.InterviewID, safetext.Line(f.ID))
}

// Summary is the report in one short sentence, for a notification's
// title line: "3 things need you today".
func (r Report) Summary() string {
	switch n := r.Count(); n {
	case 0:
		return "Nothing needs you today"
	case 1:
		return "1 thing needs you today"
	default:
		return strconv.Itoa(n) + " things need you today"
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
