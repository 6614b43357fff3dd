package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/unlock"
)

// gate shows the unlock screen of an encrypted journal until it is
// unlocked, then builds the app over the journal and hands it everything:
// the app starts as if the journal had been opened before.
type gate struct {
	opts   Options
	sh     *kit.Context
	line   kit.StatusLine
	screen *unlock.Screen
	app    *Model
	quit   bool
	// size and background are the terminal's answers so far, passed on
	// to the app when it starts.
	size       *tea.WindowSizeMsg
	background *tea.BackgroundColorMsg
}

// newGate builds the unlock screen for opts, whose Unlock opens the
// journal.
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
	g.screen = unlock.New(g.sh, unlock.Open(opts.Unlock))
	return g
}

// Init asks the terminal for its background, as the app would.
func (g *gate) Init() tea.Cmd {
	if g.opts.QueryBackground {
		return tea.Batch(g.screen.Init(), tea.RequestBackgroundColor)
	}
	return g.screen.Init()
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
	}
	return g, g.screen.Update(msg)
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
	var size tea.Cmd
	if g.size != nil {
		_, size = g.app.Update(*g.size)
	}
	return tea.Batch(size, g.app.Init())
}

// View draws the unlock screen, then the app.
func (g *gate) View() tea.View {
	if g.app != nil {
		return g.app.View()
	}
	var content string
	switch {
	case g.quit:
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
