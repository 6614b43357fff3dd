package followups

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// fuWithAside opens the thank-you note of a journal where another debrief
// saved "Theirs" as its message while "Mine, set aside" was typed here.
func fuWithAside(t *testing.T) *model {
	t.Helper()
	fuOwnState(t)
	m := fuSigned(t)
	if _, err := fuJournalOf(m).ChangeInterview(1, func(iv *journal.Interview) error {
		if err := iv.SetFollowUpMessage("thank_you", "Theirs", ""); err != nil {
			return err
		}
		return iv.SetFollowUpAside("thank_you", "Mine, set aside")
	}); err != nil {
		t.Fatal(err)
	}
	press(t, m, keyEnter)
	return m
}

func TestMessageAsideIsShown(t *testing.T) {
	m := fuWithAside(t)
	s := fuScreen(m)
	for _, want := range []string{"Theirs", "Your own version of this message is kept aside", "a puts yours in the box", "X drops it", "use yours", "drop yours"} {
		if !strings.Contains(s, want) {
			t.Fatalf("the page lacks %q:\n%s", want, s)
		}
	}
}

func TestMessageAsideUsed(t *testing.T) {
	m := fuWithAside(t)
	press(t, m, fuKey("a"))
	v := fuAgendaPage(m).message
	if !v.editing || v.area.Value() != "Mine, set aside" {
		t.Fatalf("a did not put the version aside in the box (editing %v): %q", v.editing, v.area.Value())
	}
	if r := fuThankYou(t, m); r.Message != "Theirs" {
		t.Fatalf("a saved before the tick: %q", r.Message)
	}
	typeText(t, m, ", edited")
	m.d.Fire()
	r := fuThankYou(t, m)
	if r.Message != "Mine, set aside, edited" || r.Aside != "" {
		t.Fatalf("the save of the version used: message %q aside %q", r.Message, r.Aside)
	}
	press(t, m, keyEsc)
	if s := fuScreen(m); strings.Contains(s, "kept aside") || !strings.Contains(s, "Mine, set aside, edited") {
		t.Fatalf("the page after the save:\n%s", s)
	}
	fuNoFileKept(t)
}

func TestMessageAsideUsedAsIsByEsc(t *testing.T) {
	m := fuWithAside(t)
	press(t, m, fuKey("a"), keyEsc)
	if r := fuThankYou(t, m); r.Message != "Mine, set aside" || r.Aside != "" {
		t.Fatalf("message %q aside %q", r.Message, r.Aside)
	}
}

func TestMessageAsideDropped(t *testing.T) {
	m := fuWithAside(t)
	press(t, m, fuKey("X"))
	r := fuThankYou(t, m)
	if r.Message != "Theirs" || r.Aside != "" {
		t.Fatalf("X: message %q aside %q", r.Message, r.Aside)
	}
	if s := fuScreen(m); strings.Contains(s, "Your own version") || !strings.Contains(m.Ctx.Line.Text(), "was dropped") {
		t.Fatalf("the page after the drop says %q:\n%s", m.Ctx.Line.Text(), s)
	}
	// The keys do nothing once nothing is aside.
	press(t, m, fuKey("a"))
	if fuAgendaPage(m).message.editing {
		t.Fatal("a opened the box with nothing aside")
	}
}

// TestMessageAsideDropLeavesAnotherVersion: X drops only the version the
// page showed, not one kept meanwhile by another debrief.
func TestMessageAsideDropLeavesAnotherVersion(t *testing.T) {
	m := fuWithAside(t)
	fuChangeElsewhere(t, m, func(iv *journal.Interview) error { return iv.SetFollowUpAside("thank_you", "Another window's words") })
	press(t, m, fuKey("X"))
	if r := fuThankYou(t, m); r.Aside != "Another window's words" {
		t.Fatalf("X dropped words it never showed: %q", r.Aside)
	}
	if v := fuAgendaPage(m).message; v.aside != "Another window's words" {
		t.Fatalf("the page shows aside %q", v.aside)
	}
}

