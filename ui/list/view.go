package list

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"

	"github.com/debrief-journal/debrief/ui/kit"
)

// chromeLines is the number of lines around the rows: title, filter, hint,
// column titles and the preview line.
const chromeLines = 5

// View draws the list: only the rows in view, so a journal of any size
// draws in the same time.
func (p *Page) View() string {
	st := p.sh.Styles
	width := p.width()
	var b strings.Builder
	b.WriteString(p.titleLine(width))
	b.WriteString("\n")
	b.WriteString(p.filterLine(width))
	b.WriteString("\n")
	b.WriteString(p.hintLine(width))
	b.WriteString("\n")
	switch {
	case p.err != "":
		b.WriteString("\n" + st.Error.Render("✗ "+p.err) + "\n")
	case p.list == nil:
		b.WriteString("\n" + st.Faint.Render("Opening your journal…") + "\n")
	case p.showHelp:
		b.WriteString(p.helpView(width))
	case len(p.list.cands) == 0:
		b.WriteString("\n" + lipgloss.NewStyle().Width(width).Render(st.Subtle.Render(
			"No interviews yet. Press esc, then n, to write your first reflection; or try the list on invented ones with: debrief demo --db /tmp/demo.db")) + "\n")
	case len(p.list.matches) == 0:
		b.WriteString("\n" + st.Subtle.Render("Nothing matches. Keep typing, erase a little, or press esc to clear the filter.") + "\n")
	default:
		p.rowsView(&b, width)
	}
	return kit.LayoutBody(b.String(), p.footer(width), p.sh.Height)
}

// width is the width the list is drawn at.
func (p *Page) width() int { return max(30, p.sh.Width-2) }

// rowsShown is how many rows fit between the chrome and the footer.
func (p *Page) rowsShown() int {
	return max(1, p.sh.Height-chromeLines-p.footerHeight())
}

func (p *Page) footerHeight() int { return 1 + p.sh.StatusHeight(p.width()) }

func (p *Page) titleLine(width int) string {
	st := p.sh.Styles
	left := st.Title.Render("debrief") + st.Subtle.Render(" · interviews")
	var right string
	if p.list != nil {
		total := len(p.list.cands)
		switch {
		case p.partOf > 0 && p.list.query.IsZero():
			right = kit.Thousands(p.partOf) + " interviews"
		case p.partOf > 0:
			right = "searching " + kit.Thousands(p.partOf) + "…"
		case p.list.query.IsZero():
			right = kit.Thousands(total) + " " + kit.PluralWord(total, "interview")
		default:
			right = kit.Thousands(len(p.list.matches)) + " of " + kit.Thousands(total)
		}
		if p.textsLoading {
			right = "reading answers… " + right
		}
	}
	right = st.Subtle.Render(kit.Truncate(right, max(0, width-lipgloss.Width(left)-1)))
	gap := max(1, width-lipgloss.Width(left)-lipgloss.Width(right))
	return left + strings.Repeat(" ", gap) + right
}

func (p *Page) filterLine(width int) string {
	st := p.sh.Styles
	if p.mode != modeTyping && p.input.Value() == "" {
		return st.Faint.Render(kit.Truncate("/ press / to search every answer, or filter by stage, outcome, tag, date", width))
	}
	p.input.SetWidth(max(10, width-4))
	return ansi.Truncate(p.input.View(), width, "")
}

// hintLine explains the filter: what went wrong in it, the values of the
// key being typed, or the keys there are.
func (p *Page) hintLine(width int) string {
	st := p.sh.Styles
	if p.list != nil && len(p.list.problems) > 0 {
		return st.Warning.Render(kit.Truncate("✗ "+p.list.problems[0], width))
	}
	if p.mode != modeTyping {
		return ""
	}
	if hint := tokenHint(p.input.Value()); hint != "" {
		return st.Faint.Render(kit.Truncate(hint, width))
	}
	return st.Faint.Render(kit.Truncate("words search company, role and answers · filters: stage: outcome: tag: company: since: until:", width))
}

