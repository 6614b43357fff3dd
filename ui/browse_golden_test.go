package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// sized resizes the app as a terminal would.
func sized(t *testing.T, m *Model, w, h int) {
	t.Helper()
	_, cmd := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	run(t, m, cmd)
}

func goldenView(t *testing.T, m *Model) {
	t.Helper()
	golden.RequireEqual(t, []byte(ansi.Strip(m.View().Content)))
}

func TestGoldenBrowse80x24(t *testing.T) {
	m := openList(t, demoJournal(t, 60))
	press(t, m, letter('j'), letter('j'))
	goldenView(t, m)
}

func TestGoldenBrowse120x40(t *testing.T) {
	m := openList(t, demoJournal(t, 60))
	sized(t, m, 120, 40)
	goldenView(t, m)
}

func TestGoldenBrowseFiltered80x24(t *testing.T) {
	m := openList(t, demoJournal(t, 60))
	press(t, m, keySlash)
	typeText(t, m, "salary stage:")
	goldenView(t, m)
}

func TestGoldenBrowseFiltered120x40(t *testing.T) {
	m := openList(t, demoJournal(t, 60))
	sized(t, m, 120, 40)
	press(t, m, keySlash)
	typeText(t, m, "salary outcome:rej")
	goldenView(t, m)
}

func TestGoldenDetail80x24(t *testing.T) {
	m, _ := openDetail(t, demoJournal(t, 30), 1)
	goldenView(t, m)
}

func TestGoldenDetail120x40(t *testing.T) {
	m, _ := openDetail(t, demoJournal(t, 30), 1)
	sized(t, m, 120, 40)
	press(t, m, letter('j'), letter('j'), letter('j'))
	goldenView(t, m)
}

func TestGoldenDetailPicker80x24(t *testing.T) {
	m, _ := openDetail(t, demoJournal(t, 30), 1)
	press(t, m, letter('e'), keyDown, keyDown, keyDown)
	goldenView(t, m)
}

func TestGoldenDetailEditor80x24(t *testing.T) {
	m, _ := openDetail(t, demoJournal(t, 30), 2)
	pick(t, m, "Is this job right for you?")
	goldenView(t, m)
}

// TestBrowseNarrowWindowFits checks that no line of the list or of an
// interview is wider than the smallest window the app accepts.
func TestBrowseNarrowWindowFits(t *testing.T) {
	m := openList(t, demoJournal(t, 30))
	sized(t, m, 40, 12)
	check := func(what string) {
		t.Helper()
		for _, l := range strings.Split(ansi.Strip(m.View().Content), "\n") {
			if w := ansi.StringWidth(l); w > 40 {
				t.Fatalf("%s: a line is %d cells wide at 40: %q", what, w, l)
			}
		}
	}
	check("list")
	press(t, m, keySlash)
	typeText(t, m, "salary stage:")
	check("filtered list")
	press(t, m, keyEnter)
	check("interview")
}
