package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

var (
	keyG        = letter('g')
	keyShiftG   = letter('G')
	keyHome     = tea.KeyPressMsg{Code: tea.KeyHome}
	keyEnd      = tea.KeyPressMsg{Code: tea.KeyEnd}
	keyPgUp     = tea.KeyPressMsg{Code: tea.KeyPgUp}
	keyPgDown   = tea.KeyPressMsg{Code: tea.KeyPgDown}
	scrollEnds  = [][2]tea.KeyPressMsg{{keyShiftG, keyG}, {keyEnd, keyHome}}
	scrollPages = [2]tea.KeyPressMsg{keyPgDown, keyPgUp}
)

// checkViewScrolls checks the scroll keys move what a screen shows: to the
// end (where a page down changes nothing) and back to the top, and a page
// down and up.
func checkViewScrolls(t *testing.T, name string, m *Model) {
	t.Helper()
	top := browseScreen(m)
	for _, keys := range scrollEnds {
		press(t, m, keys[0])
		end := browseScreen(m)
		if end == top {
			t.Fatalf("%s: %s did not move", name, keys[0])
		}
		press(t, m, scrollPages[0])
		if browseScreen(m) != end {
			t.Fatalf("%s: %s did not reach the end", name, keys[0])
		}
		press(t, m, keys[1])
		if browseScreen(m) != top {
			t.Fatalf("%s: %s did not go back to the top", name, keys[1])
		}
	}
	press(t, m, scrollPages[0])
	if browseScreen(m) == top {
		t.Fatalf("%s: pgdown did not move", name)
	}
	press(t, m, scrollPages[1])
	if browseScreen(m) != top {
		t.Fatalf("%s: pgup did not go back", name)
	}
}

func TestScrollKeysOnTheInterviewPage(t *testing.T) {
	m := openList(t, demoJournal(t, 5))
	press(t, m, keyEnter)
	checkViewScrolls(t, "interview page", m)
}

func TestScrollKeysOnPatterns(t *testing.T) {
	m := openPatterns(t, plantedJournal(), 80, 24)
	checkViewScrolls(t, "patterns", m)
}

// checkCursorMoves checks the scroll keys move a screen's cursor over its
// n rows: to the last and back, and a page down and up.
func checkCursorMoves(t *testing.T, name string, m *Model, n int, cursor func() int) {
	t.Helper()
	if n < 3 {
		t.Fatalf("%s: %d rows are too few to test", name, n)
	}
	for _, keys := range scrollEnds {
		press(t, m, keys[0])
		if cursor() != n-1 {
			t.Fatalf("%s: %s left the cursor at %d of %d", name, keys[0], cursor(), n)
		}
		press(t, m, keys[1])
		if cursor() != 0 {
			t.Fatalf("%s: %s left the cursor at %d", name, keys[1], cursor())
		}
	}
	press(t, m, scrollPages[0])
	if cursor() == 0 {
		t.Fatalf("%s: pgdown did not move", name)
	}
	press(t, m, scrollPages[1])
	if cursor() != 0 {
		t.Fatalf("%s: pgup left the cursor at %d", name, cursor())
	}
}

func TestScrollKeysOnTheList(t *testing.T) {
	m := openList(t, demoJournal(t, 40))
	checkCursorMoves(t, "list", m, 40, func() int { return m.browse.cursor })
}

func TestScrollKeysOnFollowUps(t *testing.T) {
	m := fuOpenFollowUps(t, fuJournal(t, fuPending("Acme", 2), fuPending("Globex", 0)))
	checkViewScrolls(t, "follow-ups", m)
}

func TestScrollKeysOnTheWeeklyReview(t *testing.T) {
	m := newTestModel(t, weekJournal(), StartHome)
	openGlance(t, m)
	checkViewScrolls(t, "review glance", m)
}

// wantScrollKeysListed checks the ? page of the screen showing lists the
// scroll keys, and that the next key closes it.
func wantScrollKeysListed(t *testing.T, name string, m *Model) {
	t.Helper()
	press(t, m, letter('?'))
	s := browseScreen(m)
	for _, want := range []string{"Press any key to go back.", "pgup", "pgdn", "home", "end", "G"} {
		if !strings.Contains(s, want) {
			t.Fatalf("%s: the ? page lacks %q:\n%s", name, want, s)
		}
	}
	press(t, m, keyEsc)
	if strings.Contains(browseScreen(m), "Press any key to go back.") {
		t.Fatalf("%s: esc did not close the ? page", name)
	}
}

func TestScrollKeysAreListed(t *testing.T) {
	m := openList(t, demoJournal(t, 5))
	wantScrollKeysListed(t, "list", m)
	press(t, m, keyEnter)
	wantScrollKeysListed(t, "interview page", m)
	wantScrollKeysListed(t, "patterns", openPatterns(t, plantedJournal(), 80, 24))
	wantScrollKeysListed(t, "follow-ups", fuOpenFollowUps(t, fuJournal(t, fuPending("Acme", 2))))
	g := newTestModel(t, weekJournal(), StartHome)
	openGlance(t, g)
	wantScrollKeysListed(t, "review glance", g)
	press(t, g, reviewKeyL)
	wantScrollKeysListed(t, "past reviews", g)
}
