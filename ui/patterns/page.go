// Package patterns is the screen of patterns across interviews: what comes
// back, what got better, what the journal suggests working on.
package patterns

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// patternsLoadedMsg carries the finished analysis.
type patternsLoadedMsg struct {
	patterns insight.Patterns
	err      error
}

// Page shows what the journal says across interviews. It opens at
// once and fills in when the analysis, run in a command, finishes.
type Page struct {
	sh       *kit.Context
	loaded   bool
	err      string
	patterns insight.Patterns
	view     viewport.Model
	width    int // the width the report was laid out for
	drillAt  int // the theme d drills (see drill.go)
}

// New builds the patterns screen.
func New(sh *kit.Context) *Page {
	return &Page{sh: sh, view: viewport.New()}
}

// Init starts the analysis.
func (p *Page) Init() tea.Cmd {
	j := p.sh.Journal
	return func() tea.Msg {
		ivs, err := j.Interviews()
		if err != nil {
			return patternsLoadedMsg{err: err}
		}
		return patternsLoadedMsg{patterns: insight.Analyze(ivs)}
	}
}

// Update handles the analysis result and scrolling.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	keys := p.sh.Keys.Patterns
	switch msg := msg.(type) {
	case patternsLoadedMsg:
		p.loaded = true
		p.err = journal.ErrorMessage(msg.err)
		p.patterns = msg.patterns
		p.layout()
	case tea.WindowSizeMsg:
		p.layout()
	case tea.KeyPressMsg:
		if cmd, ok := p.drillKey(msg); ok {
			return cmd
		}
		switch {
		case key.Matches(msg, keys.Back):
			return kit.Navigate(kit.ScreenHome, 0)
		case key.Matches(msg, keys.Quit):
			return tea.Quit
		}
		kit.ScrollView(&p.view, p.sh.Keys.Scroll, msg)
	}
	return nil
}

// layout fits the report to the window.
func (p *Page) layout() {
	width := max(30, min(p.sh.Width-2, 100))
	p.view.SetWidth(width)
	p.view.SetHeight(max(1, p.sh.Height-3-min(1, len(p.patterns.Themes))))
	if p.loaded && p.err == "" && width != p.width {
		p.view.SetContent(Report(p.patterns, width-2, p.sh.Styles))
		p.width = width
	}
}

// View draws the report, or what is happening while it is prepared.
func (p *Page) View() string {
	st := p.sh.Styles
	title := st.Title.Render("Patterns")
	var body string
	switch {
	case p.err != "":
		body = st.Error.Render("✗ " + p.err)
	case !p.loaded:
		body = st.Faint.Render("Reading your journal…")
	default:
		if p.width == 0 {
			p.layout()
		}
		body = p.drillLine(p.sh.Width-2) + p.view.View()
	}
	h := p.sh.KeyHelp(p.sh.Width)
	k := p.sh.Keys.Patterns
	footer := h.ShortHelpView([]key.Binding{p.sh.Keys.Scroll.Summary(), k.Back, k.Quit, p.sh.Keys.Global.Help})
	return kit.LayoutBody(title+"\n"+body, footer, p.sh.Height)
}

// KeyGroups lists the keys of the patterns screen for its ? page.
func (p *Page) KeyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Patterns
	return []kit.KeyGroup{kit.ScrollGroup(p.sh), {Title: "Practice", Keys: []key.Binding{k.Drill, k.NextTheme}}, {Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}}}
}
