package e2e_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A day in year 0 (or any year no one means) was accepted from a flag, an
// import or the clock, and then check, list and home called the journal
// damaged. Every way in now refuses it with exit 5, names the years
// debrief keeps, and changes nothing.
func TestDaysOutsideTheYearsAreRefused(t *testing.T) {
	db, env := journalWithOneInterview(t)
	before, _, _ := run(t, env, "", "export")
	dir := filepath.Dir(db)
	yearZero := filepath.Join(dir, "year-zero.json")
	doc := strings.NewReplacer(`"id": 1,`, `"id": 2,`, `"date": "2026-03-10"`, `"date": "0000-01-01"`).Replace(goodDocument)
	if err := os.WriteFile(yearZero, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	answers := "Globex\nAnalyst\n" + strings.Repeat("\n", 60)
	cases := []struct {
		name  string
		env   []string
		stdin string
		args  []string
		want  string
	}{
		{"NewDate", nil, answers, []string{"new", "--accessible", "--date", "0000-01-01"}, "--date: 0000-01-01 is outside"},
		{"NewDateLate", nil, answers, []string{"new", "--accessible", "--date", "2201-01-01"}, "--date: 2201-01-01 is outside"},
		{"OutcomeDate", nil, "", []string{"outcome", "1", "offer", "--date", "0000-01-01"}, "--date: 0000-01-01 is outside"},
		{"FeedbackDate", nil, "They liked the design part.", []string{"feedback", "1", "--date", "1899-12-31"}, "--date: 1899-12-31 is outside"},
		{"DoneDate", nil, "", []string{"followups", "done", "1/thank_you", "--date", "0000-01-01"}, "0000-01-01 is outside"},
		{"SnoozeUntil", nil, "", []string{"followups", "snooze", "1/thank_you", "2201-01-01"}, "2201-01-01 is outside"},
		{"DemoToday", nil, "", []string{"demo", "--today", "0000-01-01"}, "--today: 0000-01-01 is outside"},
		{"Import", nil, "", []string{"import", yearZero}, "line 9, column 15: interviews[0] (id 2, Acme, Engineer): date: 0000-01-01 is outside"},
		{"ClockNew", []string{"DEBRIEF_NOW=0000-06-01T10:00:00Z"}, answers, []string{"new", "--accessible"}, `DEBRIEF_NOW is "0000-06-01T10:00:00Z"`},
		{"ClockOutcome", []string{"DEBRIEF_NOW=0000-06-01T10:00:00Z"}, "", []string{"outcome", "1", "offer"}, "DEBRIEF_NOW"},
		{"ClockLate", []string{"DEBRIEF_NOW=2201-06-01T10:00:00Z"}, "", []string{"list", "--plain"}, "DEBRIEF_NOW"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := run(t, append(append([]string(nil), env...), tc.env...), tc.stdin, tc.args...)
			if code != 5 {
				t.Fatalf("exit %d, want 5\n%s%s", code, out, errOut)
			}
			if !strings.Contains(errOut, tc.want) || !strings.Contains(errOut, "1900") || !strings.Contains(errOut, "2200") {
				t.Fatalf("the message lacks %q or the years debrief keeps:\n%s", tc.want, errOut)
			}
			requireUnchanged(t, env, before)
		})
	}
	t.Run("EdgesOK", func(t *testing.T) {
		// The last day debrief keeps, on a clock standing on it: a day
		// after today is refused whatever its year.
		atEdge := append(append([]string(nil), env...), "DEBRIEF_NOW=2200-12-31T12:00:00Z")
		for _, args := range [][]string{
			{"outcome", "1", "offer", "--date", "2200-12-31"},
			{"feedback", "1", "--date", "2200-12-31", "Late, but kind."},
		} {
			if out, errOut, code := run(t, atEdge, "", args...); code != 0 {
				t.Fatalf("%v: exit %d\n%s%s", args, code, out, errOut)
			}
		}
		if out, errOut, code := run(t, env, "", "check"); code != 0 {
			t.Fatalf("check: exit %d\n%s%s", code, out, errOut)
		}
	})
}
