package home

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The unfinished drafts head the home screen. r (or enter) resumes and x
// discards the draft under the cursor, and only while the cursor is on a
// draft: on a recent interview neither touches any draft. x asks first,
// naming the draft, and a second x discards that same draft.

// draftDiscardedMsg reports that a draft was deleted from the home screen.
type draftDiscardedMsg struct {
	label string
	err   error
}

// draftOn returns the draft under the cursor, if the cursor is on one.
func (h *Model) draftOn() (journal.Draft, bool) {
	if h.onRecent || h.selected >= len(h.drafts) {
		return journal.Draft{}, false
	}
	return h.drafts[h.selected], true
}

// draftKey handles the keys that act on the draft under the cursor; asked
// is the draft a first x asked about, if the key before was that x.
func (h *Model) draftKey(k tea.KeyPressMsg, asked uint64) (tea.Cmd, bool) {
	keys := h.sh.Keys.Home
	if !key.Matches(k, keys.Resume) && !key.Matches(k, keys.Discard) {
		return nil, false
	}
	d, ok := h.draftOn()
	if !ok {
		return nil, true // no draft is selected: nothing to resume or discard
	}
	if key.Matches(k, keys.Resume) {
		if d.Kind == journal.DraftInterview && d.InterviewID != 0 {
			return kit.ResumeEdit(h.sh, d), true
		}
		return h.sh.OpenFlow(&d), true
	}
	if asked != d.ID {
		h.confirmID = d.ID
		return nil, true
	}
	j, label := h.sh.Journal, draftName(d)
	return func() tea.Msg { return draftDiscardedMsg{label: label, err: j.DeleteDraft(d.ID)} }, true
}

// keepConfirm forgets a question about a draft that is no longer the one
// under the cursor, as when the drafts were read again meanwhile.
func (h *Model) keepConfirm() {
	if d, ok := h.draftOn(); !ok || d.ID != h.confirmID {
		h.confirmID = 0
	}
}

// discarded says how discarding a draft went, and reads home again.
func (h *Model) discarded(msg draftDiscardedMsg) tea.Cmd {
	if msg.err != nil {
		return h.sh.SetStatus("The draft "+msg.label+" could not be discarded: "+journal.ErrorMessage(msg.err), true)
	}
	return tea.Batch(h.Init(), h.sh.SetStatus("Discarded the draft "+msg.label+".", false))
}

// draftName names a draft in a sentence, quoted and kept short.
func draftName(d journal.Draft) string {
	return "“" + kit.Truncate(safetext.Line(kit.DraftLabel(d)), 60) + "”"
}

// draftsView lists the drafts, the one under the cursor marked, and under
// it the question a first x asked about it.
func (h *Model) draftsView(b *strings.Builder, width int) {
	st := h.sh.Styles
	if len(h.drafts) == 0 {
		return
	}
	b.WriteString(st.Heading.Render("Unfinished reflection") + "\n")
	for i, d := range h.drafts {
		line := kit.Truncate(safetext.Line(kit.DraftLabel(d))+" · "+kit.Ago(h.sh.Now(), d.UpdatedAt), width-4)
		if i != h.selected || h.onRecent {
			b.WriteString(st.Subtle.Render("  "+line) + "\n")
			continue
		}
		b.WriteString(st.Selected.Render("▸ "+line) + "\n")
		if h.confirmID != 0 && h.confirmID == d.ID {
			ask := "Press x again to discard the draft " + draftName(d) + " for good; any other key keeps it."
			b.WriteString(st.Warning.Width(width).Render("  "+ask) + "\n")
		}
	}
	b.WriteString("\n")
}