// tokenHint lists the values of the filter key being typed, if any.
func tokenHint(value string) string {
	last := value
	if i := strings.LastIndexAny(value, " \t"); i >= 0 {
		last = value[i+1:]
	}
	key, _, ok := strings.Cut(strings.ToLower(last), ":")
	if !ok {
		return ""
	}
	switch key {
	case query.KeyStage:
		return "stages: " + joinNames(journal.Stages) + " (commas for several)"
	case query.KeyOutcome, "status":
		return "outcomes: " + joinNames(journal.Statuses) + " (commas for several)"
	case query.KeyTag, "tags":
		return "a tag, or the start of one; repeat tag: to require several"
	case query.KeySince, query.KeyUntil:
		return "a year, month or day: 2025, 2025-06 or 2025-06-30"
	case query.KeyCompany:
		return `part of a company name; "quotes" around names with spaces`
	}
	return ""
}

func joinNames[T ~string](list []T) string {
	parts := make([]string, len(list))
	for i, v := range list {
		parts[i] = string(v)
	}
	return strings.Join(parts, " ")
}

// rowsView draws the column titles, the rows in view and the preview.
func (p *Page) rowsView(b *strings.Builder, width int) {
	st := p.sh.Styles
	cols := newListColumns(width)
	b.WriteString(cols.header(st, p.list.order))
	b.WriteString("\n")
	rows := p.rowsShown()
	// A status line that came since the last key takes rows: the
	// selection stays in view all the same.
	offset := max(p.offset, p.cursor-rows+1)
	end := min(len(p.list.matches), offset+rows)
	hasWords := len(p.list.query.Words) > 0
	paints := newRowPaints(st)
	for i := offset; i < end; i++ {
		c := p.list.at(i)
		var hl []int
		if hasWords {
			hl, _ = p.list.query.TitleHighlights(c)
		}
		b.WriteString(cols.row(&paints, c, hl, i == p.cursor))
		b.WriteString("\n")
	}
	for i := end - offset; i < rows; i++ {
		b.WriteString("\n")
	}
	b.WriteString(p.previewView(width))
	b.WriteString("\n")
}

func (p *Page) footer(width int) string {
	st := p.sh.Styles
	var out string
	switch p.mode {
	case modeConfirm:
		title := ""
		if p.list != nil && p.cursor < len(p.list.matches) {
			c := p.list.at(p.cursor)
			title = c.Summary.Title() + " (" + c.Summary.Date.String() + ")"
		}
		out = st.Warning.Render(kit.AskAbout("Delete ", title, "? y delete · any other key keep", width))
	case modeTagging:
		p.tags.SetWidth(max(10, width-30))
		out = ansi.Truncate(p.tags.View()+st.Faint.Render("  enter add · esc cancel"), width, "")
	default:
		out = p.helpLine(width)
	}
	if s := p.sh.StatusView(width); s != "" {
		out = s + "\n" + out
	}
	return out
}

func (p *Page) helpLine(width int) string {
	h := p.sh.KeyHelp(width)
	k := p.sh.Keys.Browse
	var bindings []key.Binding
	if p.mode == modeTyping {
		bindings = []key.Binding{
			key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
			key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", "move")),
			k.Done,
		}
	} else {
		bindings = []key.Binding{k.Open, k.Filter, k.Sort, k.Tag, k.Delete}
		if p.sh.CanUndo() {
			bindings = append(bindings, k.Undo)
		}
		bindings = append(bindings, k.Help, k.Back)
	}
	return h.ShortHelpView(bindings)
}

// helpView lists every key and filter of the list.
func (p *Page) helpView(width int) string {
	st := p.sh.Styles
	lines := []string{
		st.Heading.Render("Moving and acting"),
		"  ↑/↓ j/k move · pgup/pgdn page · g/G home/end first/last · enter read",
		"  s sort by date or company · t add tags · e edit in the guided flow",
		"  d delete (asks first) · u undo the last deletion · esc clear, then back",
		"",
		st.Heading.Render("Filtering (press /, then type)"),
		"  words        company and role (loosely: acbe finds Acme, Backend)",
		"               and any answer (plainly); every word must match",
		`  "a phrase"   the exact phrase, anywhere`,
		"  stage:final  stage:first,second    outcome:rejected  outcome:next",
		"  tag:remote   (repeat to require several tags)   company:acme",
		"  since:2025-01  until:2025-06-30  (a year, month or day)",
		"",
		st.Heading.Render("Columns"),
		"  mood: how you felt afterwards · self: how much of you came through",
		"  ▁ low … ▇ high, · not rated",
		"",
		st.Faint.Render("Press any key to go back."),
	}
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(kit.Truncate(l, width))
		b.WriteString("\n")
	}
	return b.String()
}
