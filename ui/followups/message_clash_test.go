package followups

import (
	"os"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

var keyCtrlS = tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl}

// fuSaveElsewhere saves text as the thank-you note's edit, as another
// debrief does ('debrief followups draft --save', another window).
func fuSaveElsewhere(t *testing.T, m *model, text string) {
	t.Helper()
	fuChangeElsewhere(t, m, func(iv *journal.Interview) error { return iv.SetFollowUpMessage("thank_you", text, "") })
}

// fuChangeElsewhere changes the interview of the page's journal as
// another debrief would, behind the page's back.
func fuChangeElsewhere(t *testing.T, m *model, change func(*journal.Interview) error) {
	t.Helper()
	if _, err := fuJournalOf(m).ChangeInterview(1, change); err != nil {
		t.Fatal(err)
	}
}

// fuOwnState gives the test a state folder of its own, where nothing of
// a message may be kept: the journal keeps it.
func fuOwnState(t *testing.T) { t.Setenv("XDG_STATE_HOME", t.TempDir()) }

// fuNoFileKept fails when a file was kept outside the journal: a
// message's words never leave it, even for an encrypted journal.
func fuNoFileKept(t *testing.T) {
	t.Helper()
	if files, err := kit.KeptEditorFiles(); err != nil || len(files) != 0 {
		t.Fatalf("kept outside the journal: %v %v", files, err)
	}
	entries, err := os.ReadDir(kit.KeptEditorDir())
	if err == nil && len(entries) != 0 {
		t.Fatalf("the kept folder holds %v", entries)
	}
}

// fuClashing edits the thank-you note, has another debrief save its own
// edit meanwhile, and types on until a save finds it.
func fuClashing(t *testing.T) *model {
	t.Helper()
	fuOwnState(t)
	m := fuEditing(t)
	fuClashWhileTyping(t, m)
	return m
}

// fuClashWhileTyping types into the message being edited, has another
// debrief save its own edit meanwhile, and types on until a save finds it.
func fuClashWhileTyping(t *testing.T, m *model) {
	t.Helper()
	typeText(t, m, "P.S. mine")
	m.d.Fire()
	fuSaveElsewhere(t, m, "CLI-SAVED words")
	typeText(t, m, " and more")
	m.d.Fire()
}

func TestMessageChangedElsewhereIsNotWrittenOver(t *testing.T) {
	m := fuClashing(t)
	if r := fuThankYou(t, m); r == nil || r.Message != "CLI-SAVED words" {
		t.Fatalf("a save while typing wrote over another debrief's edit: %+v", r)
	}
	if s := m.Ctx.Line.Text(); !strings.Contains(s, "Another debrief changed this message meanwhile") {
		t.Fatalf("the clash is not said: %q", s)
	}
	v := fuAgendaPage(m).message
	if !v.editing || !strings.HasSuffix(v.area.Value(), "P.S. mine and more") {
		t.Fatalf("the box lost the words typed (editing %v): %q", v.editing, v.area.Value())
	}
	if r := fuThankYou(t, m); !strings.HasSuffix(r.Aside, "P.S. mine and more") {
		t.Fatalf("the save that found the clash did not keep the words aside: %+v", r)
	}
	fuNoFileKept(t)
	if s := fuScreen(m); !strings.Contains(s, "kept aside with this follow-up") || !strings.Contains(s, "ctrl+s save yours") {
		t.Fatalf("the box does not say what happened and what to do:\n%s", s)
	}
	// Said once; typing on saves nothing.
	m.Ctx.Line.Clear()
	typeText(t, m, "!")
	m.d.Fire()
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words" {
		t.Fatalf("typing on wrote over the other edit: %q", r.Message)
	}
	if s := m.Ctx.Line.Text(); s != "" {
		t.Fatalf("the clash was said again: %q", s)
	}
	// ctrl+s saves the user's words over it, on purpose.
	press(t, m, keyCtrlS)
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "P.S. mine and more!") {
		t.Fatalf("ctrl+s did not save the user's words: %+v", r)
	}
	if v.editing || !strings.Contains(m.Ctx.Line.Text(), "Saved your edit") {
		t.Fatalf("ctrl+s left the box open (%v) or said %q", v.editing, m.Ctx.Line.Text())
	}
	if r := fuThankYou(t, m); r.Aside != "" {
		t.Fatalf("the words saved stay aside as well: %q", r.Aside)
	}
}

