package export_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// TestICSTextIsSafeAndWhole checks the text of calendar entries: nothing a
// terminal acts on, and nothing lost after a misread quote (U+009D) or an
// escape sequence that never ends.
func TestICSTextIsSafeAndWhole(t *testing.T) {
	var events []export.CalendarEvent
	for _, a := range safetext.Attacks() {
		events = append(events, export.CalendarEvent{
			UID: "x-" + a.Name, Day: journal.NewDate(2026, 3, 14),
			Summary:     "Thank you · Acme " + a.Seq + "\nAFTER-SUMMARY",
			Description: "Why " + a.Seq + "\nAFTER-DESCRIPTION",
		})
	}
	events = append(events, export.CalendarEvent{
		UID: "mojibake", Day: journal.NewDate(2026, 3, 14),
		Summary: "Acme\u00e2\u0080\u009d AFTER-QUOTE", Description: "open \x1b]0;never closed AFTER-OPEN",
	})
	var b bytes.Buffer
	if err := export.WriteICS(&b, events, time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if reason := calendarProblem(strings.ReplaceAll(out, "\r\n", "\n")); reason != "" {
		t.Fatalf("the calendar is not safe to print: %s", reason)
	}
	// Unfold the lines, as a calendar reads them.
	text := strings.ReplaceAll(out, "\r\n ", "")
	for _, want := range []string{"AFTER-QUOTE", "never closed AFTER-OPEN"} {
		if !strings.Contains(text, want) {
			t.Errorf("the calendar lost %q", want)
		}
	}
	if n := strings.Count(text, "AFTER-SUMMARY"); n != len(events)-1 {
		t.Errorf("%d summaries of %d kept the text after the attack", n, len(events)-1)
	}
	if n := strings.Count(text, "AFTER-DESCRIPTION"); n != len(events)-1 {
		t.Errorf("%d descriptions of %d kept the text after the attack", n, len(events)-1)
	}
}

// calendarProblem returns why s could act on a terminal, or "".
func calendarProblem(s string) string {
	if !safetext.IsClean(s) {
		return "safetext.Text would change it: " + strings.ToValidUTF8(s[:min(len(s), 80)], "?")
	}
	return ""
}
