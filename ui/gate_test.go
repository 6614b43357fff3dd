package ui

import (
	"reflect"
	"slices"
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

// gateOptions are the app's options at start on an encrypted journal that
// opens with "right passphrase" into j.
func gateOptions(j *fakeJournal, start Start) Options {
	return Options{Tick: uitest.Tick, Path: "/tmp/journal.db", Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow }, Start: start,
		Getenv: func(string) string { return "" },
		Unlock: func(pass []byte) (kit.Journal, error) {
			if string(pass) != "right passphrase" {
				return nil, journal.Errorf(journal.EPassphrase, "That passphrase does not open this journal.")
			}
			return j, nil
		}}
}

// runGate builds the gate for opts and runs its start at 100 by 30.
func runGate(t *testing.T, opts Options) (*gate, *uitest.Driver) {
	t.Helper()
	g := newGate(opts)
	d := &uitest.Driver{TB: t, Update: func(msg tea.Msg) tea.Cmd { _, cmd := g.Update(msg); return cmd }}
	d.Run(g.Init())
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return g, d
}

// startGate runs the app on an encrypted journal that opens with "right
// passphrase" into j, starting at start, at 100 by 30.
func startGate(t *testing.T, j *fakeJournal, start Start) (*gate, *uitest.Driver) {
	t.Helper()
	return runGate(t, gateOptions(j, start))
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

// openingGate builds the app with Options.Open opening j once release is
// closed, at 100 by 30, and returns the command that opens it unrun.
func openingGate(t *testing.T, j *fakeJournal, openErr error) (*gate, *uitest.Driver, tea.Cmd) {
	t.Helper()
	opts := Options{Tick: uitest.Tick, Path: "/tmp/journal.db", Now: func() time.Time { return fixedNow }, Start: StartHome,
		Getenv: func(string) string { return "" },
		Open: func(o *Options) error {
			if openErr != nil {
				return openErr
			}
			o.Journal, o.Prompts = j, prompts.AfterInterview()
			return nil
		}}
	g := newGate(opts)
	d := &uitest.Driver{TB: t, Update: func(msg tea.Msg) tea.Cmd { _, cmd := g.Update(msg); return cmd }}
	open := g.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return g, d, open
}

// TestGateOpensBehindTheFirstFrame: the screens start before the journal is
// open; once it is, home shows it at the terminal's size, with the prompts
// read meanwhile, and keys typed in between reach it in order.
func TestGateOpensBehindTheFirstFrame(t *testing.T) {
	j := newFakeJournal()
	j.Stored[1] = journal.Interview{ID: 1, Company: "Acme", Role: "Engineer", Date: journal.Today(fixedNow)}
	g, d, open := openingGate(t, j, nil)
	if s := gateScreen(g); !strings.Contains(s, "Opening the journal") {
		t.Fatalf("before the journal is open the screen shows:\n%s", s)
	}
	for _, r := range "az" { // neither is a key of home
		d.Press(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	d.Press(keyN) // a new reflection, whose first answer is then typed
	for _, r := range "Acme" {
		d.Press(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	if g.app != nil {
		t.Fatal("the app started before the journal was open")
	}
	d.Run(open)
	if g.app == nil || g.app.sh.Width != 100 || g.app.sh.Height != 30 {
		t.Fatal("the app did not start at the terminal's size once the journal was open")
	}
	if g.app.screen != kit.ScreenReflect {
		t.Fatalf("n typed while the journal opened left the app on %v, not a new reflection", g.app.screen)
	}
	if s := gateScreen(g); !strings.Contains(s, "› Acme") {
		t.Fatalf("the answer typed after n while the journal opened is not all there:\n%s", s)
	}
	if len(g.app.sh.Set.Prompts) == 0 {
		t.Fatal("the prompts read while the journal opened did not reach the app")
	}
}

// TestGateStartsHomeRead: home is read with the journal, beside the
// terminal's start, so the first frame of the app already shows it,
// before any command the app's start returns has run.
func TestGateStartsHomeRead(t *testing.T) {
	j := newFakeJournal()
	j.Stored[1] = journal.Interview{ID: 1, Company: "Acme", Role: "Engineer", Date: journal.Today(fixedNow)}
	g, _, open := openingGate(t, j, nil)
	g.Update(open()) // the command the app's start returns is left unrun
	if g.app == nil {
		t.Fatal("the app did not start once the journal was open")
	}
	if s := gateScreen(g); !strings.Contains(s, "Acme") || !strings.Contains(s, "1 in all") {
		t.Fatalf("the app's first frame does not show the journal yet:\n%s", s)
	}
}

// TestGateOpensBeforeTheTerminalStarts: the journal starts opening as soon
// as Run has its first model, before Bubble Tea calls Init, so that
// setting up the terminal and opening the journal overlap.
func TestGateOpensBeforeTheTerminalStarts(t *testing.T) {
	started := make(chan struct{})
	opts := Options{Path: "/tmp/journal.db", Now: func() time.Time { return fixedNow }, Getenv: func(string) string { return "" },
		Open: func(*Options) error { close(started); return ErrNeedsPassphrase }}
	if _, ok := firstModel(opts).(*gate); !ok {
		t.Fatal("a journal still to be opened does not start at the gate")
	}
	select {
	case <-started:
	case <-time.After(5 * time.Second):
		t.Fatal("the journal did not start opening before Init")
	}
}

// TestGateQuitsWhenTheJournalCannotOpen: a journal that cannot be opened
// quits the screens, drawing nothing, for the caller to say why.
func TestGateQuitsWhenTheJournalCannotOpen(t *testing.T) {
	g, d, open := openingGate(t, newFakeJournal(), journal.Errorf(journal.ELocked, "The journal is open in another debrief."))
	d.Run(open)
	if !d.Quit || g.app != nil || strings.TrimSpace(gateScreen(g)) != "" {
		t.Fatalf("a journal that cannot open: quit %v, app %v, screen %q", d.Quit, g.app != nil, gateScreen(g))
	}
}

// TestGateCtrlCWhileOpening: ctrl+c quits before the journal is open.
func TestGateCtrlCWhileOpening(t *testing.T) {
	g, d, _ := openingGate(t, newFakeJournal(), nil)
	d.Press(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if !d.Quit || g.app != nil {
		t.Fatalf("ctrl+c while the journal opened: quit %v, app %v", d.Quit, g.app != nil)
	}
}

// TestGateAsksForThePassphraseWhenOpenSaysSo: an encrypted journal found
// behind the first frame sends the user to the unlock screen, and the
// passphrase typed there opens it, with the prompts read meanwhile.
func TestGateAsksForThePassphraseWhenOpenSaysSo(t *testing.T) {
	j := newFakeJournal()
	j.Stored[1] = journal.Interview{ID: 1, Company: "Acme", Role: "Engineer", Date: journal.Today(fixedNow)}
	opts := gateOptions(j, StartHome)
	opts.Prompts = prompts.Set{}
	opts.Open = func(o *Options) error {
		o.Prompts = prompts.AfterInterview()
		return ErrNeedsPassphrase
	}
	g, d := runGate(t, opts)
	if s := gateScreen(g); !strings.Contains(s, "Unlock the journal") || d.Quit {
		t.Fatalf("an encrypted journal did not bring the unlock screen (quit %v):\n%s", d.Quit, s)
	}
	d.Type("right passphrase")
	d.Press(keyEnter)
	if g.app == nil || !strings.Contains(gateScreen(g), "Acme") {
		t.Fatalf("the passphrase did not open home:\n%s", gateScreen(g))
	}
	if len(g.app.sh.Set.Prompts) == 0 {
		t.Fatal("the prompts read before the unlock screen did not reach the app")
	}
}

// TestGatePassphraseTypedWhileOpening: a passphrase typed, and entered,
// while the journal was still opening goes to the unlock screen when the
// journal turns out encrypted, and unlocks it; none of it reaches the app.
func TestGatePassphraseTypedWhileOpening(t *testing.T) {
	j := newFakeJournal()
	j.Stored[1] = journal.Interview{ID: 1, Company: "Acme", Role: "Engineer", Date: journal.Today(fixedNow)}
	opts := gateOptions(j, StartHome)
	opts.Open = func(*Options) error { return ErrNeedsPassphrase }
	g := newGate(opts)
	d := &uitest.Driver{TB: t, Update: func(msg tea.Msg) tea.Cmd { _, cmd := g.Update(msg); return cmd }}
	open := g.Init()
	d.Send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.Type("right passphrase")
	d.Press(keyEnter)
	d.Run(open)
	if g.app == nil || g.app.screen != kit.ScreenHome || !strings.Contains(gateScreen(g), "Acme") {
		t.Fatalf("the passphrase typed while the journal opened did not unlock it:\n%s", gateScreen(g))
	}
	if len(g.pending) != 0 {
		t.Fatalf("%d keys typed for the unlock screen are still waiting for the app", len(g.pending))
	}
}

// asksBackground reports whether cmd, or a command it batches, asks the
// terminal for its background colour.
func asksBackground(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	switch msg := cmd().(type) {
	case tea.BatchMsg:
		return slices.ContainsFunc(msg, asksBackground)
	default:
		return reflect.TypeOf(msg) == reflect.TypeOf(tea.RequestBackgroundColor())
	}
}

// TestGateAsksForTheBackgroundOnceTheThemeIsKnown: while the journal
// opens, the config file is read and may choose the theme, so the terminal
// is asked for its background only after that, and only when the theme is
// still auto.
func TestGateAsksForTheBackgroundOnceTheThemeIsKnown(t *testing.T) {
	for _, fileTheme := range []string{"", "light"} {
		j := newFakeJournal()
		opts := gateOptions(j, StartHome)
		opts.Unlock, opts.QueryBackground = nil, true
		opts.Open = func(o *Options) error {
			o.Journal = j
			if fileTheme != "" {
				o.QueryBackground, o.Light = false, true
			}
			return nil
		}
		g := newGate(opts)
		open := g.Init()
		opened := open()
		if _, ok := opened.(openedMsg); !ok || asksBackground(func() tea.Msg { return opened }) {
			t.Fatalf("theme %q: the gate asked the terminal before the config file was read", fileTheme)
		}
		g.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_, cmd := g.Update(opened)
		if asked := asksBackground(cmd); asked != (fileTheme == "") {
			t.Errorf("theme %q from the config file: the terminal asked %v", fileTheme, asked)
		}
		if fileTheme != "" && !g.app.opts.Light {
			t.Errorf("the light theme of the config file did not reach the app")
		}
	}
}

// TestGateKeysTypedWhileUnlocking: keys typed while the passphrase is tried
// reach the app in order once it is right, and the unlock screen again
// (a new try) when it was not.
func TestGateKeysTypedWhileUnlocking(t *testing.T) {
	typeWhileUnlocking := func(g *gate, d *uitest.Driver, pass, after string) {
		t.Helper()
		d.Type(pass)
		_, try := g.Update(keyEnter) // the try runs only once the keys below are in
		for _, r := range after {
			d.Press(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		d.Run(try)
	}
	g, d := startGate(t, newFakeJournal(), StartHome)
	typeWhileUnlocking(g, d, "right passphrase", "nAcme")
	if g.app == nil || g.app.screen != kit.ScreenReflect {
		t.Fatal("n typed while unlocking did not start a reflection")
	}
	if s := gateScreen(g); !strings.Contains(s, "› Acme") {
		t.Fatalf("the answer typed while unlocking is not all there:\n%s", s)
	}

	g, d = startGate(t, newFakeJournal(), StartHome)
	typeWhileUnlocking(g, d, "wrong", "right passphrase")
	if g.app != nil {
		t.Fatal("a wrong passphrase opened the journal")
	}
	d.Press(keyEnter)
	if g.app == nil {
		t.Fatal("the passphrase typed again while the wrong one was tried did not open the journal")
	}

	// The passphrase typed again with its enter, and keys after it, all
	// while the wrong one is tried: the keys after the enter reach the app.
	g, d = startGate(t, newFakeJournal(), StartHome)
	d.Type("wrong")
	_, try := g.Update(keyEnter)
	d.Type("right passphrase")
	d.Press(keyEnter)
	d.Type("nAcme")
	d.Run(try)
	if g.app == nil || g.app.screen != kit.ScreenReflect {
		t.Fatal("n typed after the second passphrase did not start a reflection")
	}
	if s := gateScreen(g); !strings.Contains(s, "› Acme") {
		t.Fatalf("the answer typed after the second passphrase is not all there:\n%s", s)
	}
}
