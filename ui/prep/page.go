// Package prep is the brief before the next interview on a screen that
// scrolls: the same content as debrief prep prints (see
// practice.BriefMarkdown).
package prep

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"

	"github.com/debrief-journal/debrief/ui/kit"
)

// loadedMsg carries the brief, as Markdown.
type loadedMsg struct {
	text string
	err  error
}

// Page shows the brief.
type Page struct {
	sh            *kit.Context
	company, role string
	loaded        bool
	err           string
	text          string
	view          viewport.Model
	width         int // the width the brief was laid out for
}

// New builds the brief for an interview with company, for role (both may
// be empty).
func New(sh *kit.Context, company, role string) *Page {
	return &Page{sh: sh, company: company, role: role, view: viewport.New()}
}

// Init draws up the brief in a command: the first frame says it is being
// drawn up, and keys work meanwhile.
func (p *Page) Init() tea.Cmd {
	pr, j, now := p.sh.Practice, p.sh.Journal, p.sh.Now()
	in := practice.BriefInput{Company: p.company, Role: p.role}
	return func() tea.Msg { return load(pr, j, in, now) }
}

// Themes are the recurring themes of the pattern analysis as the brief
// takes them.
func Themes(p insight.Patterns) []practice.Theme {
	out := make([]practice.Theme, 0, len(p.Themes))
	for _, th := range p.Themes {
		t := practice.Theme{Name: th.Label, Interviews: th.Count}
		for _, it := range th.Items {
			t.Questions = append(t.Questions, it.Question)
		}
		out = append(out, t)
	}
	return out
}

// Update handles the brief and scrolling.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	keys := p.sh.Keys.Prep
	switch msg := msg.(type) {
	case loadedMsg:
		p.loaded = true
		p.err = journal.ErrorMessage(msg.err)
		p.text = msg.text
		p.width = 0
		p.layout()
	case tea.WindowSizeMsg:
		p.layout()
	case tea.KeyPressMsg:
		switch {
		case key.Matches(msg, keys.Back):
			return p.sh.Back()
		case key.Matches(msg, keys.Quit):
			return kit.Quit()
		}
		kit.ScrollView(&p.view, p.sh.Keys.Scroll, msg)
	}
	return nil
}

// layout fits the brief to the window.
func (p *Page) layout() {
	width := max(20, min(p.sh.Width-2, 100))
	p.view.SetWidth(width)
	p.view.SetHeight(max(1, p.sh.Height-3))
	if p.loaded && p.err == "" && width != p.width {
		p.view.SetContent(render(p.text, width, p.sh.Styles))
		p.width = width
	}
}

// render lays the Markdown out for the screen: headings in the heading
// style, every line wrapped to width.
func render(md string, width int, st kit.Styles) string {
	var b strings.Builder
	wrap := lipgloss.NewStyle().Width(width)
	for _, line := range strings.Split(strings.TrimRight(md, "\n"), "\n") {
		switch {
		case strings.HasPrefix(line, "# "):
			b.WriteString(st.Title.Width(width).Render(strings.TrimPrefix(line, "# ")))
		case strings.HasPrefix(line, "## "):
			b.WriteString(st.Heading.Width(width).Render(strings.TrimPrefix(line, "## ")))
		case strings.HasPrefix(line, "### "):
			b.WriteString(st.Accent.Width(width).Render(strings.TrimPrefix(line, "### ")))
		case strings.HasPrefix(line, "- "):
			b.WriteString(kit.Bullet(strings.ReplaceAll(strings.TrimPrefix(line, "- "), "**", ""), width))
		case strings.HasPrefix(line, "  "):
			b.WriteString(lipgloss.NewStyle().Width(width).PaddingLeft(4).Render(strings.TrimSpace(line)))
		default:
			b.WriteString(wrap.Render(strings.ReplaceAll(line, "**", "")))
		}
		b.WriteString("\n")
	}
	return b.String()
}

// View draws the brief, or what is happening while it is drawn up.
func (p *Page) View() string {
	st := p.sh.Styles
	var body string
	switch {
	case p.err != "":
		body = st.Error.Render("✗ " + p.err)
	case !p.loaded:
		body = st.Faint.Render("Drawing up your brief…")
	default:
		body = p.view.View()
	}
	k := p.sh.Keys.Prep
	footer := kit.KeysFooterLines(p.sh, []key.Binding{p.sh.Keys.Scroll.Summary(), k.Back, k.Quit, p.sh.Keys.Global.Help}, max(20, p.sh.Width-2))
	return kit.LayoutBody(body, footer, p.sh.Height)
}

// KeyGroups lists the keys of the brief for its ? page.
func (p *Page) KeyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Prep
	return []kit.KeyGroup{kit.ScrollGroup(p.sh), {Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}}}
}

// Loading reports whether the brief is still being read (see kit.Loader).
func (p *Page) Loading() bool { return !p.loaded }
