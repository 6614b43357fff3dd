package interview

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

var keyCtrlU = tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}

// pasteText is a paste of many lines, at least n bytes long.
func pasteText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Line %d of a very long pasted answer about the system design round.\n", i)
	}
	return b.String()
}

// joinedView is what the page and the status line show, with every run of
// spaces and line breaks made one space.
func joinedView(m *model) string {
	return strings.Join(strings.Fields(m.View()+"\n"+m.Ctx.Line.Text()), " ")
}

// TestFutureInterviewDateAsksOnThePage asks before an interview date after
// today is saved, and keeps it when asked again.
func TestFutureInterviewDateAsksOnThePage(t *testing.T) {
	future := journal.DateOf(uitest.Now()).AddDays(30)
	j := demoJournal(t, 3)
	m, d := openDetail(t, j, 0)
	pick(t, m, d, "Date")
	press(t, m, keyCtrlU)
	typeText(t, m, future.String())
	press(t, m, keyEnter)
	if d.mode != detailEditing || !strings.Contains(joinedView(m), "is after today") || j.Stored[d.id].Date.Compare(future) == 0 {
		t.Fatalf("a date after today was saved without a question:\n%s", m.View())
	}
	press(t, m, keyEnter)
	if got := j.Stored[d.id].Date; got.Compare(future) != 0 {
		t.Fatalf("enter again did not keep the date: %s\n%s", got, m.View())
	}
}

// TestLimitsWhileChangingAnAnswer holds the answer being changed to the
// limit journal validation puts on it, and explains the cut at once.
func TestLimitsWhileChangingAnAnswer(t *testing.T) {
	limit := journal.MaxShortBytes
	j := demoJournal(t, 3)
	m, d := openDetail(t, j, 0)
	pick(t, m, d, "Company")
	m.d.Send(tea.PasteMsg{Content: pasteText(15 << 10)})
	if n := len(d.input.Text()); n != limit {
		t.Fatalf("the company input holds %d bytes", n)
	}
	if !strings.Contains(joinedView(m), "Company is limited to 1000 characters; the rest of the paste was left out.") {
		t.Fatalf("the cut paste is not explained:\n%s", m.View())
	}
}
