package review

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// List lists the weekly reviews, newest first, and opens one.
type List struct {
	sh       *kit.Context
	loaded   bool
	err      string
	reviews  []*journal.Review // newest first
	streak   journal.Streak
	selected int
}

// reviewsLoadedMsg carries every weekly review and the streak they make.
type reviewsLoadedMsg struct {
	reviews []*journal.Review // newest first
	streak  journal.Streak
	err     error
}

// NewList builds the list of past weekly reviews.
func NewList(sh *kit.Context) *List { return &List{sh: sh} }

// Init loads the reviews.
func (p *List) Init() tea.Cmd { return loadReviews(p.sh) }

// loadReviews reads every review, newest first, in a command.
func loadReviews(sh *kit.Context) tea.Cmd {
	j, today := sh.Journal, journal.DateOf(sh.Now())
	return func() tea.Msg {
		reviews, err := j.Reviews()
		if err != nil {
			return reviewsLoadedMsg{err: err}
		}
		streak := journal.ReviewStreak(reviews, today)
		slices.SortStableFunc(reviews, func(a, b *journal.Review) int {
			if c := b.WeekOf.Compare(a.WeekOf); c != 0 {
				return c
			}
			return b.CreatedAt.Compare(a.CreatedAt)
		})
		return reviewsLoadedMsg{reviews: reviews, streak: streak}
	}
}

// Update handles the loaded reviews and keys.
func (p *List) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case reviewsLoadedMsg:
		p.loaded = true
		p.err = journal.ErrorMessage(msg.err)
		p.reviews, p.streak = msg.reviews, msg.streak
		p.selected = min(p.selected, max(0, len(p.reviews)-1))
	case tea.KeyPressMsg:
		keys := p.sh.Keys.Review
		switch {
		case key.Matches(msg, keys.Quit):
			return kit.Quit()
		case key.Matches(msg, keys.Back):
			return p.sh.Navigate(kit.ScreenReviewGlance, 0)
		case kit.MoveCursor(&p.selected, len(p.reviews), max(1, p.sh.Height-6), p.sh.Keys.Scroll, msg):
		case key.Matches(msg, keys.Open) && len(p.reviews) > 0:
			return p.sh.Navigate(kit.ScreenReview, p.reviews[p.selected].ID)
		}
	}
	return nil
}

// View draws the list.
func (p *List) View() string {
	st := p.sh.Styles
	width := max(20, min(p.sh.Width-2, 100))
	var b strings.Builder
	b.WriteString(kit.SpreadLine(st.Title.Render("debrief · weekly reviews"), st.Subtle.Render(kit.StreakWords(p.streak)), width))
	b.WriteString("\n\n")
	switch {
	case p.err != "":
		b.WriteString(st.Error.Render("✗ "+p.err) + "\n")
	case !p.loaded:
		b.WriteString(st.Faint.Render("Opening your reviews…") + "\n")
	case len(p.reviews) == 0:
		b.WriteString(st.Subtle.Render("No weekly reviews yet. Go back and press enter to do the first one.") + "\n")
	default:
		// Two lines for the title, two for the footer.
		start, end := kit.VisibleRange(len(p.reviews), p.selected, max(1, p.sh.Height-4))
		for i := start; i < end; i++ {
			b.WriteString(reviewRow(st, p.reviews[i], i == p.selected, width) + "\n")
		}
		if hidden := len(p.reviews) - (end - start); hidden > 0 {
			b.WriteString(st.Faint.Render(fmt.Sprintf("  %d more · ↑/↓ to see them", hidden)) + "\n")
		}
	}
	k := p.sh.Keys.Review
	return kit.LayoutBody(b.String(), kit.KeysFooter(p.sh, []key.Binding{k.Open, k.Up, k.Back, p.sh.Keys.Global.Help}, width), p.sh.Height)
}

// reviewRow draws a review as one line: its week, the focus chosen and how
// last week's focus went.
func reviewRow(st kit.Styles, r *journal.Review, selected bool, width int) string {
	right := ""
	if r.PreviousFocusDone != "" {
		right = "practised: " + string(r.PreviousFocusDone)
	}
	focus := safetext.Line(r.Focus)
	if strings.TrimSpace(focus) == "" {
		focus = "(no focus chosen)"
	}
	cursor := "  "
	if selected {
		cursor = "▸ "
	}
	left := kit.Truncate(cursor+r.WeekOf.String()+"  "+focus, max(10, width-lipgloss.Width(right)-2))
	gap := strings.Repeat(" ", max(1, width-lipgloss.Width(left)-lipgloss.Width(right)))
	if selected {
		left = st.Selected.Render(left)
	}
	return left + gap + st.Faint.Render(right)
}

// KeyGroups lists the keys of the list of reviews for its ? page.
func (p *List) KeyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Review
	return []kit.KeyGroup{kit.ScrollGroup(p.sh), {Title: "Reviews", Keys: []key.Binding{k.Open, k.Back, k.Quit}}}
}

// Loading reports whether the list of reviews is still being read (see kit.Loader).
func (p *List) Loading() bool { return !p.loaded }
