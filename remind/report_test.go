package remind

import (
	"fmt"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestReportLines(t *testing.T) {
	today := journal.NewDate(2026, 3, 14)
	var items []journal.AgendaItem
	for i := range 7 {
		items = append(items, journal.AgendaItem{
			InterviewID: uint64(i + 1), Company: fmt.Sprintf("Co%d\x1b]52;c;AAAA\x07", i),
			FollowUp: journal.FollowUp{ID: "thank_you", Kind: journal.FollowUpThankYou, Due: today.AddDays(-i), Status: journal.FollowUpOpen},
		})
	}
	r := Report{Today: today, FollowUps: items, DrillsDue: 1, ReviewDue: true, LastReview: today.AddDays(-9)}
	text := strings.Join(r.Lines(), "\n")
	for _, want := range []string{"7 follow-ups to send:", "(due today)", "… and 2 more: debrief followups", "1 practice card due: debrief drill", "No weekly review since 2026-03-05: debrief review"} {
		if !strings.Contains(text, want) {
			t.Errorf("lacks %q:\n%s", want, text)
		}
	}
	if strings.ContainsAny(text, "\x1b\x07") {
		t.Errorf("stored escape sequences printed: %q", text)
	}
	if r.Count() != 9 || r.Summary() != "9 things need you today" {
		t.Errorf("count %d, summary %q", r.Count(), r.Summary())
	}
	if len((Report{}).Lines()) != 0 || (Report{}).Summary() != "Nothing needs you today" {
		t.Error("an empty report says something")
	}
}
