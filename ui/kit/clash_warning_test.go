package kit

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// TestClashWarningWaitsForItsOwnTick: only the tick of the latest warning
// ends the wait; an earlier warning's tick does not.
func TestClashWarningWaitsForItsOwnTick(t *testing.T) {
	var ticks []func(time.Time) tea.Msg
	sh := &Context{Tick: func(_ time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
		ticks = append(ticks, fn)
		return nil
	}}
	var w ClashWarning
	if w.TooSoon() {
		t.Fatal("a warning never shown holds keys back")
	}
	w.Shown(sh)
	w.Shown(sh) // said again before the first tick came
	w.Read(ticks[0](time.Time{}).(ClashReadMsg))
	if !w.TooSoon() {
		t.Fatal("the first warning's tick ended the second's wait")
	}
	w.Read(ticks[1](time.Time{}).(ClashReadMsg))
	if w.TooSoon() {
		t.Fatal("the warning's own tick did not end its wait")
	}
}
