package kit

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// Plural writes a count with its word, adding an s unless it is one: "1 interview", "3 interviews".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// Bullet draws text as an indented bullet, wrapped to width with a hanging
// indent.
func Bullet(text string, width int) string { return Hang(text, width, "  • ", "    ") }

// Thousands writes n with commas between groups of three digits.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + Thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// PluralWord returns the word for n of it, adding an s unless n is one.
func PluralWord(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// ShortDay writes a day as "Sat 14 Mar".
func ShortDay(d journal.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time(time.UTC).Format("Mon 2 Jan")
}

// StreakWords describes a streak for a header. With no run going, it
// recalls the last one rather than saying there is none.
func StreakWords(s journal.Streak) string {
	switch {
	case s.Weeks == 0 && s.Last > 0:
		return "last streak: " + Plural(s.Last, "week")
	case s.Weeks == 0:
		return "no streak yet"
	case s.Weeks == 1 && s.ThisWeek:
		return "reviewed this week"
	case s.Weeks == 1:
		return "1-week streak"
	}
	return fmt.Sprintf("%d weeks in a row", s.Weeks)
}

// SummaryRow draws one interview as a line: date, title, stage and outcome.
func SummaryRow(st Styles, s journal.Summary, width int) string {
	date := s.Date.String()
	if date == "" {
		date = "          "
	}
	right := s.Stage.Label()
	if s.Stage == "" {
		right = ""
	}
	status := s.Status.Label()
	tail := fmt.Sprintf("%-14s %-11s", Truncate(right, 14), status)
	titleWidth := max(8, width-len(date)-lipgloss.Width(tail)-6)
	title := Truncate(safetext.Line(s.Title()), titleWidth)
	pad := strings.Repeat(" ", max(1, titleWidth-lipgloss.Width(title)+1))
	return "  " + st.Subtle.Render(date) + "  " + title + pad + st.Faint.Render(tail)
}

// FollowUpCountsText says how many follow-ups each group holds, leaving out
// empty groups: "2 overdue · 1 today · 4 this week · 3 later · 5 stale ·
// 1 snoozed", or "none open".
func FollowUpCountsText(c journal.AgendaCounts) string {
	var parts []string
	for _, g := range []struct {
		n    int
		name string
	}{{c.Overdue, "overdue"}, {c.Today, "today"}, {c.ThisWeek, "this week"}, {c.Later, "later"}, {c.Stale, "stale"}, {c.Snoozed, "snoozed"}} {
		if g.n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", g.n, g.name))
		}
	}
	if len(parts) == 0 {
		return "none open"
	}
	return strings.Join(parts, " · ")
}