func TestMessageClashEscAsksThenKeepsTheirs(t *testing.T) {
	m := fuClashing(t)
	press(t, m, keyEsc)
	v := fuAgendaPage(m).message
	if !v.editing || !strings.Contains(fuScreen(m), "Press esc again") {
		t.Fatalf("the first esc did not ask (editing %v):\n%s", v.editing, fuScreen(m))
	}
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words" {
		t.Fatalf("esc wrote over the other edit: %q", r.Message)
	}
	press(t, m, keyEsc)
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words" {
		t.Fatalf("esc twice wrote over the other edit: %q", r.Message)
	}
	if v.editing || v.text != "CLI-SAVED words" || !strings.Contains(fuScreen(m), "CLI-SAVED words") {
		t.Fatalf("esc twice does not show the message as it stands (editing %v): %q", v.editing, v.text)
	}
	if fuAgendaPage(m).KeepTyped() != nil {
		t.Fatal("words dropped are kept")
	}
	// Saves from now on check against the message shown.
	press(t, m, fuKey("e"))
	typeText(t, m, " P.S.")
	m.d.Fire()
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words P.S." {
		t.Fatalf("a save after the drop: %q", r.Message)
	}
}

// TestMessageClashFoundByEsc: esc's own save finds the other change; the
// box opens again on the user's words.
func TestMessageClashFoundByEsc(t *testing.T) {
	fuOwnState(t)
	m := fuEditing(t)
	fuSaveElsewhere(t, m, "From the other window")
	typeText(t, m, "P.S. mine")
	press(t, m, keyEsc)
	if r := fuThankYou(t, m); r.Message != "From the other window" {
		t.Fatalf("esc wrote over the other window's edit: %q", r.Message)
	}
	v := fuAgendaPage(m).message
	if !v.editing || !strings.HasSuffix(v.area.Value(), "P.S. mine") || !v.keep.clash {
		t.Fatalf("the box did not open again on the user's words: %q", v.area.Value())
	}
	if s := m.Ctx.Line.Text(); !strings.Contains(s, "Another debrief changed this message meanwhile") {
		t.Fatalf("the clash is not said: %q", s)
	}
}

// TestMessageTwoWindowsDoNotOverwriteEachOther: two pages on one journal
// edit the same message.
func TestMessageTwoWindowsDoNotOverwriteEachOther(t *testing.T) {
	fuOwnState(t)
	a := fuEditing(t)
	b := fuOpen(t, fuJournalOf(a), func(ctx *kit.Context) { ctx.Sender = journal.Sender{Name: "Ada Lovelace"} })
	press(t, b, keyEnter, fuKey("e"))
	typeText(t, a, "P.S. from a")
	a.d.Fire()
	typeText(t, b, "P.S. from b")
	b.d.Fire()
	if r := fuThankYou(t, a); r == nil || !strings.HasSuffix(r.Message, "P.S. from a") {
		t.Fatalf("the second window wrote over the first: %+v", r)
	}
	if !fuAgendaPage(b).message.keep.clash {
		t.Fatal("the second window does not know of the clash")
	}
}

func TestMessageClashKeptAsideBeforeTheEnd(t *testing.T) {
	m := fuClashing(t)
	typeText(t, m, " last words")
	kept, ok := fuKeep(t, m)
	if !ok || kept.Err != nil {
		t.Fatalf("keeping during a clash answered %v, %v", kept, ok)
	}
	r := fuThankYou(t, m)
	if r.Message != "CLI-SAVED words" {
		t.Fatalf("keeping wrote over the other edit: %q", r.Message)
	}
	if !strings.HasSuffix(r.Aside, "P.S. mine and more last words") {
		t.Fatalf("the follow-up keeps aside %q", r.Aside)
	}
	fuNoFileKept(t)
	if _, ok := fuKeep(t, m); ok {
		t.Fatal("the same words were kept aside twice")
	}
}

// TestMessageClashWithADraftKeepsTheEdit: when the other debrief put the
// message back to the draft, the words typed become its edit: nobody's
// words are lost by it.
func TestMessageClashWithADraftKeepsTheEdit(t *testing.T) {
	fuOwnState(t)
	m := fuEditing(t)
	typeText(t, m, "P.S. mine")
	m.d.Fire()
	if _, err := fuJournalOf(m).ChangeInterview(1, func(iv *journal.Interview) error {
		return iv.ResetFollowUpMessage("thank_you")
	}); err != nil {
		t.Fatal(err)
	}
	typeText(t, m, " and more")
	m.d.Fire()
	if r := fuThankYou(t, m); r != nil && r.Edited() {
		t.Fatalf("a save wrote over the reset: %+v", r)
	}
	kept, ok := fuKeep(t, m)
	if !ok || kept.Err != nil {
		t.Fatalf("keeping answered %v, %v", kept, ok)
	}
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "P.S. mine and more") {
		t.Fatalf("the words typed are not the edit: %+v", r)
	}
	if r := fuThankYou(t, m); r.Aside != "" {
		t.Fatalf("kept aside as well: %q", r.Aside)
	}
	fuNoFileKept(t)
}

