package ui

import (
	"bytes"
	"fmt"
	"image/color"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"

	"github.com/debrief-journal/debrief/ui/kit"
)

// oddJournal returns a journal with a few months of realistic interviews
// and two weekly reviews, and their IDs.
func oddJournal(t *testing.T) (*store.Store, []uint64, []uint64) {
	t.Helper()
	s := hostileJournal(t)
	reviews := []journal.Review{hostileReview("Practise the salary question out loud", 0), hostileReview("Ask about the team's on-call", 1)}
	if _, err := s.Import(demo.Generate(40, 7, fixedNow), reviews, false, false); err != nil {
		t.Fatal(err)
	}
	ivs, _ := s.Interviews()
	rs, _ := s.Reviews()
	var ivIDs, rIDs []uint64
	for _, iv := range ivs[:3] {
		ivIDs = append(ivIDs, iv.ID)
	}
	for _, r := range rs {
		rIDs = append(rIDs, r.ID)
	}
	return s, ivIDs, rIDs
}

// layoutProblem returns why a view does not fit a terminal of the given
// size, or "": a line wider than the terminal, or more lines than it has.
func layoutProblem(view string, width, height int) string {
	lines := strings.Split(view, "\n")
	if len(lines) > height {
		return fmt.Sprintf("%d lines on a terminal of %d", len(lines), height)
	}
	// A style pads every line to the widest, so name the line whose text
	// reaches furthest.
	worst, worstWidth := -1, width
	for i, l := range lines {
		if w := ansi.StringWidth(strings.TrimRight(ansi.Strip(l), " ")); w > worstWidth {
			worst, worstWidth = i, w
		}
	}
	if worst < 0 {
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > width {
				return fmt.Sprintf("line %d is %d cells wide on a terminal of %d (blank padding)", i+1, w, width)
			}
		}
		return ""
	}
	return fmt.Sprintf("line %d reaches %d cells on a terminal of %d: %q", worst+1, worstWidth, width, strings.TrimRight(ansi.Strip(lines[worst]), " "))
}

// sizes are the terminal sizes every screen is drawn at: below the minimum,
// at it, and up to a large window.
var sizes = [][2]int{{1, 1}, {10, 3}, {20, 6}, {39, 10}, {40, 9}, {40, 10}, {41, 11}, {52, 14}, {60, 15}, {80, 24}, {100, 30}, {132, 43}, {200, 60}}

// reflectStops moves through a reflection, stopping once on each kind of
// input, in a curveball, and on the summary.
func reflectStops(t *testing.T, m *Model, look func(where string)) {
	t.Helper()
	press(t, m, keyN)
	seen := map[journal.FieldKind]bool{}
	for range 80 {
		if m.screen != kit.ScreenReflect {
			t.Fatalf("left the reflection: %v", m.screen)
		}
		if m.reflect.saved != nil {
			look("the summary")
			return
		}
		kind := m.reflect.prompt().Kind
		if !seen[kind] || m.reflect.inCurveballs() {
			seen[kind] = true
			look(fmt.Sprintf("step %d (%s)", m.reflect.step+1, kind))
		}
		switch {
		case m.reflect.inCurveballs() && m.reflect.sub < len(kit.CurveballParts):
			typeText(t, m, "Why should we hire you over the other finalists")
		case kind == journal.KindLong || kind == journal.KindList:
			typeText(t, m, "a long answer that will have to wrap on a narrow window, and wrap again")
		}
		press(t, m, keyEnter)
	}
	t.Fatal("the reflection never finished")
}

// TestOddSizes draws every screen at sizes from 1x1 to 200x60: no line may
// be wider than the terminal, nor the view taller, and below the minimum
// size the app asks for a larger window in words.
func TestOddSizes(t *testing.T) {
	s, ivIDs, rIDs := oddJournal(t)
	views := 0
	for _, size := range sizes {
		w, h := size[0], size[1]
		m := appOn(t, s, w, h)
		look := func(where, view string) {
			views++
			if p := layoutProblem(view, w, h); p != "" {
				t.Errorf("%dx%d, %s: %s\n%s", w, h, where, p, ansi.Strip(view))
			}
			if w < kit.MinWidth || h < kit.MinHeight {
				plain := strings.Join(strings.Fields(ansi.Strip(view)), " ")
				if w >= 10 && !strings.Contains(plain, "larger") && !strings.Contains(plain, "too small") {
					t.Errorf("%dx%d, %s: below the minimum the screen does not ask for a larger window: %q", w, h, where, plain)
				}
			}
		}
		everyScreen(t, m, ivIDs, rIDs, look)
		visit(t, m, kit.ScreenHome, 0, look)
		// Keys wait while the window is too small to draw, so below the
		// minimum the reflection is walked at a size it draws, and each
		// step is looked at in this one.
		small := w < kit.MinWidth || h < kit.MinHeight
		if small {
			m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
		}
		reflectStops(t, m, func(where string) {
			if small {
				m.Update(tea.WindowSizeMsg{Width: w, Height: h})
				defer m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
			}
			look(where, m.View().Content)
		})
	}
	t.Logf("%d views checked at %d sizes", views, len(sizes))
}

