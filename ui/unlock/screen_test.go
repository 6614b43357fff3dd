package unlock_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/unlock"
)

const rightPass = "correct horse battery"

var (
	keyEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyEsc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	keyCtrlC = tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	keyBack  = tea.KeyPressMsg{Code: tea.KeyBackspace}
)

// opener stands in for the app's Open: it opens with rightPass only, or
// fails every try with fail. It keeps the slices it was given, to check
// they were cleared.
type opener struct {
	fail   error
	tries  []string
	given  [][]byte
	opened *uitest.FakeJournal
}

func (o *opener) open(pass []byte) (kit.Journal, error) {
	o.tries = append(o.tries, string(pass))
	o.given = append(o.given, pass)
	if o.fail != nil {
		return nil, o.fail
	}
	if string(pass) != rightPass {
		return nil, journal.Errorf(journal.EPassphrase, "That passphrase does not open this journal.")
	}
	o.opened = uitest.NewFakeJournal()
	return o.opened, nil
}

// harness is the unlock screen in a host that records what it asks of the
// root.
type harness struct {
	host     *uitest.Host
	drive    *uitest.Driver
	unlocked []unlock.UnlockedMsg
	quit     int
}

func newHarness(t *testing.T, o *opener) *harness {
	t.Helper()
	ctx := uitest.NewContext(nil)
	ctx.Path = "/home/sam/.local/share/debrief/journal.db"
	h := &harness{}
	host, _ := uitest.Start(t, ctx, unlock.New(ctx, o.open))
	h.host = host
	h.drive = &uitest.Driver{TB: t, Short: uitest.ShortTimers, Update: func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case unlock.UnlockedMsg:
			h.unlocked = append(h.unlocked, msg)
			return nil
		case kit.QuitMsg:
			h.quit++
			return nil
		}
		return host.Update(msg)
	}}
	return h
}

func (h *harness) view() string { return h.host.View() }

func TestWrongThenRight(t *testing.T) {
	o := &opener{}
	h := newHarness(t, o)
	h.drive.Type("wrong guess")
	if !strings.Contains(h.view(), "typed, not shown") {
		t.Fatalf("nothing says a passphrase was typed:\n%s", h.view())
	}
	h.drive.Press(keyEnter)
	if v := h.view(); !strings.Contains(v, "That passphrase does not open this journal.") || !strings.Contains(v, "press esc to leave") {
		t.Fatalf("a wrong passphrase is not told, with the way out:\n%s", v)
	}
	if v := h.view(); !strings.Contains(v, "nothing typed yet") {
		t.Fatalf("the input was not emptied for the retry:\n%s", v)
	}
	h.drive.Type("wrong again")
	h.drive.Press(keyEnter)
	if v := h.view(); !strings.Contains(v, "either (2 tries)") {
		t.Fatalf("a second wrong passphrase looks like the first:\n%s", v)
	}
	h.drive.Type(rightPass + "x")
	h.drive.Press(keyBack, keyEnter)
	if len(h.unlocked) != 1 || h.unlocked[0].Journal != o.opened || o.opened == nil {
		t.Fatalf("the right passphrase did not unlock: %+v", h.unlocked)
	}
	want := []string{"wrong guess", "wrong again", rightPass}
	if strings.Join(o.tries, "|") != strings.Join(want, "|") {
		t.Fatalf("tried %q, want %q", o.tries, want)
	}
	for i, b := range o.given {
		if strings.Trim(string(b), "\x00") != "" {
			t.Errorf("passphrase %d was not cleared after use: %q", i, b)
		}
	}
}

// TestLineEndUnlocks: a passphrase typed before the app set up the
// terminal comes with the terminal's own line end, ctrl+j, for its enter.
func TestLineEndUnlocks(t *testing.T) {
	o := &opener{}
	h := newHarness(t, o)
	h.drive.Type(rightPass)
	h.drive.Press(tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl})
	if len(h.unlocked) != 1 || o.opened == nil {
		t.Fatalf("ctrl+j after the right passphrase did not unlock: %+v", h.unlocked)
	}
}

func TestDamageIsNotAWrongPassphrase(t *testing.T) {
	o := &opener{fail: journal.Errorf(journal.ECorrupt, "The journal's sealed key is damaged, so no passphrase can open it. Restore a backup with `debrief restore`.")}
	h := newHarness(t, o)
	h.drive.Type(rightPass)
	h.drive.Press(keyEnter)
	v := h.view()
	if !strings.Contains(v, "The journal is damaged") || !strings.Contains(v, "sealed key is damaged") || !strings.Contains(v, "not about the passphrase") {
		t.Fatalf("damage is not told:\n%s", v)
	}
	if strings.Contains(v, "does not open this journal") {
		t.Fatalf("damage is shown as a wrong passphrase:\n%s", v)
	}
	h.drive.Type("more")
	h.drive.Press(keyEnter)
	if len(o.tries) != 1 {
		t.Fatalf("a damaged journal was tried again: %d tries", len(o.tries))
	}
	h.drive.Press(keyEsc)
	if h.quit != 1 || len(h.unlocked) != 0 {
		t.Fatalf("esc after damage: quit %d, unlocked %d", h.quit, len(h.unlocked))
	}
}

