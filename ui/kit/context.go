package kit

import (
	"strings"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// Minimum terminal size; below it the app asks for a larger window instead of
// drawing a garbled layout.
const (
	MinWidth  = 40
	MinHeight = 10
)

// Context holds what every screen reads: the size, styles, keys, the
// journal, the clock and the user's settings. The root model owns it and
// keeps it up to date; screens get a pointer and change nothing in it but
// through the messages in messages.go.
type Context struct {
	// Width and Height are the terminal's size.
	Width, Height int
	// Styles are the colours of the terminal's background.
	Styles Styles
	// Keys are every key binding of the app.
	Keys KeyMap
	// Journal is where interviews, drafts and reviews are kept.
	Journal Journal
	// Practice holds the practice cards and the story bank; nil when the
	// journal does not keep them.
	Practice Practice
	// Path is the journal's file path, shown to the user.
	Path string
	// Now is the clock.
	Now func() time.Time
	// Tick starts a timer: tea.Tick, or in tests a timer the test fires
	// (see Options.Tick).
	Tick func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd
	// Set is the reflection after an interview, with the user's own
	// prompts applied.
	Set prompts.Set
	// UserSets is the user's own prompts file, nil for none.
	UserSets *prompts.File
	// Editor is the command line of $EDITOR.
	Editor []string
	// Standalone is set when the app was started straight into a flow (debrief
	// new): leaving the flow quits instead of showing home.
	Standalone bool
	// Trace records how long an event took (see Options.Trace); nil when
	// nothing is traced.
	Trace func(event string, d time.Duration)
	// Templates finds the user's own message templates (Options.Templates).
	Templates func(journal.FollowUpKind) (string, error)
	// Sender signs the drafted messages (Options.Sender).
	Sender journal.Sender
	// SaveName writes the user's name into the config file (Options.SaveName).
	SaveName func(name string) error
	// NameAsked records that the user was asked for a name
	// (Options.NameAsked); nil once asked.
	NameAsked func() error
	// Line is the status line, drawn by the screen showing and changed by
	// the root.
	Line *StatusLine
	// Requests are what the screen showing asked of the root (see
	// Requests), carried out by the root.
	Requests *Requests
	// CanUndo reports whether a deletion made in this run can be undone.
	CanUndo func() bool
}

// SetStatus returns a command that shows a message in the status line for
// a while (see StatusMsg).
func (sh *Context) SetStatus(msg string, isErr bool) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: msg, Err: isErr} }
}

// StatusView draws the status line wrapped to width, in as many lines as
// the screen's height allows it (see StatusLines), "" when there is none.
func (sh *Context) StatusView(width int) string {
	return sh.Line.Wrapped(sh.Styles, width, StatusLines(sh.Height))
}

// StatusHeight is how many lines StatusView(width) takes.
func (sh *Context) StatusHeight(width int) int {
	if sh.Line.Text() == "" {
		return 0
	}
	return strings.Count(sh.StatusView(width), "\n") + 1
}

// TooSmall reports whether the terminal is below the minimum size.
func (sh *Context) TooSmall() bool {
	return sh.Width > 0 && (sh.Width < MinWidth || sh.Height < MinHeight)
}
