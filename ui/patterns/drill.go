package patterns

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The patterns screen offers a drill of its recurring themes: d opens the
// drill of the theme named under the title, tab names the next one.

// drillKey handles the keys of the theme to drill, and reports whether k
// was one.
func (p *Page) drillKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	themes := p.patterns.Themes
	if !p.loaded || len(themes) == 0 {
		return nil, false
	}
	keys := p.sh.Keys.Patterns
	switch {
	case key.Matches(k, keys.Drill):
		return kit.NavigateTheme(kit.ScreenDrill, themes[p.drillAt%len(themes)].Label), true
	case key.Matches(k, keys.NextTheme):
		p.drillAt = (p.drillAt + 1) % len(themes)
		return nil, true
	}
	return nil, false
}

// drillLine names the theme d drills, under the title; "" with no theme.
func (p *Page) drillLine(width int) string {
	themes := p.patterns.Themes
	if !p.loaded || len(themes) == 0 {
		return ""
	}
	st, keys := p.sh.Styles, p.sh.Keys.Patterns
	label := safetext.Line(themes[p.drillAt%len(themes)].Label)
	line := st.Faint.Render(keys.Drill.Help().Key+" drill ") + st.Accent.Render(label)
	if len(themes) > 1 {
		line += st.Faint.Render(" · " + keys.NextTheme.Help().Key + " next theme")
	}
	return ansi.Truncate(line, width, "…") + "\n"
}
