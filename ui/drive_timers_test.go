package ui

import (
	"reflect"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// isTimer reports whether cmd is a tea.Tick timer. Every timer is the same
// closure with its own state, so its code pointer tells it apart without
// waiting for it; other commands are waited for however long they take.
func isTimer(cmd tea.Cmd) bool {
	return reflect.ValueOf(cmd).Pointer() == reflect.ValueOf(tea.Tick(time.Hour, nil)).Pointer()
}

// settle runs cmd the way the program would and feeds what it produces back
// into the model, dropping timers at once and waiting for every other
// command, so that slow disks cannot make a test drop a save.
func settle(t testing.TB, m *Model, cmd tea.Cmd) {
	t.Helper()
	if cmd == nil || isTimer(cmd) {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(30 * time.Second):
		t.Fatal("a command did not finish within 30 seconds")
	}
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			settle(t, m, c)
		}
	case tea.QuitMsg:
		m.quit = true
	default:
		_, next := m.Update(msg)
		settle(t, m, next)
	}
}

// hit sends keys to the model and settles what they start.
func hit(t testing.TB, m *Model, keys ...tea.KeyPressMsg) {
	t.Helper()
	for _, k := range keys {
		_, cmd := m.Update(k)
		settle(t, m, cmd)
	}
}

// typeIn sends each rune of s as a key press and settles what it starts.
func typeIn(t testing.TB, m *Model, s string) {
	t.Helper()
	for _, r := range s {
		hit(t, m, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}
