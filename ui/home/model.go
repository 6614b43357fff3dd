// Package home is the start screen: unfinished drafts, recent interviews,
// the follow-ups and weekly review waiting, and the keys to begin.
package home

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// recentOnHome is how many recent interviews the home screen lists.
const recentOnHome = 8

// Model is the start screen: unfinished drafts, recent interviews and
// the keys to begin.
type Model struct {
	sh       *kit.Context
	loaded   bool
	err      string
	recent   []journal.Summary
	total    int
	drafts   []journal.Draft
	selected int // index into drafts
	// confirmID is the draft the first x asked about: a second x on it
	// discards it (see drafts.go).
	confirmID uint64
	review    reviewHabit
	// followUps counts the open follow-ups; onRecent and recentSel place
	// the cursor on a recent interview (see outcome_home.go).
	followUps homeFollowUps
	onRecent  bool
	recentSel int
	// offer is set when debrief new found drafts: home then only offers to
	// resume one or start afresh.
	offer bool
	// showHelp shows the keys instead of the journal, until the next key.
	showHelp bool
	// dueCards counts the practice cards due today.
	dueCards int
}

// New builds the home screen; offer is set for debrief new, where home
// only offers to resume a draft or start afresh, and starts afresh when
// there is none.
func New(sh *kit.Context, offer bool) *Model { return &Model{sh: sh, offer: offer} }

// Init reads what home shows, in a command.
func (h *Model) Init() tea.Cmd {
	j, now := h.sh.Journal, h.sh.Now()
	return func() tea.Msg { return Read(j, now) }
}

// Read reads what home shows from j, at once, as the message home's Update
// takes in. Init reads it in a command; the app that starts at home reads
// it while the journal opens, so that its first frame shows the journal.
func Read(j kit.Journal, now time.Time) tea.Msg {
	sums, total, err := j.RecentSummaries(recentOnHome)
	if err != nil {
		return homeLoadedMsg{err: err}
	}
	drafts, err := j.Drafts()
	review, rerr := loadReviewHabit(j, now, total)
	if err == nil {
		err = rerr
	}
	return homeLoadedMsg{recent: sums, total: total, drafts: drafts, review: review, err: err}
}

// Update handles keys and loaded data.
func (h *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case homeLoadedMsg:
		h.loaded = true
		h.err = journal.ErrorMessage(msg.err)
		h.recent, h.total, h.drafts = msg.recent, msg.total, msg.drafts
		h.review = msg.review
		h.selected = min(h.selected, max(0, len(h.drafts)-1))
		h.clampRecent()
		h.keepConfirm()
		if h.offer && msg.err == nil && len(msg.drafts) == 0 {
			// debrief new with no draft to offer: straight to a new one.
			return h.sh.OpenFlow(nil)
		}
		if msg.err == nil {
			// Counted only now, so the first frame is not kept waiting.
			wait := h.countWait()
			return tea.Batch(loadFollowUpCounts(h.sh, wait), loadDueCards(h.sh, wait))
		}
	case dueCardsMsg:
		h.dueCards = msg.n // an error only leaves the line out
	case followUpCountsMsg:
		h.followUps = homeFollowUps{loaded: true, counts: msg.counts, err: journal.ErrorMessage(msg.err)}
	case draftDiscardedMsg:
		return h.discarded(msg)
	case tea.KeyPressMsg:
		return h.handleKey(msg)
	}
	return nil
}

// countWait is how long counting the follow-ups and cards waits once
// home is read: the first time, until the first frame is drawn, so that
// counting does not compete with drawing it; coming back to home, not at
// all, while the counts from before stay on screen until the new ones are
// in.
func (h *Model) countWait() time.Duration {
	if h.followUps.loaded {
		return 0
	}
	return kit.AfterFirstFrame
}

func (h *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	keys := h.sh.Keys.Home
	asked := h.confirmID
	h.confirmID = 0
	if h.showHelp {
		h.showHelp = false
		if key.Matches(k, h.sh.Keys.Global.Help) || key.Matches(k, keys.Dismiss) {
			return nil
		}
	}
	if cmd, ok := h.recentKey(k); ok {
		return cmd
	}
	if cmd, ok := h.draftKey(k, asked); ok {
		return cmd
	}
	switch {
	case key.Matches(k, keys.Quit):
		return kit.Quit()
	case key.Matches(k, keys.Dismiss):
		return kit.ClearStatus()
	case key.Matches(k, h.sh.Keys.Global.Help):
		h.showHelp = true
	case key.Matches(k, keys.New):
		return h.sh.OpenFlow(nil)
	case key.Matches(k, keys.Patterns):
		return h.sh.Navigate(kit.ScreenPatterns, 0)
	case key.Matches(k, keys.List):
		return h.sh.Navigate(kit.ScreenBrowse, 0)
	case key.Matches(k, keys.Drill):
		return h.sh.Navigate(kit.ScreenDrill, 0)
	case key.Matches(k, keys.Prep):
		return h.sh.Navigate(kit.ScreenPrep, 0)
	case key.Matches(k, keys.Stories):
		return h.sh.Navigate(kit.ScreenStories, 0)
	case key.Matches(k, keys.Search):
		return h.sh.Search()
	case key.Matches(k, keys.Review):
		return h.sh.Navigate(kit.ScreenReviewGlance, 0)
	case key.Matches(k, keys.Up):
		h.moveUp()
	case key.Matches(k, keys.Down):
		h.moveDown()
	}
	return nil
}