// TestResizeStorm resizes the terminal hundreds of times, between keys, on
// every screen: nothing panics, and the last size is the one drawn.
func TestResizeStorm(t *testing.T) {
	s, ivIDs, rIDs := oddJournal(t)
	rng := rand.New(rand.NewPCG(1, 2))
	m := appOn(t, s, 80, 24)
	storm := func(where, _ string) {
		for range 60 {
			m.Update(tea.WindowSizeMsg{Width: rng.IntN(220), Height: rng.IntN(70)})
			if rng.IntN(10) == 0 {
				press(t, m, tea.KeyPressMsg{Code: tea.KeyDown})
			}
			_ = m.View()
		}
		m.Update(tea.WindowSizeMsg{Width: 72, Height: 20})
		if p := layoutProblem(m.View().Content, 72, 20); p != "" {
			t.Errorf("%s after the storm: %s", where, p)
		}
	}
	everyScreen(t, m, ivIDs, rIDs, storm)
	visit(t, m, kit.ScreenHome, 0, storm)
	reflectStops(t, m, func(where string) { storm(where, "") })
}

// sgrColour matches a style that sets a foreground or background colour.
var sgrColour = regexp.MustCompile(`\x1b\[(?:[0-9:]*;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:[;:][0-9;:]*)?m`)

// TestLightBackground checks that the styles follow the terminal's answer
// about its background.
func TestLightBackground(t *testing.T) {
	s, _, _ := oddJournal(t)
	m := appOn(t, s, 80, 24)
	dark := m.View().Content
	m.Update(tea.BackgroundColorMsg{Color: color.White})
	light := m.View().Content
	if dark == light {
		t.Fatal("a light background did not change the styles")
	}
	if ansi.Strip(dark) != ansi.Strip(light) {
		t.Fatal("a light background changed the text, not only the styles")
	}
	m.Update(tea.BackgroundColorMsg{Color: color.Black})
	if m.View().Content != dark {
		t.Fatal("a dark background did not bring the dark styles back")
	}
}

// TestNoColour runs the real program with NO_COLOR set, and with TERM=dumb,
// and checks that no colour reaches the terminal while the screens work; and,
// so that the check is known to see colours, that a colour terminal gets
// them. TTY_FORCE makes the program treat the captured output as a terminal.
func TestNoColour(t *testing.T) {
	cases := []struct {
		env    []string
		colour bool
	}{
		{[]string{"TTY_FORCE=1", "TERM=xterm-256color", "NO_COLOR=1"}, false},
		{[]string{"TTY_FORCE=1", "TERM=dumb"}, false},
		{[]string{"TTY_FORCE=1", "TERM=xterm-256color"}, true},
	}
	for _, c := range cases {
		env := c.env
		t.Run(strings.Join(env[1:], " "), func(t *testing.T) {
			s, ivIDs, _ := oddJournal(t)
			lp := startProgram(t, appOn(t, s, 100, 30), 100, 30, tea.WithEnvironment(env))
			for _, to := range []kit.ScreenID{kit.ScreenHome, kit.ScreenBrowse, kit.ScreenDetail, kit.ScreenPatterns} {
				lp.send(kit.NavigateMsg{To: to, ID: ivIDs[0]})
				lp.waitUntil(to.String(), func(m *Model) bool { return m.screen == to })
			}
			lp.send(kit.NavigateMsg{To: kit.ScreenHome})
			lp.waitUntil("home", func(m *Model) bool { return m.screen == kit.ScreenHome })
			lp.send(keyN)
			lp.waitUntil("a reflection", func(m *Model) bool { return m.screen == kit.ScreenReflect })
			lp.send(tea.KeyPressMsg{Text: "Acme"})
			lp.drawn()
			lp.inspect(func(m *Model) {
				if m.reflect.input.Text() != "Acme" {
					t.Errorf("typing gave %q", m.reflect.input.Text())
				}
			})
			out := lp.stop()
			loc := sgrColour.FindIndex(out)
			if loc != nil && !c.colour {
				t.Fatalf("a colour reached the terminal: …%q…", out[max(0, loc[0]-30):min(len(out), loc[1]+30)])
			}
			if loc == nil && c.colour {
				t.Fatal("no colour reached a colour terminal: the check cannot see colours")
			}
			for _, want := range []string{"Recent interviews", "Who was the interview with?"} {
				if !bytes.Contains(out, []byte(want)) {
					t.Errorf("the screens never showed %q", want)
				}
			}
		})
	}
}
