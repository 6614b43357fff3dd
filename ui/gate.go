package ui

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/unlock"
)

// gate stands before the journal is open: it shows the unlock screen of an
// encrypted journal until it is unlocked, or, with Options.Open, opens the
// journal while the terminal starts. Then it builds the app over the
// journal and hands it everything: the app starts as if the journal had
// been opened before.
type gate struct {
	opts   Options
	sh     *kit.Context
	line   kit.StatusLine
	screen *unlock.Screen // nil while the journal opens without one
	app    *Model
	quit   bool
	// styled says the context's styles and keys are made (see context).
	styled bool
	// pending are the keys and pastes that came while the journal was
	// opening, handed to the app in order once it starts.
	pending []tea.Msg
	// size and background are the terminal's answers so far, passed on
	// to the app when it starts.
	size       *tea.WindowSizeMsg
	background *tea.BackgroundColorMsg
	// opening gives how opening the journal went, once begin started it.
	opening chan openedMsg
}

// newGate builds the gate for opts: the wait while Open opens the journal
// when Open is set (the unlock screen comes only if Open asks for it), and
// otherwise the unlock screen at once.
func newGate(opts Options) *gate {
	g := &gate{opts: opts}
	g.sh = &kit.Context{Path: opts.Path, Width: 80, Height: 24, Line: &g.line}
	if opts.Open == nil {
		g.screen = unlock.New(g.context(), unlock.Open(opts.Unlock))
	}
	return g
}

// context returns the gate's context with its styles and keys, made on
// first use. While the journal opens behind the first frame nothing needs
// them before the screens have started, and making them for the first
// time in a process (about a millisecond, mostly code read from disk) is
// time the first frame would otherwise wait for.
func (g *gate) context() *kit.Context {
	if !g.styled {
		g.styled = true
		g.sh.Styles, g.sh.Keys = kit.NewStyles(!g.opts.Light), kit.DefaultKeyMap()
	}
	return g.sh
}

// ErrNeedsPassphrase is what Options.Open returns for an encrypted journal
// whose passphrase is to be typed on the unlock screen: the gate shows that
// screen, and Options.Unlock opens the journal.
var ErrNeedsPassphrase = errors.New("the journal needs its passphrase")

// openedMsg says how opening the journal behind the first frame went:
// opts are the options with the journal, and app the app built over it,
// home already read when it starts there.
type openedMsg struct {
	opts Options
	app  *Model
	err  error
}

// begin starts opening the journal with Options.Open, once, unless the
// gate shows the unlock screen from the start. Run calls it before Bubble
// Tea starts: setting up the terminal takes a few milliseconds before Init
// is called, and a journal opened meanwhile is on the first frame far more
// often than one whose opening starts with Init.
func (g *gate) begin() {
	if g.screen != nil || g.opening != nil {
		return
	}
	g.opening = make(chan openedMsg, 1)
	opts, opened := g.opts, g.opening
	go func() {
		err := opts.Open(&opts)
		msg := openedMsg{opts: opts, err: err}
		if err == nil {
			// Built and read here, beside the terminal's start, rather
			// than on Bubble Tea's loop once the journal is open.
			msg.app = New(appOptions(opts, opts.Journal))
			msg.app.readHome()
		}
		opened <- msg
	}()
}

// Init waits for the journal's opening (see begin), or starts the unlock
// screen, asking the terminal for its background as the app would. While
// the journal opens the question waits for the config file, which may
// choose the theme.
func (g *gate) Init() tea.Cmd {
	if g.screen == nil {
		g.begin()
		opened := g.opening
		return func() tea.Msg { return <-opened }
	}
	return tea.Batch(g.screen.Init(), g.askBackground())
}

// askBackground asks the terminal for its background when the theme is
// auto.
func (g *gate) askBackground() tea.Cmd {
	if g.opts.QueryBackground {
		return tea.RequestBackgroundColor
	}
	return nil
}

