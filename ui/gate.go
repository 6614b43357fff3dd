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
	// pending are the keys and pastes that came while the journal was
	// opening, handed to the app in order once it starts.
	pending []tea.Msg
	// size and background are the terminal's answers so far, passed on
	// to the app when it starts.
	size       *tea.WindowSizeMsg
	background *tea.BackgroundColorMsg
}

// newGate builds the gate for opts: the wait while Open opens the journal
// when Open is set (the unlock screen comes only if Open asks for it), and
// otherwise the unlock screen at once.
func newGate(opts Options) *gate {
	g := &gate{opts: opts}
	g.sh = &kit.Context{
		Styles: kit.NewStyles(!opts.Light),
		Keys:   kit.DefaultKeyMap(),
		Path:   opts.Path,
		Width:  80,
		Height: 24,
		Line:   &g.line,
	}
	if opts.Open == nil {
		g.screen = unlock.New(g.sh, unlock.Open(opts.Unlock))
	}
	return g
}

// ErrNeedsPassphrase is what Options.Open returns for an encrypted journal
// whose passphrase is to be typed on the unlock screen: the gate shows that
// screen, and Options.Unlock opens the journal.
var ErrNeedsPassphrase = errors.New("the journal needs its passphrase")

// openedMsg says how opening the journal behind the first frame went:
// opts are the options with the journal, to build the app with.
type openedMsg struct {
	opts Options
	err  error
}

// Init asks the terminal for its background, as the app would, and starts
// the unlock screen or opening the journal.
func (g *gate) Init() tea.Cmd {
	var first tea.Cmd
	if g.screen != nil {
		first = g.screen.Init()
	} else {
		opts := g.opts
		first = func() tea.Msg {
			err := opts.Open(&opts)
			return openedMsg{opts: opts, err: err}
		}
	}
	if g.opts.QueryBackground {
		return tea.Batch(first, tea.RequestBackgroundColor)
	}
	return first
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
		g.sh.Styles = kit.NewStyles(msg.IsDark())
		return g, nil
	case kit.QuitMsg:
		g.quit = true
		return g, tea.Quit
	case unlock.UnlockedMsg:
		return g, g.start(msg.Journal)
	case openedMsg:
		if errors.Is(msg.err, ErrNeedsPassphrase) && g.opts.Unlock != nil {
			g.opts.Prompts, g.opts.PromptsFile = msg.opts.Prompts, msg.opts.PromptsFile
			g.screen = unlock.New(g.sh, unlock.Open(g.opts.Unlock))
			return g, g.screen.Init()
		}
		if msg.err != nil {
			g.quit = true
			return g, tea.Quit
		}
		g.opts = msg.opts
		return g, g.start(msg.opts.Journal)
	}
	if g.screen == nil {
		return g, g.waitOpening(msg)
	}
	return g, g.screen.Update(msg)
}

// waitOpening handles a message that comes while the journal opens: ctrl+c
// quits, and keys and pastes wait for the app.
func (g *gate) waitOpening(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if key.Matches(msg, g.sh.Keys.Global.Quit) {
			g.quit = true
			return tea.Quit
		}
		g.pending = append(g.pending, msg)
	case tea.PasteMsg:
		g.pending = append(g.pending, msg)
	}
	return nil
}

// start builds the app over the unlocked journal, at the terminal's size
// and colours, and starts its first screen.
func (g *gate) start(j kit.Journal) tea.Cmd {
	opts := g.opts
	opts.Journal, opts.Unlock = j, nil
	// The background was asked already; its answer, come or to come,
	// reaches the app.
	opts.QueryBackground = false
	if g.background != nil {
		opts.Light = !g.background.IsDark()
	}
	g.app = New(opts)
	var cmds []tea.Cmd
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
		// the app is drawn before this is.
		content = g.sh.Styles.Faint.Render(" Opening the journal.")
	case g.sh.TooSmall():
		content = kit.TooSmallView(g.sh)
	default:
		content = g.screen.View()
	}
	v := tea.NewView(kit.FitScreen(g.sh.Styles.App.Render(content), g.sh.Width, g.sh.Height))
	v.AltScreen = true
	v.WindowTitle = "debrief"
	return v
}
