package outcome

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	keyTab       = tea.KeyPressMsg{Code: tea.KeyTab}
	keyEnter     = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyBackspace = tea.KeyPressMsg{Code: tea.KeyBackspace}
	keyQ         = tea.KeyPressMsg{Code: 'q', Text: "q"}
	keyFour      = tea.KeyPressMsg{Code: '4', Text: "4"}
)

// picker is the outcome picker of a pending interview, driven as the root
// would, recording whether it asked the app to quit.
type picker struct {
	*uitest.Host
	d    *uitest.Driver
	j    *uitest.FakeJournal
	quit bool
}

func openPicker(t *testing.T) *picker {
	t.Helper()
	j := uitest.NewFakeJournal()
	iv := journal.Interview{Company: "Acme", Role: "Dev", Date: journal.DateOf(uitest.Now()).AddDays(-5),
		Outcome: journal.Outcome{Status: journal.StatusPending}}
	if err := j.FinishDraft(0, &iv); err != nil {
		t.Fatal(err)
	}
	ctx := uitest.NewContext(j)
	h, d := uitest.Start(t, ctx, New(ctx, iv.ID))
	p := &picker{Host: h, d: d, j: j}
	d.Update = func(msg tea.Msg) tea.Cmd {
		if _, ok := msg.(kit.QuitMsg); ok {
			p.quit = true
			return nil
		}
		return h.Update(msg)
	}
	return p
}

func (p *picker) page() *Page { return p.Screen.(*Page) }

// ctrl+c ends the app from the picker at once: it is a kit.Keeper that
// keeps nothing left unsaved, whatever was chosen or typed.
func TestPickerEndsAtOnceOnCtrlC(t *testing.T) {
	p := openPicker(t)
	var s kit.Screen = p.page()
	kp, ok := s.(kit.Keeper)
	if !ok {
		t.Fatal("the outcome picker is no kit.Keeper, so ctrl+c does nothing on it")
	}
	p.d.Press(keyFour, keyTab, keyBackspace)
	if cmd := kp.KeepTyped(); cmd != nil {
		t.Fatal("KeepTyped should let the app end at once: an unconfirmed outcome is not saved")
	}
	if iv, _ := p.j.Interview(1); iv.Outcome.Status != journal.StatusPending {
		t.Fatalf("the outcome changed without enter: %v", iv.Outcome.Status)
	}
}

// A save on its way when the app is asked to end lands first, and its
// reply answers KeepTyped.
func TestPickerEndWaitsForTheSave(t *testing.T) {
	p := openPicker(t)
	p.d.Press(keyFour)
	save := p.Update(keyEnter)
	cmd := p.page().KeepTyped()
	if cmd == nil {
		t.Fatal("KeepTyped with a save on its way should wait for it")
	}
	var kept *kit.KeptMsg
	d := &uitest.Driver{TB: t, Update: func(msg tea.Msg) tea.Cmd {
		if k, ok := msg.(kit.KeptMsg); ok {
			kept = &k
			return nil
		}
		return p.Update(msg)
	}}
	d.Run(cmd)
	if kept != nil {
		t.Fatal("KeepTyped answered before the save landed")
	}
	d.Run(save)
	if kept == nil || kept.Err != nil {
		t.Fatalf("after the save, KeepTyped answered %+v", kept)
	}
	if iv, _ := p.j.Interview(1); iv.Outcome.Status != journal.StatusRejected {
		t.Fatalf("the save did not land: %v", iv.Outcome.Status)
	}
}

// q quits where no date is typed: on the statuses, on the box, and on the
// offer after a decision; in the date it is typed.
func TestPickerQuitsOnQOutsideTheDate(t *testing.T) {
	p := openPicker(t)
	p.d.Press(keyQ)
	if !p.quit {
		t.Fatal("q on the statuses did not quit")
	}
	p = openPicker(t)
	p.d.Press(keyTab)
	for range 10 {
		p.d.Press(keyBackspace)
	}
	p.d.Press(keyQ)
	if p.quit || p.page().date.Value() != "q" {
		t.Fatalf("q in the date should be typed (quit %v, date %q)", p.quit, p.page().date.Value())
	}
	p.d.Press(keyTab, keyQ)
	if !p.quit {
		t.Fatal("q on the box did not quit")
	}
	p = openPicker(t)
	p.d.Press(keyFour, keyEnter)
	if v := p.View(); !strings.Contains(v, "What next?") || !strings.Contains(v, "q quit") {
		t.Fatalf("the offer after a decision should show q:\n%s", v)
	}
	p.d.Press(keyQ)
	if !p.quit {
		t.Fatal("q on the offer after a decision did not quit")
	}
}
