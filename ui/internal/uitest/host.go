package uitest

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/ui/kit"
)

// NewContext returns the context a screen gets from the root, at 80 by 24
// on a dark background, with the tests' clock and timers, over j.
func NewContext(j kit.Journal) *kit.Context {
	return &kit.Context{
		Width: 80, Height: 24,
		Styles:   kit.NewStyles(true),
		Keys:     kit.DefaultKeyMap(),
		Journal:  j,
		Path:     "/tmp/journal.db",
		Now:      Now,
		Tick:     Tick,
		Line:     &kit.StatusLine{},
		Requests: &kit.Requests{},
		CanUndo:  func() bool { return false },
	}
}

// Host stands in for the root model around one screen: it keeps the status
// line, records where the screen asked to go, and hands every other
// message to the screen.
type Host struct {
	Ctx    *kit.Context
	Screen kit.Screen
	// Navigated lists the screens the screen asked to open, in order.
	Navigated []kit.NavigateMsg
	// Backs counts the times the screen asked to go back.
	Backs int
	// Flows lists the drafts the screen asked to open the guided flow on.
	Flows []kit.OpenFlowMsg
}

// Update does what the root does with the messages screens send it, and
// passes the rest to the screen; then it takes what the screen asked of
// the root meanwhile (kit.Requests), as the root does.
func (h *Host) Update(msg tea.Msg) tea.Cmd {
	cmd := h.update(msg)
	for _, r := range h.Ctx.Requests.Take() {
		h.update(r)
	}
	return cmd
}

func (h *Host) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case kit.StatusMsg:
		h.Ctx.Line.Set(msg.Text, msg.Err)
		return nil
	case kit.ClearStatusMsg:
		h.Ctx.Line.Clear()
		return nil
	case kit.NavigateMsg:
		h.Navigated = append(h.Navigated, msg)
		return nil
	case kit.BackMsg:
		h.Backs++
		return nil
	case kit.OpenFlowMsg:
		h.Flows = append(h.Flows, msg)
		return nil
	case tea.WindowSizeMsg:
		h.Ctx.Width, h.Ctx.Height = msg.Width, msg.Height
	}
	return h.Screen.Update(msg)
}

// View is what the screen shows, without colours.
func (h *Host) View() string { return ansi.Strip(h.Screen.View()) }

// Start builds a Host around s and a Driver for it, and runs s.Init.
func Start(tb testing.TB, ctx *kit.Context, s kit.Screen) (*Host, *Driver) {
	tb.Helper()
	h := &Host{Ctx: ctx, Screen: s}
	d := &Driver{TB: tb, Update: h.Update, Short: ShortTimers}
	d.Run(s.Init())
	return h, d
}

// ShortTimers are the timers a Host's driver fires at once: waits of a few
// milliseconds before work in the background.
const ShortTimers = 100 * time.Millisecond

// Messages runs cmd, and the commands of any batch it returns, to
// completion, and returns the messages they produce without handing them
// to any model. Timers are left out.
func Messages(tb testing.TB, cmd tea.Cmd) []tea.Msg {
	tb.Helper()
	if cmd == nil {
		return nil
	}
	d := &Driver{TB: tb}
	msg := d.exec(cmd)
	switch msg := msg.(type) {
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, Messages(tb, c)...)
		}
		return out
	case timerMsg, nil:
		return nil
	}
	return []tea.Msg{msg}
}
