package ui

import (
	"bytes"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// lockedBuffer collects what the program writes to its terminal.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return bytes.Clone(b.buf.Bytes())
}

// inspectMsg runs fn on the model inside the program's loop, where reading
// it is safe, and closes done.
type inspectMsg struct {
	fn   func(*Model)
	done chan struct{}
}

// probedModel lets a test look inside the running model.
type probedModel struct{ m *Model }

func (p probedModel) Init() tea.Cmd { return p.m.Init() }

func (p probedModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if im, ok := msg.(inspectMsg); ok {
		im.fn(p.m)
		close(im.done)
		return p, nil
	}
	_, cmd := p.m.Update(msg)
	return p, cmd
}

func (p probedModel) View() tea.View { return p.m.View() }

// liveProgram is the real Bubble Tea program running the app, with its
// terminal output captured byte for byte.
type liveProgram struct {
	t    *testing.T
	p    *tea.Program
	out  *lockedBuffer
	done chan error
}

// startProgram runs the app in a real program of the given size.
func startProgram(t *testing.T, m *Model, width, height int, opts ...tea.ProgramOption) *liveProgram {
	t.Helper()
	m.sh.Tick = tea.Tick // a real program waits for real timers
	lp := &liveProgram{t: t, out: &lockedBuffer{}, done: make(chan error, 1)}
	opts = append([]tea.ProgramOption{tea.WithInput(nil), tea.WithOutput(lp.out), tea.WithoutSignals(), tea.WithWindowSize(width, height)}, opts...)
	lp.p = tea.NewProgram(probedModel{m}, opts...)
	go func() {
		_, err := lp.p.Run()
		lp.done <- err
	}()
	return lp
}

// send delivers messages in order.
func (lp *liveProgram) send(msgs ...tea.Msg) {
	for _, msg := range msgs {
		lp.p.Send(msg)
	}
}

// inspect runs fn on the model between two messages.
func (lp *liveProgram) inspect(fn func(*Model)) {
	lp.t.Helper()
	done := make(chan struct{})
	lp.p.Send(inspectMsg{fn: fn, done: done})
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		lp.t.Fatal("the program stopped answering")
	}
}

// waitUntil waits until ok holds for the model, then for the frame that
// shows it to be drawn.
func (lp *liveProgram) waitUntil(what string, ok func(*Model) bool) {
	lp.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for {
		var met bool
		lp.inspect(func(m *Model) { met = ok(m) })
		if met {
			break
		}
		if time.Now().After(deadline) {
			lp.t.Fatalf("never reached: %s", what)
		}
		time.Sleep(2 * time.Millisecond)
	}
	lp.drawn()
}

// drawn waits until the renderer has written what the model shows now: the
// output has stopped growing for longer than a frame (Bubble Tea draws at
// most 60 frames a second).
func (lp *liveProgram) drawn() {
	const poll = 6 * time.Millisecond
	before := len(lp.out.Bytes())
	lp.inspect(func(*Model) {})
	// A change on screen makes the renderer write; wait for it first.
	for deadline := time.Now().Add(time.Second); len(lp.out.Bytes()) == before && time.Now().Before(deadline); {
		time.Sleep(poll)
	}
	last, still := -1, 0
	for still < 4 {
		time.Sleep(poll)
		if n := len(lp.out.Bytes()); n == last {
			still++
		} else {
			last, still = n, 0
		}
	}
}

// stop quits the program and returns everything it wrote.
func (lp *liveProgram) stop() []byte {
	lp.t.Helper()
	lp.p.Quit()
	select {
	case err := <-lp.done:
		if err != nil {
			lp.t.Fatalf("the program failed: %v", err)
		}
	case <-time.After(30 * time.Second):
		lp.t.Fatal("the program did not quit")
	}
	return lp.out.Bytes()
}
