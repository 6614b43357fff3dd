package patterns

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The patterns screen offers a drill of its recurring themes: d opens the
// drill of the theme selected with tab, or of the first theme while none
// is (the report lists the themes first, so a selection below the number
// of themes is a theme). enter lists the interviews of that same theme
// (see open), so the line naming it speaks for both keys.

// drillTheme returns the label of the theme d drills, "" with no theme.
func (p *Page) drillTheme() string {
	themes := p.patterns.Themes
	if !p.loaded || len(themes) == 0 {
		return ""
	}
	if p.selected >= 0 && p.selected < len(themes) {
		return themes[p.selected].Label
	}
	return themes[0].Label
}

// drillKey handles the drill key, and reports whether k was it.
func (p *Page) drillKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	theme := p.drillTheme()
	if theme == "" || !key.Matches(k, p.sh.Keys.Patterns.Drill) {
		return nil, false
	}
	return p.sh.NavigateTheme(kit.ScreenDrill, theme), true
}

// drillLine names the theme d drills, under the title; "" with no theme.
func (p *Page) drillLine(width int) string {
	theme := p.drillTheme()
	if theme == "" {
		return ""
	}
	st, keys := p.sh.Styles, p.sh.Keys.Patterns
	line := st.Faint.Render(keys.Drill.Help().Key+" drill ") + st.Accent.Render(safetext.Line(theme)) +
		st.Faint.Render(" · "+keys.Next.Help().Key+" select another")
	return ansi.Truncate(line, width, "…") + "\n"
}