// Update routes to the app once it started, and to the unlock screen
// before.
func (g *gate) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if g.app != nil {
		_, cmd := g.app.Update(msg)
		return g, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		g.size = &msg
		g.sh.Width, g.sh.Height = msg.Width, msg.Height
		return g, nil
	case tea.BackgroundColorMsg:
		g.background = &msg
		g.context().Styles = kit.NewStyles(msg.IsDark())
		return g, nil
	case kit.QuitMsg, signalMsg:
		g.quit = true
		return g, tea.Quit
	case unlock.UnlockedMsg:
		return g, g.start(msg.Journal)
	case openedMsg:
		// What opening read (the config file's theme, the prompts) holds
		// from here on.
		g.opts = msg.opts
		if errors.Is(msg.err, ErrNeedsPassphrase) && g.opts.Unlock != nil {
			g.styled = false // made again in the theme now settled
			g.screen = unlock.New(g.context(), unlock.Open(g.opts.Unlock))
			cmds := []tea.Cmd{g.screen.Init(), g.askBackground()}
			// What was typed while the journal opened was typed for this
			// screen, the passphrase first of all: it goes here, never to
			// the app once unlocked.
			for _, typed := range g.pending {
				cmds = append(cmds, g.screen.Update(typed))
			}
			g.pending = nil
			return g, tea.Batch(cmds...)
		}
		if msg.err != nil {
			g.quit = true
			return g, tea.Quit
		}
		return g, tea.Batch(g.run(msg.app), g.askBackground())
	}
	if g.screen == nil {
		return g, g.waitOpening(msg)
	}
	switch msg.(type) {
	case tea.KeyPressMsg, tea.PasteMsg:
		if g.screen.Unlocking() {
			// Typed while the passphrase is tried: for the app once it is
			// right, for the screen again if it was not.
			return g, g.waitOpening(msg)
		}
	}
	cmds := []tea.Cmd{g.screen.Update(msg)}
	// Keys typed while a wrong passphrase was tried go to the screen, until
	// one of them (the next enter) tries a passphrase again: the rest wait
	// for how that goes.
	for len(g.pending) > 0 && !g.screen.Unlocking() {
		typed := g.pending[0]
		g.pending = g.pending[1:]
		cmds = append(cmds, g.screen.Update(typed))
	}
	return g, tea.Batch(cmds...)
}

// waitOpening handles a message that comes while the journal opens: ctrl+c
// quits, and keys and pastes wait for the app.
func (g *gate) waitOpening(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(msg, g.context().Keys.Global.Quit) {
			g.quit = true
			return tea.Quit
		}
		g.pending = append(g.pending, msg)
	case tea.PasteMsg:
		g.pending = append(g.pending, msg)
	}
	return nil
}

// appOptions are opts for the app over the journal j.
func appOptions(opts Options, j kit.Journal) Options {
	opts.Journal, opts.Unlock = j, nil
	// The gate asks for the background (see askBackground); its answer,
	// come (see run) or to come, reaches the app.
	opts.QueryBackground = false
	return opts
}

// start builds the app over the unlocked journal and runs it.
func (g *gate) start(j kit.Journal) tea.Cmd {
	return g.run(New(appOptions(g.opts, j)))
}

// run hands the terminal to app, built at start or while the journal
// opened: the terminal's colours and size, its first screen, then the
// keys typed meanwhile.
func (g *gate) run(app *Model) tea.Cmd {
	g.app = app
	var cmds []tea.Cmd
	if g.background != nil {
		_, restyle := g.app.Update(*g.background)
		cmds = append(cmds, restyle)
	}
	if g.size != nil {
		_, size := g.app.Update(*g.size)
		cmds = append(cmds, size)
	}
	cmds = append(cmds, g.app.Init())
	for _, msg := range g.pending {
		_, cmd := g.app.Update(msg)
		cmds = append(cmds, cmd)
	}
	g.pending = nil
	return tea.Batch(cmds...)
}

// View draws the unlock screen, then the app.
func (g *gate) View() tea.View {
	if g.app != nil {
		return g.app.View()
	}
	var content string
	switch {
	case g.quit:
	case g.screen == nil:
		// The journal is opening; on any journal but one being upgraded
		// the app is drawn before this is. It is drawn plain, so that the
		// styles are made only if something needs them.
		content = " Opening the journal."
	case g.sh.TooSmall():
		content = kit.TooSmallView(g.context())
	default:
		content = g.screen.View()
	}
	if g.screen != nil {
		content = g.context().Styles.App.Render(content)
	}
	v := tea.NewView(kit.FitScreen(content, g.sh.Width, g.sh.Height))
	v.AltScreen = true
	v.WindowTitle = "debrief"
	return v
}

// Unkept is the app's (see Model.Unkept), once it started.
func (g *gate) Unkept() error {
	if g.app == nil {
		return nil
	}
	return g.app.Unkept()
}
