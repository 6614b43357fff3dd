package home

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

var (
	keyDown = tea.KeyPressMsg{Code: tea.KeyDown}
	keyUp   = tea.KeyPressMsg{Code: tea.KeyUp}
	keyX    = tea.KeyPressMsg{Code: 'x', Text: "x"}
	keyR    = tea.KeyPressMsg{Code: 'r', Text: "r"}
)

// draftsJournal holds one saved interview and a draft of a new reflection
// for each company named.
func draftsJournal(t *testing.T, companies ...string) *uitest.FakeJournal {
	t.Helper()
	j := uitest.NewFakeJournal()
	iv := journal.Interview{Company: "Globex", Role: "Analyst", Date: journal.DateOf(uitest.Now()).AddDays(-3),
		Outcome: journal.Outcome{Status: journal.StatusPending}}
	if err := j.FinishDraft(0, &iv); err != nil {
		t.Fatal(err)
	}
	for _, c := range companies {
		d := journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: c, Role: "Dev"}, Total: 17, UpdatedAt: uitest.Now()}
		if err := j.SaveDraft(&d); err != nil {
			t.Fatal(err)
		}
	}
	return j
}

func openHome(t *testing.T, j *uitest.FakeJournal) (*uitest.Host, *uitest.Driver) {
	t.Helper()
	ctx := uitest.NewContext(j)
	return uitest.Start(t, ctx, New(ctx, false))
}

// draftsLeft names the companies of the drafts stored.
func draftsLeft(j *uitest.FakeJournal) string {
	ds, _ := j.Drafts()
	var names []string
	for _, d := range ds {
		names = append(names, d.Interview.Company)
	}
	return strings.Join(names, ",")
}

// On a recent interview, x and r act on no draft: the draft stays, nothing
// asks about it, and no flow opens.
func TestDraftKeysOnRecentRowTouchNoDraft(t *testing.T) {
	j := draftsJournal(t, "Acme")
	h, d := openHome(t, j)
	d.Press(keyDown)
	if v := h.View(); strings.Contains(v, "▸ Acme") || !strings.Contains(v, "▸ 2026-03-11  Globex") {
		t.Fatalf("the cursor is not on the recent interview:\n%s", v)
	}
	d.Press(keyX)
	if v := h.View(); strings.Contains(v, "Press x again") {
		t.Fatalf("x on a recent interview asks about a draft:\n%s", v)
	}
	d.Press(keyX)
	if got := draftsLeft(j); got != "Acme" {
		t.Fatalf("x x on a recent interview left the drafts %q", got)
	}
	d.Press(keyR)
	if len(h.Flows) != 0 {
		t.Fatalf("r on a recent interview resumed a draft: %+v", h.Flows)
	}
}

// With several drafts, x asks under the draft selected, naming it, and a
// second x discards that one.
func TestDiscardNamesAndTakesTheSelectedDraft(t *testing.T) {
	j := draftsJournal(t, "Acme", "Initech")
	h, d := openHome(t, j)
	d.Press(keyDown)
	lines := strings.Split(h.View(), "\n")
	var selected string
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "▸ ") {
			selected = l
		}
	}
	target := "Acme"
	if !strings.Contains(selected, "Acme") {
		target = "Initech"
	}
	d.Press(keyX)
	v := h.View()
	ask := strings.Index(v, "Press x again to discard the draft “"+target)
	row := strings.Index(v, "▸ "+target)
	if ask < 0 || row < 0 || ask < row || strings.Contains(v[row:ask], "\n  "+otherOf(target)) {
		t.Fatalf("the question should come under the selected draft (%s) and name it:\n%s", target, v)
	}
	d.Press(keyX)
	if got := draftsLeft(j); got != otherOf(target) {
		t.Fatalf("x x on %s left the drafts %q", target, got)
	}
	if v := h.View(); !strings.Contains(v, "Discarded the draft “"+target) {
		t.Fatalf("the status does not name the draft discarded:\n%s", v)
	}
}

func otherOf(company string) string {
	if company == "Acme" {
		return "Initech"
	}
	return "Acme"
}

// An x, then a move onto a recent interview and back, then x: the first
// question was forgotten, so the draft is only asked about again.
func TestDiscardQuestionForgottenOnMove(t *testing.T) {
	j := draftsJournal(t, "Acme")
	h, d := openHome(t, j)
	d.Press(keyX, keyDown, keyUp, keyX)
	if got := draftsLeft(j); got != "Acme" {
		t.Fatalf("the draft was discarded without a second x on it: %q", got)
	}
	if v := h.View(); !strings.Contains(v, "Press x again to discard the draft “Acme") {
		t.Fatalf("x should ask again:\n%s", v)
	}
}
