package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// startGate runs the app on an encrypted journal that opens with "right
// passphrase" into j, starting at start, at 100 by 30.
func startGate(t *testing.T, j *fakeJournal, start Start) (*gate, *uitest.Driver) {
	t.Helper()
	opts := Options{Tick: uitest.Tick, Path: "/tmp/journal.db", Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow }, Start: start,
		Getenv: func(string) string { return "" },
		Unlock: func(pass []byte) (kit.Journal, error) {
			if string(pass) != "right passphrase" {
				return nil, journal.Errorf(journal.EPassphrase, "That passphrase does not open this journal.")
			}
			return j, nil
		}}
	g := newGate(opts)
	d := &uitest.Driver{TB: t, Update: func(msg tea.Msg) tea.Cmd { _, cmd := g.Update(msg); return cmd }}
	d.Run(g.Init())
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return g, d
}

func gateScreen(g *gate) string { return ansi.Strip(g.View().Content) }

func TestGateOpensHomeOnceUnlocked(t *testing.T) {
	j := newFakeJournal()
	j.Stored[1] = journal.Interview{ID: 1, Company: "Acme", Role: "Engineer", Date: journal.Today(fixedNow)}
	g, d := startGate(t, j, StartHome)
	if s := gateScreen(g); !strings.Contains(s, "Unlock the journal") || strings.Contains(s, "Acme") {
		t.Fatalf("the app did not start on the unlock screen:\n%s", s)
	}
	d.Type("wrong passphrase")
	d.Press(keyEnter)
	if s := gateScreen(g); !strings.Contains(s, "does not open this journal") || g.app != nil {
		t.Fatalf("a wrong passphrase went on:\n%s", s)
	}
	d.Type("right passphrase")
	d.Press(keyEnter)
	if g.app == nil || g.app.screen != kit.ScreenHome {
		t.Fatalf("the right passphrase did not open home")
	}
	if g.app.sh.Width != 100 || g.app.sh.Height != 30 {
		t.Fatalf("the app starts at %dx%d, not the terminal's size", g.app.sh.Width, g.app.sh.Height)
	}
	if s := gateScreen(g); !strings.Contains(s, "Acme") {
		t.Fatalf("home does not show the unlocked journal:\n%s", s)
	}
	// Keys now reach the app: n starts a reflection.
	d.Press(keyN)
	if g.app.screen != kit.ScreenReflect {
		t.Fatalf("n after unlocking opened %v", g.app.screen)
	}
}

func TestGateGoesToTheScreenStarted(t *testing.T) {
	g, d := startGate(t, newFakeJournal(), StartFollowUps)
	d.Type("right passphrase")
	d.Press(keyEnter)
	if g.app == nil || g.app.screen != kit.ScreenFollowUps {
		t.Fatalf("unlocking did not open the follow-ups")
	}
}

func TestGateEscQuits(t *testing.T) {
	g, d := startGate(t, newFakeJournal(), StartHome)
	d.Press(keyEsc)
	if !d.Quit || g.app != nil || strings.TrimSpace(gateScreen(g)) != "" {
		t.Fatalf("esc on the unlock screen: quit %v, app %v", d.Quit, g.app != nil)
	}
}
