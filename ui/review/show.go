package review

import (
	"math"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Page shows one weekly review, scrolled with the arrows. Opened
// right after the review was finished, it also confirms the save.
type Page struct {
	sh     *kit.Context
	id     uint64
	saved  bool // the review was just finished
	loaded bool
	err    string
	review *journal.Review
	streak journal.Streak
	offset int // first line shown
}

// NewReview builds the page of review id; saved says the review was just
// finished, so the page confirms it and leaving goes home.
func NewReview(sh *kit.Context, id uint64, saved bool) *Page {
	return &Page{sh: sh, id: id, saved: saved}
}

// Init loads the review with the others, for the streak.
func (p *Page) Init() tea.Cmd { return loadReviews(p.sh) }

// Update handles the loaded review and keys.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reviewsLoadedMsg:
		p.loaded = true
		p.err = journal.ErrorMessage(msg.err)
		p.streak = msg.streak
		for _, r := range msg.reviews {
			if r.ID == p.id {
				p.review = r
			}
		}
		if p.review == nil && p.err == "" {
			p.err = "This review is no longer in the journal."
		}
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	}
	return nil
}

func (p *Page) handleKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.Review
	switch {
	case key.Matches(k, keys.Quit):
		return kit.Quit()
	case p.saved && (key.Matches(k, keys.Open) || key.Matches(k, keys.Back)):
		return p.sh.Leave()
	case key.Matches(k, keys.Back):
		return p.sh.Navigate(kit.ScreenReviews, 0)
	case kit.MoveCursor(&p.offset, math.MaxInt32, max(1, p.sh.Height-4), p.sh.Keys.Scroll, k):
		// View clamps the offset to the text.
	}
	return nil
}

// View draws the review.
func (p *Page) View() string {
	st := p.sh.Styles
	width := max(20, min(p.sh.Width-2, 100))
	var b strings.Builder
	title := st.Title.Render("debrief · weekly review")
	if p.review != nil {
		title = st.Title.Render("Weekly review · week of " + kit.ShortDay(p.review.WeekOf))
		if p.saved {
			title = st.Success.Render("✓ Saved") + "  " + title
		}
	}
	b.WriteString(kit.SpreadLine(title, st.Subtle.Render(kit.StreakWords(p.streak)), width) + "\n")
	switch {
	case p.err != "":
		b.WriteString("\n" + st.Error.Render("✗ "+p.err) + "\n")
	case !p.loaded:
		b.WriteString("\n" + st.Faint.Render("Opening the review…") + "\n")
	default:
		b.WriteString(p.reviewBody(width))
	}
	footer := p.footer(width)
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	room := max(1, p.sh.Height-len(strings.Split(footer, "\n")))
	// The title stays; the rest scrolls.
	p.offset = min(p.offset, max(0, len(lines)-room))
	if p.offset > 0 {
		lines = append(lines[:1], lines[1+p.offset:]...)
	}
	return kit.LayoutBody(strings.Join(lines, "\n"), footer, p.sh.Height)
}

// reviewBody writes the review's parts in the order they were asked.
func (p *Page) reviewBody(width int) string {
	st := p.sh.Styles
	r := p.review
	var b strings.Builder
	part := func(title string) { b.WriteString("\n" + st.Heading.Render(title) + "\n") }
	if r.PreviousFocus != "" {
		part("Last week's focus")
		b.WriteString(indentWrap(kit.Quote(safetext.Line(r.PreviousFocus)), width) + "\n")
		if r.PreviousFocusDone != "" {
			b.WriteString(st.Subtle.Render("  Practised: "+string(r.PreviousFocusDone)) + "\n")
		}
		if strings.TrimSpace(r.PreviousFocusNote) != "" {
			b.WriteString(indentWrap(safetext.Text(r.PreviousFocusNote), width) + "\n")
		}
	}
	weekly := kit.WeeklySet(p.sh)
	for _, a := range r.Answers {
		title := a.Title
		if title == "" {
			title = a.Prompt
		}
		part(safetext.Line(title))
		prompt, _ := weekly.Find(a.Prompt)
		b.WriteString(answerView(st, prompt.Kind, a.Value, width) + "\n")
	}
	part("Focus for the coming week")
	if strings.TrimSpace(r.Focus) == "" {
		// Nothing chosen, so nothing for next week's review to ask about.
		b.WriteString(st.Faint.Render("  None chosen.") + "\n")
		return b.String()
	}
	b.WriteString(indentWrap(safetext.Line(r.Focus), width) + "\n")
	if p.saved {
		b.WriteString("\n" + st.Subtle.Render(kit.Truncate("Next week's review will start by asking how this focus went.", width)) + "\n")
	}
	return b.String()
}

// answerView draws a stored answer in the shape of its prompt's kind.
func answerView(st kit.Styles, kind journal.FieldKind, value string, width int) string {
	switch kind {
	case journal.KindList:
		var rows []string
		for _, l := range journal.Lines(value) {
			rows = append(rows, kit.Bullet(safetext.Line(l), width))
		}
		return strings.Join(rows, "\n")
	case journal.KindRating:
		if n, err := strconv.Atoi(strings.TrimSpace(value)); err == nil && n >= 1 && n <= 5 {
			return "  " + st.Prompt.Rating.Render(strings.Repeat("●", n)) + st.Prompt.Unrated.Render(strings.Repeat("○", 5-n)) + st.Subtle.Render("  "+value+" of 5")
		}
	}
	return indentWrap(safetext.Text(value), width)
}

// indentWrap wraps text to width with a two-space margin.
func indentWrap(text string, width int) string {
	wrapped := lipgloss.NewStyle().Width(max(10, width-2)).Render(text)
	rows := strings.Split(wrapped, "\n")
	for i, r := range rows {
		rows[i] = "  " + r
	}
	return strings.Join(rows, "\n")
}

func (p *Page) footer(width int) string {
	k := p.sh.Keys.Review
	scroll := key.NewBinding(key.WithKeys(k.Up.Keys()...), key.WithHelp("↑/↓", "scroll"))
	if p.saved {
		home := kit.Relabel(k.Open, "home")
		if p.sh.Standalone {
			home.SetHelp(k.Open.Help().Key, "close")
		}
		return kit.KeysFooter(p.sh, []key.Binding{home, scroll, k.Quit}, width)
	}
	return kit.KeysFooter(p.sh, []key.Binding{scroll, k.Back, p.sh.Keys.Global.Help}, width)
}

// KeyGroups lists the keys of a review's page for its ? page.
func (p *Page) KeyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Review
	return []kit.KeyGroup{kit.ScrollGroup(p.sh), {Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}}}
}

// Loading reports whether the review is still being read (see kit.Loader).
func (p *Page) Loading() bool { return !p.loaded }
