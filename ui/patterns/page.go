// Package patterns is the screen of patterns across interviews: what comes
// back, what got better, what the journal suggests working on.
package patterns

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"

	"github.com/debrief-journal/debrief/ui/kit"
)

// patternsLoadedMsg carries the finished analysis.
type patternsLoadedMsg struct {
	patterns insight.Patterns
	err      error
}

// Page shows what the journal says across interviews. It opens at once
// with a line saying the journal is being read, and fills in when the
// analysis, run in a command, finishes. The report scrolls; tab and
// shift+tab select a theme or a lesson, and enter opens the list of
// interviews filtered to the ones behind it.
type Page struct {
	sh       *kit.Context
	loaded   bool
	err      string
	patterns insight.Patterns
	view     viewport.Model
	width    int      // the width the report was laid out for
	targets  []target // the themes and lessons, where the report shows them
	selected int      // the target selected, or -1 before tab is pressed
}

// New builds the patterns screen.
func New(sh *kit.Context) *Page {
	return &Page{sh: sh, view: viewport.New(), selected: -1}
}

// Init starts the analysis, as of the app's clock: from the compact
// records of the analysis and what was classified of their texts when the
// journal keeps them, which at 100,000 interviews is seconds sooner than
// reading and classifying every interview.
func (p *Page) Init() tea.Cmd {
	j, pr, now := p.sh.Journal, p.sh.Practice, p.sh.Now()
	return func() tea.Msg {
		if pr != nil {
			ivs, known, err := pr.PatternsKnown()
			if err != nil {
				return patternsLoadedMsg{err: err}
			}
			return patternsLoadedMsg{patterns: insight.AnalyzeKnownAt(ivs, known, now)}
		}
		ivs, err := j.Interviews()
		if err != nil {
			return patternsLoadedMsg{err: err}
		}
		return patternsLoadedMsg{patterns: insight.AnalyzeAt(ivs, now)}
	}
}

// Update handles the analysis result, selecting, opening and scrolling.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	keys := p.sh.Keys.Patterns
	switch msg := msg.(type) {
	case patternsLoadedMsg:
		p.loaded = true
		p.err = journal.ErrorMessage(msg.err)
		p.patterns = msg.patterns
		p.width = 0
		p.layout()
	case tea.WindowSizeMsg:
		p.layout()
	case tea.KeyPressMsg:
		if cmd, ok := p.drillKey(msg); ok {
			return cmd
		}
		switch {
		case key.Matches(msg, keys.Back):
			return p.sh.Navigate(kit.ScreenHome, 0)
		case key.Matches(msg, keys.Quit):
			return tea.Quit
		case key.Matches(msg, keys.Next):
			p.selectTarget(+1)
			return nil
		case key.Matches(msg, keys.Prev):
			p.selectTarget(-1)
			return nil
		case key.Matches(msg, keys.Open):
			return p.open()
		}
		kit.ScrollView(&p.view, p.sh.Keys.Scroll, msg)
	}
	return nil
}

// selectTarget moves the selection to the next or previous theme or
// lesson, round the ends, and scrolls the report to it.
func (p *Page) selectTarget(step int) {
	if len(p.targets) == 0 {
		return
	}
	switch {
	case p.selected < 0 && step < 0:
		p.selected = len(p.targets) - 1
	case p.selected < 0:
		p.selected = 0
	default:
		p.selected = (p.selected + step + len(p.targets)) % len(p.targets)
	}
	p.render()
	line := p.targets[p.selected].line
	if line < p.view.YOffset() || line >= p.view.YOffset()+p.view.Height() {
		p.view.SetYOffset(max(0, line-1))
	}
}

// open lists the interviews behind the selected theme or lesson, with the
// filter that finds them shown in the list, for the user to see and edit.
// Before tab is pressed it opens the theme the line under the title names
// (the first), as d drills it, so the line and both keys agree.
func (p *Page) open() tea.Cmd {
	i := p.selected
	if (i < 0 || i >= len(p.targets)) && p.drillTheme() != "" {
		i = 0 // the report lists the themes first
	}
	if i < 0 || i >= len(p.targets) {
		if len(p.targets) > 0 {
			return p.sh.SetStatus("Select a theme or a lesson with "+p.sh.Keys.Patterns.Next.Help().Key+" first.", false)
		}
		return nil
	}
	t := p.targets[i]
	if len(t.ids) == 0 {
		return nil
	}
	return p.sh.OpenList(query.IDsToken(t.ids))
}

// layout fits the report to the window.
func (p *Page) layout() {
	width := max(30, min(p.sh.Width-2, 100))
	p.view.SetWidth(width)
	p.view.SetHeight(max(1, p.sh.Height-3-min(1, len(p.patterns.Themes))))
	if p.loaded && p.err == "" && width != p.width {
		p.width = width
		p.render()
	}
}

// render lays the report out again at the current width, the selection
// marked, keeping the scroll position.
func (p *Page) render() {
	y := p.view.YOffset()
	var out string
	out, p.targets = layoutReport(p.patterns, p.width-2, p.sh.Styles, p.selected)
	p.view.SetContent(out)
	p.view.SetYOffset(y)
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
		body = p.drillLine(p.sh.Width-2) + p.view.View()
	}
	k := p.sh.Keys.Patterns
	bindings := []key.Binding{p.sh.Keys.Scroll.Summary()}
	if len(p.targets) > 0 {
		// Short words, to fit 80 columns; ? has them in full.
		bindings = append(bindings, kit.Relabel(k.Next, "select"), kit.Relabel(k.Open, "list them"))
	}
	bindings = append(bindings, k.Back, k.Quit, p.sh.Keys.Global.Help)
	footer := kit.KeysFooter(p.sh, bindings, p.sh.Width)
	return kit.LayoutBody(title+"\n"+body, footer, p.sh.Height)
}

// KeyGroups lists the keys of the patterns screen for its ? page.
func (p *Page) KeyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Patterns
	return []kit.KeyGroup{kit.ScrollGroup(p.sh),
		{Title: "Themes and lessons", Keys: []key.Binding{k.Next, k.Prev, k.Open, k.Drill}},
		{Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}}}
}

// Loading reports whether the analysis is still being read (see kit.Loader).
func (p *Page) Loading() bool { return !p.loaded }
