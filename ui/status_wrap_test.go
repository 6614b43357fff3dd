package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/kit"
)

// longStatus is a message of the length the clashes and failures say, its
// keys at the end.
const longStatus = "Another debrief changed this message meanwhile, so yours was not saved over it. ctrl+s saves yours in its place; esc twice keeps theirs and drops yours."

// TestLongStatusIsWrappedOnEveryScreen: a message longer than the window
// is wide is wrapped, not cut, so the keys it names at its end show, and
// the screen's own keys and height stay.
func TestLongStatusIsWrappedOnEveryScreen(t *testing.T) {
	j := newFakeJournal()
	j.Stored[1] = journal.Interview{ID: 1, Company: "Acme", Role: "Engineer", Date: journal.Today(fixedNow)}
	for _, start := range []struct {
		name string
		keys []tea.KeyPressMsg
		foot string // a key of the screen's own footer
	}{
		{"home", nil, "q quit"},
		{"list", []tea.KeyPressMsg{keyL}, "enter"},
		{"interview", []tea.KeyPressMsg{keyL, keyEnter}, "esc"},
	} {
		t.Run(start.name, func(t *testing.T) {
			m := newTestModel(t, j, StartHome)
			m.Update(tea.WindowSizeMsg{Width: 70, Height: 24})
			press(t, m, start.keys...)
			m.Update(kit.StatusMsg{Text: longStatus, Err: true})
			s := plainView(m)
			flat := strings.Join(strings.Fields(s), " ")
			if !strings.Contains(flat, "esc twice keeps theirs and drops yours.") {
				t.Fatalf("the end of the message is cut:\n%s", s)
			}
			if !strings.Contains(s, start.foot) {
				t.Fatalf("the screen's keys are gone:\n%s", s)
			}
			if n := strings.Count(s, "\n") + 1; n != 24 {
				t.Fatalf("the screen is %d lines, not 24:\n%s", n, s)
			}
		})
	}
}

// TestStatusLineWrapsToThreeLinesAtMost: a message longer than three
// lines is cut at the end of the third, with an ellipsis.
func TestStatusLineWrapsToThreeLinesAtMost(t *testing.T) {
	var l kit.StatusLine
	l.Set(strings.Repeat("word ", 60), false)
	st := kit.NewStyles(true)
	lines := strings.Split(l.Wrapped(st, 40, 3), "\n")
	if len(lines) != 3 || !strings.HasSuffix(lines[2], "…") {
		t.Fatalf("wrapped to %d lines: %q", len(lines), lines)
	}
	for _, line := range lines {
		if w := ansi.StringWidth(line); w > 40 {
			t.Fatalf("a line is %d wide: %q", w, line)
		}
	}
}

// TestLongStatusKeepsTheSelectionInView: a status line that takes rows of
// a short list, after the selection moved down, leaves the selected row
// on screen.
func TestLongStatusKeepsTheSelectionInView(t *testing.T) {
	j := dailyInterviews(12)
	m := newTestModel(t, j, StartHome)
	m.Update(tea.WindowSizeMsg{Width: 60, Height: 14})
	press(t, m, keyL)
	for range 6 {
		press(t, m, keyDown)
	}
	selected := "▸ " + j.Stored[m.browse.SelectedID()].Date.String()
	m.Update(kit.StatusMsg{Text: longStatus, Err: true})
	if s := plainView(m); !strings.Contains(s, selected) {
		t.Fatalf("the selected row (%s) is out of view:\n%s", selected, s)
	}
}

// TestLongStatusKeepsHomesSelectionInView: on a short window, a long
// status takes only the rows home leaves free, so the recent interview
// under the cursor stays on screen.
func TestLongStatusKeepsHomesSelectionInView(t *testing.T) {
	m := newTestModel(t, dailyInterviews(8), StartHome)
	m.Update(tea.WindowSizeMsg{Width: 70, Height: 17})
	for range 4 {
		press(t, m, keyDown)
	}
	before := plainView(m)
	marked := ""
	for _, line := range strings.Split(before, "\n") {
		if strings.Contains(line, "▸") {
			marked = strings.TrimSpace(line)
		}
	}
	if marked == "" {
		t.Fatalf("no row is selected:\n%s", before)
	}
	m.Update(kit.StatusMsg{Text: longStatus, Err: true})
	if s := plainView(m); !strings.Contains(s, marked) {
		t.Fatalf("the selected row %q is out of view:\n%s", marked, s)
	}
}

// dailyInterviews is a journal of n interviews, one a day up to today.
func dailyInterviews(n int) *fakeJournal {
	j := newFakeJournal()
	for i := range n {
		id := uint64(i + 1)
		j.Stored[id] = journal.Interview{ID: id, Company: fmt.Sprintf("Company%02d", id), Role: "Engineer", Date: journal.Today(fixedNow).AddDays(-i)}
	}
	return j
}
