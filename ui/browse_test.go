package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/demo"

	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	keyL         = tea.KeyPressMsg{Code: 'l', Text: "l"}
	keySlash     = tea.KeyPressMsg{Code: '/', Text: "/"}
	keyBackspace = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

// letter is the key press of one printable character.
func letter(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Text: string(r)} }

// demoJournal is a fake journal holding n demo interviews with IDs 1..n.
func demoJournal(tb testing.TB, n int) *fakeJournal {
	tb.Helper()
	j := newFakeJournal()
	for i, iv := range demo.Generate(n, 3, fixedNow) {
		iv.ID = uint64(i + 1)
		j.Stored[iv.ID] = iv
	}
	j.NextID = uint64(n)
	return j
}

// openList opens the list from home, with its answers loaded.
func openList(t *testing.T, j *fakeJournal) *Model {
	t.Helper()
	m := newTestModel(t, j, StartHome)
	press(t, m, keyL)
	if m.screen != kit.ScreenBrowse || m.browse == nil {
		t.Fatalf("l did not open a list; screen is %v", m.screen)
	}
	if !m.browse.Loaded() {
		t.Fatal("the answers were not loaded in the background")
	}
	return m
}

// shownIDs returns the IDs the list shows, in order.
func shownIDs(m *Model) []uint64 { return m.browse.Shown() }

func browseScreen(m *Model) string { return ansi.Strip(m.View().Content) }

func TestBrowseSlashFromHomeTypes(t *testing.T) {
	j := demoJournal(t, 10)
	m := newTestModel(t, j, StartHome)
	press(t, m, keySlash)
	if m.screen != kit.ScreenBrowse || !m.browse.Typing() {
		t.Fatalf("/ on home: screen %v, typing %v", m.screen, m.browse.Typing())
	}
}

func TestBrowseEscClearsThenLeaves(t *testing.T) {
	j := demoJournal(t, 20)
	m := openList(t, j)
	press(t, m, keySlash)
	typeText(t, m, "zzzz")
	press(t, m, keyEsc) // stop typing
	press(t, m, keyEsc) // clear
	if m.browse.Query() != "" || len(shownIDs(m)) != 20 {
		t.Fatalf("esc did not clear the filter: %q", m.browse.Query())
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenHome {
		t.Fatalf("esc on a clear list went to %v", m.screen)
	}
}

func TestBrowseDeleteAndUndo(t *testing.T) {
	j := demoJournal(t, 30)
	m := openList(t, j)
	press(t, m, letter('j'))
	id := m.browse.SelectedID()
	press(t, m, letter('d'))
	if !strings.Contains(browseScreen(m), "y delete") {
		t.Fatal("d did not ask first")
	}
	press(t, m, letter('y'))
	if _, ok := j.Stored[id]; ok {
		t.Fatal("the interview was not deleted")
	}
	if slices.Contains(shownIDs(m), id) || len(shownIDs(m)) != 29 {
		t.Fatal("the deleted interview is still listed")
	}
	if s := browseScreen(m); !strings.Contains(s, "Deleted") || !strings.Contains(s, "u to undo") {
		t.Fatalf("the status line does not offer the undo:\n%s", s)
	}
	press(t, m, letter('u'))
	if _, ok := j.Stored[id]; !ok {
		t.Fatal("u did not restore the interview")
	}
	if !slices.Contains(shownIDs(m), id) || m.browse.SelectedID() != id {
		t.Fatal("the restored interview is not listed and selected")
	}
	if len(m.deleted) != 0 {
		t.Fatalf("%d deletions left to undo", len(m.deleted))
	}
	press(t, m, letter('u'))
	if !strings.Contains(browseScreen(m), "Nothing to undo") {
		t.Fatal("a second u did not say there is nothing to undo")
	}
}

func TestBrowseUndoSurvivesLeavingTheList(t *testing.T) {
	j := demoJournal(t, 5)
	m := openList(t, j)
	first := m.browse.SelectedID()
	press(t, m, letter('d'), letter('y'))
	second := m.browse.SelectedID()
	press(t, m, letter('d'), letter('y'))
	press(t, m, keyEsc) // home
	press(t, m, keyL)   // a fresh list
	press(t, m, letter('u'), letter('u'))
	for _, id := range []uint64{first, second} {
		if _, ok := j.Stored[id]; !ok {
			t.Fatalf("interview %d was not restored after leaving the list", id)
		}
	}
	if len(shownIDs(m)) != 5 {
		t.Fatalf("%d rows after two undos", len(shownIDs(m)))
	}
}