// View draws the home screen.
func (h *Model) View() string {
	st := h.sh.Styles
	width := max(20, min(h.sh.Width-2, 110))
	var b strings.Builder
	b.WriteString(st.Title.Render("debrief") + st.Subtle.Render("  reflect on an interview while it is fresh"))
	b.WriteString("\n\n")
	switch {
	case h.err != "":
		b.WriteString(st.Error.Width(width).Render("✗ "+h.err) + "\n")
	case !h.loaded:
		b.WriteString(st.Faint.Render("Opening your journal...") + "\n")
	case h.showHelp:
		b.WriteString(h.helpView(width))
	default:
		h.draftsView(&b, width)
		if h.offer {
			b.WriteString(st.Subtle.Render("Resume it, or press n to start a new reflection.") + "\n")
		} else {
			h.followUpsLine(&b)
			h.practiceLines(&b)
			h.reviewLine(&b, width)
			// The status takes no more than leaves a heading and a row of
			// the recent interviews; they take the rest.
			above := strings.Count(b.String(), "\n")
			footer := h.footer(width, above+2)
			h.recentView(&b, width, h.sh.Height-above-1-strings.Count(footer, "\n")-1)
			return kit.LayoutBody(b.String(), footer, h.sh.Height)
		}
	}
	body := b.String()
	return kit.LayoutBody(body, h.footer(width, strings.Count(body, "\n")), h.sh.Height)
}

// recentView draws the recent interviews in rows lines at most, those
// around the one under the cursor when they do not all fit.
func (h *Model) recentView(b *strings.Builder, width, rows int) {
	st := h.sh.Styles
	if h.total == 0 {
		b.WriteString(st.Subtle.Width(width).Render("No reflections yet. Just had an interview? Press n and write it down while it is fresh.") + "\n")
		return
	}
	b.WriteString(st.Heading.Render("Recent interviews ("+kit.Thousands(h.total)+" in all)") + st.Faint.Render("  l list all · / search") + "\n")
	sel := 0
	if h.onRecent {
		sel = h.recentSel
	}
	start, end := kit.VisibleRange(len(h.recent), sel, max(1, rows))
	for i := start; i < end; i++ {
		b.WriteString(h.markRecent(i, kit.SummaryRow(st, h.recent[i], width)) + "\n")
	}
	if hidden := len(h.recent) - (end - start); hidden > 0 {
		b.WriteString(st.Faint.Render(fmt.Sprintf("  %d more on a taller window · l lists them all", hidden)) + "\n")
	}
}

// footer draws the keys, and over them the status line in the rows the
// body leaves free (one at least), so that a long message does not push the
// selected recent interview off a short window.
func (h *Model) footer(width, bodyLines int) string {
	hm := h.sh.KeyHelp(width)
	k := h.sh.Keys.Home
	// Two lines: what to do with the row under the cursor, then where to go.
	var here []key.Binding
	switch {
	case h.onRecent:
		here = []key.Binding{k.Up, k.Down, k.Open, k.Outcome}
	case len(h.drafts) > 0:
		here = []key.Binding{k.Up, k.Down, k.Resume, k.Discard}
	}
	if h.showHelp {
		return kit.KeysPageFooter(h.sh)
	}
	out := kit.KeyLines(hm, []key.Binding{k.New, k.List, k.Search, k.FollowUps, k.Patterns, k.Review, k.Drill, k.Prep, k.Stories, k.Quit, h.sh.Keys.Global.Help})
	if len(here) > 0 {
		out = hm.ShortHelpView(here) + "\n" + out
	}
	if h.sh.Line.Text() == "" {
		return out
	}
	free := h.sh.Height - bodyLines - strings.Count(out, "\n") - 1
	most := max(1, min(kit.StatusLines(h.sh.Height), free))
	return h.sh.Line.Wrapped(h.sh.Styles, width, most) + "\n" + out
}

// helpView lists every key of home, drawn from its bindings.
func (h *Model) helpView(width int) string {
	k := h.sh.Keys.Home
	return kit.KeysPage(h.sh, width,
		kit.KeyGroup{Title: "The selected row", Keys: []key.Binding{k.Up, k.Down, k.Open, k.Resume, k.Discard, k.Outcome}},
		kit.KeyGroup{Title: "Go to", Keys: []key.Binding{k.New, k.List, k.Search, k.FollowUps, k.Patterns, k.Review, k.Drill, k.Prep, k.Stories}},
		kit.KeyGroup{Title: "Always", Keys: []key.Binding{k.Dismiss, k.Quit, h.sh.Keys.Global.Help}})
}

// homeLoadedMsg carries what the home screen shows.
type homeLoadedMsg struct {
	recent []journal.Summary
	total  int
	drafts []journal.Draft
	review reviewHabit
	err    error
}

// Loading reports whether what home shows is still being read (see kit.Loader).
func (h *Model) Loading() bool { return !h.loaded }
