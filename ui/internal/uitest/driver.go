// Package uitest drives the app's models in tests the way Bubble Tea
// would, without a terminal: every command runs to completion and what it
// returns is fed back, while timers are data the test fires when it means
// to, so no test sleeps and none passes because a command was too slow.
package uitest

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Timer is a timer a model started, held by the Driver until fired.
type Timer struct {
	// After is how long the model asked to wait.
	After time.Duration
	fire  func(time.Time) tea.Msg
}

// timerMsg is what a command made by Tick returns: the timer itself, which
// the Driver holds instead of waiting for it.
type timerMsg struct{ timer Timer }

// Tick starts a timer that a Driver holds instead of waiting for it. Give it
// to the app as its Tick (ui.Options.Tick, kit.Context.Tick) in tests; the
// program itself uses tea.Tick.
func Tick(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd {
	return func() tea.Msg { return timerMsg{Timer{After: d, fire: fn}} }
}

// commandTimeout is how long one command may run before the test fails: a
// command that never returns is a bug, not something to wait out.
const commandTimeout = 30 * time.Second

// Driver feeds a model the messages its commands produce.
type Driver struct {
	// TB reports a command that never finishes.
	TB testing.TB
	// Update hands a message to the model and returns its command.
	Update func(tea.Msg) tea.Cmd
	// Short is how long a timer may be and still fire at once, as if that
	// time had passed (the list's background load waits a few
	// milliseconds); longer timers are held in Timers. Zero holds them all.
	Short time.Duration
	// Clock is the time a fired timer reports; nil means time.Now.
	Clock func() time.Time
	// Timers are the timers started and not fired yet, oldest first.
	Timers []Timer
	// Quit is set once a command asked the program to quit.
	Quit bool
}

// Run runs cmd to completion and feeds what it returns to the model, and so
// on until nothing is left to run.
func (d *Driver) Run(cmd tea.Cmd) {
	d.TB.Helper()
	if cmd == nil {
		return
	}
	d.deliver(d.exec(cmd))
}

// exec runs one command, failing the test when it does not return.
func (d *Driver) exec(cmd tea.Cmd) tea.Msg {
	d.TB.Helper()
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		return msg
	case <-time.After(commandTimeout):
		d.TB.Fatalf("a command did not finish within %v", commandTimeout)
		return nil
	}
}

// deliver feeds one message to the model, unpacking batches and holding
// timers.
func (d *Driver) deliver(msg tea.Msg) {
	d.TB.Helper()
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			d.Run(c)
		}
	case timerMsg:
		if msg.timer.After <= d.Short {
			d.fire(msg.timer)
			return
		}
		d.Timers = append(d.Timers, msg.timer)
	case tea.QuitMsg:
		d.Quit = true
	default:
		d.Run(d.Update(msg))
	}
}

// Send hands messages to the model one by one, running what each starts.
func (d *Driver) Send(msgs ...tea.Msg) {
	d.TB.Helper()
	for _, msg := range msgs {
		d.Run(d.Update(msg))
	}
}

// Press sends key presses, running what each starts.
func (d *Driver) Press(keys ...tea.KeyPressMsg) {
	d.TB.Helper()
	for _, k := range keys {
		d.Send(k)
	}
}

// Type sends each rune of s as a key press.
func (d *Driver) Type(s string) {
	d.TB.Helper()
	for _, r := range s {
		d.Press(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// Fire fires the timers held, oldest first, as if their time had come, and
// runs what they start; timers started meanwhile are held for the next
// call.
func (d *Driver) Fire() {
	d.TB.Helper()
	held := d.Timers
	d.Timers = nil
	for _, t := range held {
		d.fire(t)
	}
}

func (d *Driver) fire(t Timer) {
	d.TB.Helper()
	now := time.Now
	if d.Clock != nil {
		now = d.Clock
	}
	if t.fire != nil {
		d.deliver(t.fire(now().Add(t.After)))
	}
}

// Now is the fixed clock of screen tests: Saturday 14 March 2026, 17:30 UTC.
func Now() time.Time { return time.Date(2026, 3, 14, 17, 30, 0, 0, time.UTC) }