// TestMessageResetLeavesAnEditMadeElsewhere: r never throws away words the
// page did not show.
func TestMessageResetLeavesAnEditMadeElsewhere(t *testing.T) {
	m := fuSigned(t)
	fuEditMessage(t, m, "Mine")
	fuSaveElsewhere(t, m, "Theirs")
	press(t, m, fuKey("r"))
	if r := fuThankYou(t, m); r == nil || r.Message != "Theirs" {
		t.Fatalf("the reset threw away another debrief's edit: %+v", r)
	}
	if v := fuAgendaPage(m).message; v.text != "Theirs" || !strings.Contains(m.Ctx.Line.Text(), "not reset") {
		t.Fatalf("the page shows %q and says %q", v.text, m.Ctx.Line.Text())
	}
	press(t, m, fuKey("r"))
	if r := fuThankYou(t, m); r != nil && r.Edited() {
		t.Fatalf("r again did not reset: %+v", r)
	}
}

// fuKeptAside is the text the thank-you note keeps aside; nothing is
// kept in a file.
func fuKeptAside(t *testing.T, m *model) string {
	t.Helper()
	fuNoFileKept(t)
	r := fuThankYou(t, m)
	if r == nil {
		t.Fatal("the thank-you note has no record")
	}
	return r.Aside
}

// TestMessageClashKeptAsideAsTyped: during a clash the words typed are
// kept aside a tick after each change, so a kill loses at most that tick;
// they are aside no more once ctrl+s saved them.
func TestMessageClashKeptAsideAsTyped(t *testing.T) {
	m := fuClashing(t)
	if s := fuKeptAside(t, m); !strings.HasSuffix(s, "P.S. mine and more") {
		t.Fatalf("the words the save found clashing are not kept aside: %q", s)
	}
	typeText(t, m, " later")
	if s := fuKeptAside(t, m); strings.HasSuffix(s, "later") {
		t.Fatal("kept aside before the tick")
	}
	m.d.Fire()
	if s := fuKeptAside(t, m); !strings.HasSuffix(s, "P.S. mine and more later") {
		t.Fatalf("the follow-up keeps aside %q", s)
	}
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words" {
		t.Fatalf("typing on wrote over the other edit: %q", r.Message)
	}
	press(t, m, keyCtrlS)
	if s := fuKeptAside(t, m); s != "" {
		t.Fatalf("the words stay aside once ctrl+s saved them: %q", s)
	}
}

func TestMessageClashDropTakesTheAsideOut(t *testing.T) {
	m := fuClashing(t)
	if fuKeptAside(t, m) == "" {
		t.Fatal("nothing kept aside")
	}
	press(t, m, keyEsc, keyEsc)
	if s := fuKeptAside(t, m); s != "" {
		t.Fatalf("the words stay aside once esc twice dropped them: %q", s)
	}
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words" {
		t.Fatalf("the drop changed the message: %q", r.Message)
	}
	if s := fuScreen(m); strings.Contains(s, "kept aside") {
		t.Fatalf("the page still speaks of a version aside:\n%s", s)
	}
}

// TestMessageClashChoiceWaitsForTheKeepOnItsWay: ctrl+s pressed while the
// words are being kept aside is carried out once that lands.
func TestMessageClashChoiceWaitsForTheKeepOnItsWay(t *testing.T) {
	m := fuClashing(t)
	v := fuAgendaPage(m).message
	v.keep.warning.Forget() // the warning was on screen a while
	typeText(t, m, " late")
	onItsWay := v.keepAside(false)
	press(t, m, keyCtrlS)
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words" {
		t.Fatalf("ctrl+s saved while a keep was on its way: %q", r.Message)
	}
	m.d.Run(onItsWay)
	if r := fuThankYou(t, m); r == nil || !strings.HasSuffix(r.Message, "P.S. mine and more late") {
		t.Fatalf("ctrl+s was not carried out after the keep: %+v", r)
	}
	if s := fuKeptAside(t, m); s != "" {
		t.Fatalf("the words stay aside once ctrl+s saved them: %q", s)
	}
}

// TestMessageCtrlSAsTheClashIsSaidDoesNotSaveOverIt: a ctrl+s pressed just
// as an autosave found the message changed elsewhere is not taken as the
// choice to write over that change.
func TestMessageCtrlSAsTheClashIsSaidDoesNotSaveOverIt(t *testing.T) {
	m := fuClashing(t) // its last step: the autosave finds the change
	press(t, m, keyCtrlS)
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words" {
		t.Fatalf("a ctrl+s pressed as the warning came wrote over the change: %q", r.Message)
	}
	if s := m.Ctx.Line.Text(); !strings.Contains(s, "ctrl+s saves yours in its place") {
		t.Fatalf("the box does not say it again: %q", s)
	}
	m.d.Fire() // a second on
	press(t, m, keyCtrlS)
	if r := fuThankYou(t, m); !strings.HasSuffix(r.Message, "P.S. mine and more") {
		t.Fatalf("ctrl+s once the warning was read did not save: %q", r.Message)
	}
}