// TestMessageClashKeptInTheStore: on an encrypted journal on disk, the
// words typed during a clash are kept with the follow-up, in the journal,
// sealed with it, and nothing is written to the kept folder.
func TestMessageClashKeptInTheStore(t *testing.T) {
	fuOwnState(t)
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	iv := fuPending("Acme", 2)
	if err := s.CreateInterview(&iv); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	pass := store.PassphraseOf([]byte("correct horse battery"))
	if _, err := store.Encrypt(path, pass, uitest.Now()); err != nil {
		t.Fatal(err)
	}
	if s, err = store.Open(path, store.Options{Passphrase: pass}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if !s.Encrypted() {
		t.Fatal("the journal is not encrypted")
	}
	s.Now = uitest.Now
	ctx := uitest.NewContext(s)
	ctx.Sender = journal.Sender{Name: "Ada Lovelace"}
	host, d := uitest.Start(t, ctx, New(ctx))
	m := &model{Host: host, d: d, sh: ctx}
	press(t, m, keyEnter, fuKey("e"))
	typeText(t, m, "P.S. mine")
	m.d.Fire()
	if _, err := s.ChangeInterview(iv.ID, func(iv *journal.Interview) error {
		return iv.SetFollowUpMessage("thank_you", "CLI-SAVED words", "")
	}); err != nil {
		t.Fatal(err)
	}
	typeText(t, m, " and more")
	m.d.Fire()
	if kept, ok := fuKeep(t, m); !ok || kept.Err != nil {
		t.Fatalf("keeping answered %v, %v", kept, ok)
	}
	stored, err := s.Interview(iv.ID)
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(stored.FollowUps, func(f journal.FollowUp) bool { return f.ID == "thank_you" })
	if i < 0 {
		t.Fatal("no record of the thank-you note")
	}
	if r := stored.FollowUps[i]; r.Message != "CLI-SAVED words" || !strings.HasSuffix(r.Aside, "P.S. mine and more") {
		t.Fatalf("stored: message %q aside %q", r.Message, r.Aside)
	}
	fuNoFileKept(t)
	if files, _ := kit.KeptEditorFiles(); len(files) != 0 {
		t.Fatal(files)
	}
	if raw, err := os.ReadFile(path); err != nil || bytes.Contains(raw, []byte("P.S. mine")) {
		t.Fatalf("the words kept aside are in the journal's file in the clear (%v)", err)
	}
}

// fuClashingBesideAnEarlierVersion edits the thank-you note of a journal
// that already keeps a version aside, from a clash on another day or in
// another window, and clashes again with another debrief's save.
func fuClashingBesideAnEarlierVersion(t *testing.T) *model {
	t.Helper()
	fuOwnState(t)
	m := fuSigned(t)
	fuChangeElsewhere(t, m, func(iv *journal.Interview) error { return iv.SetFollowUpAside("thank_you", "An earlier version") })
	press(t, m, keyEnter, fuKey("e"))
	fuClashWhileTyping(t, m)
	return m
}

// TestMessageClashKeepsAnEarlierVersionAside: the words kept aside in a
// clash go after a version already kept aside, never over it.
func TestMessageClashKeepsAnEarlierVersionAside(t *testing.T) {
	m := fuClashingBesideAnEarlierVersion(t)
	r := fuThankYou(t, m)
	if !strings.HasPrefix(r.Aside, "An earlier version\n") || !strings.HasSuffix(r.Aside, "P.S. mine and more") {
		t.Fatalf("the clash's words were not kept after the earlier version: %q", r.Aside)
	}
	typeText(t, m, "!")
	m.d.Fire()
	r = fuThankYou(t, m)
	if strings.Count(r.Aside, "An earlier version") != 1 || !strings.HasSuffix(r.Aside, "P.S. mine and more!") {
		t.Fatalf("typing on kept more or less than its own words: %q", r.Aside)
	}
	// Saved over the other change, the words are the message, and only
	// the earlier version stays aside, still shown.
	press(t, m, keyCtrlS)
	r = fuThankYou(t, m)
	if !strings.HasSuffix(r.Message, "P.S. mine and more!") || r.Aside != "An earlier version" {
		t.Fatalf("after ctrl+s: message %q aside %q", r.Message, r.Aside)
	}
	if v := fuAgendaPage(m).message; v.aside != "An earlier version" {
		t.Fatalf("the page shows aside %q", v.aside)
	}
	fuNoFileKept(t)
}

// TestMessageClashDroppedLeavesAnEarlierVersion: esc twice drops the
// words this box kept aside, and only those.
func TestMessageClashDroppedLeavesAnEarlierVersion(t *testing.T) {
	m := fuClashingBesideAnEarlierVersion(t)
	press(t, m, keyEsc, keyEsc)
	if r := fuThankYou(t, m); r.Message != "CLI-SAVED words" || r.Aside != "An earlier version" {
		t.Fatalf("after esc twice: message %q aside %q", r.Message, r.Aside)
	}
}

// fuKeepElsewhere keeps text aside as another window's own version, as
// its clash would.
func fuKeepElsewhere(t *testing.T, m *model, text string) {
	t.Helper()
	fuChangeElsewhere(t, m, func(iv *journal.Interview) error { return iv.KeepFollowUpAside("thank_you", text, "") })
}

// TestMessageClashOwnVersionFollowedByAnother: once another window's
// version follows this box's own aside, typing on changes the box's own
// version where it stands, and esc twice drops it alone.
func TestMessageClashOwnVersionFollowedByAnother(t *testing.T) {
	m := fuClashing(t)
	fuKeepElsewhere(t, m, "Another window's words")
	typeText(t, m, "!")
	m.d.Fire()
	versions := journal.AsideVersions(fuThankYou(t, m).Aside)
	if len(versions) != 2 || !strings.HasSuffix(versions[0], "P.S. mine and more!") || versions[1] != "Another window's words" {
		t.Fatalf("typing on did not change its own version where it stands: %q", versions)
	}
	press(t, m, keyEsc, keyEsc)
	if r := fuThankYou(t, m); r.Aside != "Another window's words" {
		t.Fatalf("esc twice left aside %q", r.Aside)
	}
}

// TestMessageAsideUsedAsItStandsNow: a reads what is kept aside when it is
// pressed, and puts its latest version in the box; nothing, when another
// window dropped it meanwhile.
func TestMessageAsideUsedAsItStandsNow(t *testing.T) {
	m := fuWithAside(t)
	fuKeepElsewhere(t, m, "Added meanwhile")
	press(t, m, fuKey("a"))
	if v := fuAgendaPage(m).message; !v.editing || v.area.Value() != "Added meanwhile" {
		t.Fatalf("a put %q in the box (editing %v)", v.area.Value(), v.editing)
	}
	press(t, m, keyEsc) // saves it as the message
	if r := fuThankYou(t, m); r.Message != "Added meanwhile" || r.Aside != "Mine, set aside" {
		t.Fatalf("after saving the version used: message %q aside %q", r.Message, r.Aside)
	}

	m = fuWithAside(t)
	fuChangeElsewhere(t, m, func(iv *journal.Interview) error { return iv.SetFollowUpAside("thank_you", "") })
	press(t, m, fuKey("a"))
	if v := fuAgendaPage(m).message; v.editing || !strings.Contains(m.Ctx.Line.Text(), "Nothing is kept aside any more") {
		t.Fatalf("a on a version dropped meanwhile: editing %v, status %q", v.editing, m.Ctx.Line.Text())
	}
	if r := fuThankYou(t, m); r.Message != "Theirs" {
		t.Fatalf("the message changed: %q", r.Message)
	}
}

// TestMessageAsideDropSaysWhenNothingWasDropped: X on a version changed
// meanwhile keeps it, and says so rather than that it was dropped.
func TestMessageAsideDropSaysWhenNothingWasDropped(t *testing.T) {
	m := fuWithAside(t)
	fuChangeElsewhere(t, m, func(iv *journal.Interview) error { return iv.SetFollowUpAside("thank_you", "Changed elsewhere") })
	press(t, m, fuKey("X"))
	if s := m.Ctx.Line.Text(); !strings.Contains(s, "Not dropped") {
		t.Fatalf("X says %q", s)
	}
}

// TestMessageSaveShowsAVersionKeptAsideMeanwhile: a box whose save lands
// while another window's words are kept aside shows them once it closes.
func TestMessageSaveShowsAVersionKeptAsideMeanwhile(t *testing.T) {
	fuOwnState(t)
	m := fuEditing(t)
	typeText(t, m, "P.S. mine")
	fuKeepElsewhere(t, m, "Another window's words")
	press(t, m, keyEsc)
	if r := fuThankYou(t, m); !strings.HasSuffix(r.Message, "P.S. mine") {
		t.Fatalf("esc did not save: %q", r.Message)
	}
	if s := fuScreen(m); !strings.Contains(s, "Your own version of this message is kept aside") {
		t.Fatalf("the page does not show the version kept aside meanwhile:\n%s", s)
	}
}
