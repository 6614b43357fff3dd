package home

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The home screen's cursor runs down the unfinished drafts and on into the
// recent interviews, so that o can set the outcome of any of them. Until
// the user moves into the recent list no interview is marked, and o acts
// on the most recent one.

// moveDown moves the home cursor one line down.
func (h *Model) moveDown() {
	switch {
	case h.onRecent:
		h.recentSel = min(len(h.recent)-1, h.recentSel+1)
	case h.selected < len(h.drafts)-1:
		h.selected++
	case len(h.recent) > 0 && !h.offer:
		h.onRecent, h.recentSel = true, 0
	}
}

// moveUp moves the home cursor one line up, back into the drafts from the
// top of the recent list.
func (h *Model) moveUp() {
	switch {
	case h.onRecent && h.recentSel > 0:
		h.recentSel--
	case h.onRecent && len(h.drafts) > 0:
		h.onRecent = false
	case !h.onRecent:
		h.selected = max(0, h.selected-1)
	}
}

// clampRecent keeps the cursor on the list after it was reloaded.
func (h *Model) clampRecent() {
	if len(h.recent) == 0 {
		h.onRecent, h.recentSel = false, 0
		return
	}
	h.recentSel = min(h.recentSel, len(h.recent)-1)
}

// recentKey handles the keys that act on a recent interview.
func (h *Model) recentKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	keys := h.sh.Keys.Home
	switch {
	case key.Matches(k, keys.Open) && h.onRecent && len(h.recent) > 0:
		return h.sh.Navigate(kit.ScreenDetail, h.recent[h.recentSel].ID), true
	case key.Matches(k, keys.FollowUps):
		return h.sh.Navigate(kit.ScreenFollowUps, 0), true
	case key.Matches(k, keys.Outcome) && len(h.recent) > 0:
		i := 0
		if h.onRecent {
			i = h.recentSel
		}
		return h.sh.Navigate(kit.ScreenOutcome, h.recent[i].ID), true
	}
	return nil, false
}

// markRecent puts the cursor mark on a recent interview's row, in the two
// cells summaryRow leaves blank at its start.
func (h *Model) markRecent(i int, row string) string {
	if !h.onRecent || i != h.recentSel || len(row) < 2 {
		return row
	}
	return h.sh.Styles.Selected.Render("▸") + row[1:]
}
