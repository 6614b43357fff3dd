package ui

import (
	"fmt"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// TestHomeFramesStayWithinLatin1 checks that home, as it opens, draws
// nothing past Latin-1, before its data arrives or after, so that the first
// frame of the app does not wait for the renderer's table of wide characters
// (see WarmTextWidths). Other states may draw more (a draft puts the cursor
// and arrow keys on screen, a narrow window cuts titles with an ellipsis);
// they build the table when they are drawn.
func TestHomeFramesStayWithinLatin1(t *testing.T) {
	cases := []struct {
		name  string
		j     *fakeJournal
		sizes [][2]int
	}{
		{"empty", newFakeJournal(), [][2]int{{80, 24}, {100, 30}, {120, 40}}},
		{"demo", demoJournal(t, 40), [][2]int{{100, 30}, {120, 40}}},
	}
	for _, c := range cases {
		for _, size := range c.sizes {
			t.Run(fmt.Sprintf("%s/%dx%d", c.name, size[0], size[1]), func(t *testing.T) {
				m := New(Options{Tick: uitest.Tick, Journal: c.j, Path: "/tmp/journal.db", Now: func() time.Time { return fixedNow },
					Getenv: func(string) string { return "" }})
				m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
				assertLatin1(t, "before its data", m)
				run(t, m, m.Init())
				assertLatin1(t, "with its data", m)
			})
		}
	}
}

func assertLatin1(t *testing.T, when string, m *Model) {
	t.Helper()
	screen := ansi.Strip(m.View().Content)
	for _, r := range screen {
		if r >= 0x100 {
			t.Fatalf("home %s draws %q (U+%04X), past Latin-1:\n%s", when, r, r, screen)
		}
	}
}