func TestOtherFailureSaysWhy(t *testing.T) {
	o := &opener{fail: journal.Errorf(journal.ENewer, "The journal's key is sealed in a way this debrief does not know. Update debrief to open it.")}
	h := newHarness(t, o)
	h.drive.Type(rightPass)
	h.drive.Press(keyEnter)
	v := h.view()
	if !strings.Contains(v, "cannot be opened") || !strings.Contains(v, "this debrief does not know") || strings.Contains(v, "damaged") || strings.Contains(v, "does not open") {
		t.Fatalf("a journal of a newer debrief is not told as such:\n%s", v)
	}
}

func TestBusyJournalCanBeTriedAgain(t *testing.T) {
	o := &opener{fail: journal.Errorf(journal.ELocked, "The journal is busy in another debrief; try again in a moment.")}
	h := newHarness(t, o)
	h.drive.Type(rightPass)
	h.drive.Press(keyEnter)
	if v := h.view(); !strings.Contains(v, "busy in another debrief") || !strings.Contains(v, "press esc to leave") || strings.Contains(v, "does not open") {
		t.Fatalf("a busy journal is not told as such:\n%s", v)
	}
	o.fail = nil
	h.drive.Type(rightPass)
	h.drive.Press(keyEnter)
	if len(h.unlocked) != 1 {
		t.Fatalf("a busy journal could not be tried again: %d tries", len(o.tries))
	}
}

func TestEscAndCtrlCLeave(t *testing.T) {
	for _, k := range []tea.KeyPressMsg{keyEsc, keyCtrlC} {
		o := &opener{}
		h := newHarness(t, o)
		h.drive.Type("half typed")
		h.drive.Press(k)
		if h.quit != 1 || len(o.tries) != 0 {
			t.Fatalf("%s: quit %d, tries %d", k, h.quit, len(o.tries))
		}
	}
}

// TestLockKeysStillType: a terminal that reports caps lock and num lock
// with each key still types, while ctrl and alt keys do not.
func TestLockKeysStillType(t *testing.T) {
	o := &opener{}
	h := newHarness(t, o)
	h.drive.Press(
		tea.KeyPressMsg{Code: 'a', Text: "A", Mod: tea.ModCapsLock},
		tea.KeyPressMsg{Code: 'b', Text: "b", Mod: tea.ModNumLock | tea.ModShift},
		tea.KeyPressMsg{Code: 'x', Text: "x", Mod: tea.ModAlt},
		tea.KeyPressMsg{Code: 'y', Text: "y", Mod: tea.ModCtrl},
		keyEnter)
	if len(o.tries) != 1 || o.tries[0] != "Ab" {
		t.Fatalf("tried %q, want \"Ab\"", o.tries)
	}
}

func TestEnterWithNothingTyped(t *testing.T) {
	o := &opener{}
	h := newHarness(t, o)
	h.drive.Press(keyEnter)
	if len(o.tries) != 0 || !strings.Contains(h.view(), "Type the passphrase first") {
		t.Fatalf("enter on an empty input: %d tries\n%s", len(o.tries), h.view())
	}
}

func TestUnlockingShowsWhileTrying(t *testing.T) {
	o := &opener{}
	h := newHarness(t, o)
	h.drive.Type(rightPass)
	cmd := h.host.Update(keyEnter)
	if cmd == nil || !strings.Contains(h.view(), "Unlocking…") {
		t.Fatalf("no sign of unlocking while the passphrase is tried:\n%s", h.view())
	}
	// Keys typed meanwhile go nowhere: the passphrase was already taken.
	h.host.Update(tea.KeyPressMsg{Code: 'z', Text: "z"})
	h.drive.Run(cmd)
	if len(h.unlocked) != 1 {
		t.Fatalf("the try did not unlock")
	}
}

// TestViewNeverShowsPassphrase types a passphrase, pastes one, fails and
// succeeds, and looks at every frame for any part of them.
func TestViewNeverShowsPassphrase(t *testing.T) {
	o := &opener{}
	h := newHarness(t, o)
	const wrong = "zebraquokka-9"
	frames := []string{h.view()}
	for _, r := range wrong {
		h.drive.Type(string(r))
		frames = append(frames, h.view())
	}
	h.drive.Press(keyEnter)
	frames = append(frames, h.view())
	h.drive.Send(tea.PasteMsg{Content: rightPass})
	frames = append(frames, h.view())
	cmd := h.host.Update(keyEnter)
	frames = append(frames, h.view())
	h.drive.Run(cmd)
	frames = append(frames, h.view())
	for i, f := range frames {
		for _, secret := range []string{"zebra", "quokka", "horse", "battery", "*", "•"} {
			if strings.Contains(f, secret) {
				t.Fatalf("frame %d shows %q:\n%s", i, secret, f)
			}
		}
	}
	if len(h.unlocked) != 1 || o.tries[1] != rightPass {
		t.Fatalf("the pasted passphrase did not unlock: %q", o.tries)
	}
}

func TestGoldenUnlock(t *testing.T) {
	h := newHarness(t, &opener{})
	golden.RequireEqual(t, []byte(h.view()))
}

func TestGoldenUnlockWrong(t *testing.T) {
	h := newHarness(t, &opener{})
	h.drive.Type("wrong guess")
	h.drive.Press(keyEnter)
	golden.RequireEqual(t, []byte(h.view()))
}

func TestGoldenUnlockDamaged(t *testing.T) {
	h := newHarness(t, &opener{fail: journal.Errorf(journal.ECorrupt, "The journal's sealed key is damaged, so no passphrase can open it. Restore a backup with `debrief restore`.")})
	h.drive.Type("anything")
	h.drive.Press(keyEnter)
	golden.RequireEqual(t, []byte(h.view()))
}
