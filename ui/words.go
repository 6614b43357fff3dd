package ui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// bullet draws text as an indented bullet, wrapped to width with a hanging
// indent.
func bullet(text string, width int) string { return hang(text, width, "  • ", "    ") }

// thousands writes n with commas between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

func pluralWord(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// shortDay writes a day as "Sat 14 Mar".
func shortDay(d journal.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.Time(time.UTC).Format("Mon 2 Jan")
}

// streakWords describes a streak for a header.
func streakWords(s journal.Streak) string {
	switch {
	case s.Weeks == 0:
		return "no streak yet"
	case s.Weeks == 1 && s.ThisWeek:
		return "reviewed this week"
	case s.Weeks == 1:
		return "1-week streak"
	}
	return fmt.Sprintf("%d weeks in a row", s.Weeks)
}

// summaryRow draws one interview as a line: date, title, stage and outcome.
func summaryRow(st Styles, s journal.Summary, width int) string {
	date := s.Date.String()
	if date == "" {
		date = "          "
	}
	right := s.Stage.Label()
	if s.Stage == "" {
		right = ""
	}
	status := s.Status.Label()
	tail := fmt.Sprintf("%-14s %-11s", truncate(right, 14), status)
	titleWidth := max(8, width-len(date)-lipgloss.Width(tail)-6)
	title := truncate(safetext.Line(s.Title()), titleWidth)
	pad := strings.Repeat(" ", max(1, titleWidth-lipgloss.Width(title)+1))
	return "  " + st.Subtle.Render(date) + "  " + title + pad + st.Faint.Render(tail)
}
