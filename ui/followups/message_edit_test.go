package followups

import (
	"slices"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// fuSigned opens the follow-ups of an interview held 2 days ago with the
// user's name set, so no question for the name comes in the way.
func fuSigned(t *testing.T) *model {
	t.Helper()
	return fuOpen(t, fuJournal(t, fuPending("Acme", 2)), func(ctx *kit.Context) {
		ctx.Sender = journal.Sender{Name: "Ada Lovelace"}
	})
}

// fuEditMessage opens the thank-you note and replaces its text.
func fuEditMessage(t *testing.T, m *model, text string) {
	t.Helper()
	press(t, m, keyEnter)
	// The editor hands back the whole text, as $EDITOR does.
	m.d.Send(kit.EditorDoneMsg{Text: text})
}

func TestMessageEditIsKept(t *testing.T) {
	m := fuSigned(t)
	fuEditMessage(t, m, "Hi Dana,\nthank you for Thursday.\nAda")
	if r := fuRecord(t, fuJournalOf(m), 1, "thank_you"); r == nil || r.Message != "Hi Dana,\nthank you for Thursday.\nAda" || r.Status != journal.FollowUpOpen {
		t.Fatalf("the edit was not saved with the follow-up: %+v", r)
	}
	if s := fuScreen(m); !strings.Contains(s, "edited · 1/thank_you") {
		t.Fatalf("the page does not say the message was edited:\n%s", s)
	}
	// Leaving the message and the screen, and a fresh start on the same
	// journal, as a restart does, bring the edit back.
	press(t, m, keyEsc)
	again := fuOpen(t, fuJournalOf(m), func(ctx *kit.Context) { ctx.Sender = m.sh.Sender })
	press(t, again, keyEnter)
	if got := fuAgendaPage(again).message.text; got != "Hi Dana,\nthank you for Thursday.\nAda" {
		t.Fatalf("after a restart the message is %q", got)
	}
	if s := fuScreen(again); !strings.Contains(s, "edited") {
		t.Fatalf("after a restart the page does not say it was edited:\n%s", s)
	}
}

func TestMessageEditInPlaceIsKept(t *testing.T) {
	m := fuSigned(t)
	press(t, m, keyEnter)
	press(t, m, fuKey("e"))
	typeText(t, m, "P.S. see you soon")
	press(t, m, keyEsc)
	r := fuRecord(t, fuJournalOf(m), 1, "thank_you")
	if r == nil || !strings.HasSuffix(r.Message, "Ada LovelaceP.S. see you soon") {
		t.Fatalf("the edit typed in place was not saved: %+v", r)
	}
}

func TestMessageEditBackToDraftIsNoEdit(t *testing.T) {
	m := fuSigned(t)
	press(t, m, keyEnter)
	draft := fuAgendaPage(m).message.text
	m.d.Send(kit.EditorDoneMsg{Text: draft + "\n"})
	if r := fuRecord(t, fuJournalOf(m), 1, "thank_you"); r != nil {
		t.Fatalf("the unchanged draft was stored as an edit: %+v", r)
	}
	if s := fuScreen(m); strings.Contains(s, "edited") {
		t.Fatalf("the unchanged draft is shown as edited:\n%s", s)
	}
}

func TestMessageReset(t *testing.T) {
	m := fuSigned(t)
	fuEditMessage(t, m, "My own words")
	press(t, m, fuKey("r"))
	if r := fuRecord(t, fuJournalOf(m), 1, "thank_you"); r != nil && r.Edited() {
		t.Fatalf("reset left the edit: %+v", r)
	}
	msg := fuAgendaPage(m).message
	if msg.edited || !strings.HasPrefix(msg.text, "Hi Dana and Sam,") {
		t.Fatalf("after reset the message is %q (edited %v)", msg.text, msg.edited)
	}
	if s := fuScreen(m); strings.Contains(s, "edited ·") || !strings.Contains(s, "Back to the draft") {
		t.Fatalf("the page after reset:\n%s", s)
	}
}

func TestMessageCopyAndMarkDone(t *testing.T) {
	m := fuSigned(t)
	fuEditMessage(t, m, "Hi Dana,\nthanks.\nAda")
	cmd := m.Update(fuKey("D"))
	msgs := fuMessages(t, cmd)
	var copied, marked bool
	for _, msg := range msgs {
		copied = copied || strings.Contains(strings.ToLower(fuTypeName(msg)), "clipboard")
		if c, ok := msg.(followUpChangedMsg); ok && c.err == nil && c.status == journal.FollowUpDone {
			marked = true
		}
	}
	if !copied || !marked {
		t.Fatalf("D gave %v: copied %v, marked done %v", msgs, copied, marked)
	}
	m.d.Send(msgs...)
	r := fuRecord(t, fuJournalOf(m), 1, "thank_you")
	if r == nil || r.Status != journal.FollowUpDone || r.Message != "Hi Dana,\nthanks.\nAda" {
		t.Fatalf("D stored %+v", r)
	}
	if s := fuScreen(m); !strings.Contains(s, "Copied and done: Send a thank-you note.") {
		t.Fatalf("no word of copying and marking:\n%s", s)
	}
	// Undo puts the note back open, with the edit.
	press(t, m, fuKey("u"))
	if r := fuRecord(t, fuJournalOf(m), 1, "thank_you"); r == nil || r.Status != journal.FollowUpOpen || !r.Edited() {
		t.Fatalf("undo left %+v", r)
	}
}

func TestMessageWarnsOfUnfilledSlots(t *testing.T) {
	m := fuSigned(t)
	press(t, m, keyEnter)
	// The draft offers to add to an answer and leaves the words to the
	// user, in a bracketed slot.
	if s := fuScreen(m); !strings.Contains(s, "! Fill in: "+journal.RevisitSlot[:20]) {
		t.Fatalf("no warning of the slot:\n%s", s)
	}
	m.d.Send(kit.EditorDoneMsg{Text: "Hi Dana,\nI would add that I measured it first.\nAda"})
	if s := fuScreen(m); strings.Contains(s, "! Fill in:") {
		t.Fatalf("a warning with every slot filled:\n%s", s)
	}
}

func TestFollowUpKeysPage(t *testing.T) {
	m := fuStaleJournal(t)
	p := fuAgendaPage(m)
	has := func(groups []kit.KeyGroup, b key.Binding) bool {
		return slices.ContainsFunc(groups, func(g kit.KeyGroup) bool {
			return slices.ContainsFunc(g.Keys, func(k key.Binding) bool { return k.Help() == b.Help() })
		})
	}
	k := m.sh.Keys.FollowUps
	if !has(p.KeyGroups(), k.LetGoStale) {
		t.Fatal("the ? page of the list lacks the key to let stale ones go")
	}
	press(t, m, keyEnter)
	for _, b := range []key.Binding{k.CopyDone, k.Reset, k.Copy, k.Edit} {
		if !has(p.KeyGroups(), b) {
			t.Fatalf("the ? page of the message lacks %q", b.Help().Desc)
		}
	}
}
