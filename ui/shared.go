package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// Minimum terminal size; below it the app asks for a larger window instead of
// drawing a garbled layout.
const (
	minWidth  = 40
	minHeight = 10
)

// statusTimeout is how long a status line message stays.
const statusTimeout = 6 * time.Second

// shared holds what every screen uses: the size, styles, keys and the
// journal. The root model owns it; screens get a pointer.
type shared struct {
	width, height int
	styles        Styles
	keys          KeyMap
	journal       Journal
	path          string
	now           func() time.Time
	set           prompts.Set
	userSets      *prompts.File
	editor        []string
	// standalone is set when the app was started straight into a flow (debrief
	// new): leaving the flow quits instead of showing home.
	standalone bool
	// trace records how long an event took (see Options.Trace); nil when
	// nothing is traced.
	trace func(event string, d time.Duration)
	// deleted holds the interviews deleted in this run, the last one last,
	// so each deletion can be undone until the app exits.
	deleted []journal.Interview
	// templates finds the user's own message templates (Options.Templates).
	templates func(journal.FollowUpKind) (string, error)
	// sender signs the drafted messages (Options.Sender).
	sender journal.Sender
	// saveName and nameAsked let a draft ask once for the user's name
	// (Options.SaveName, Options.NameAsked); nameAsked is nil once asked.
	saveName  func(name string) error
	nameAsked func() error

	status    string
	statusErr bool
	statusID  int
}

// setStatus shows a message in the status line for a while.
func (sh *shared) setStatus(msg string, isErr bool) tea.Cmd {
	sh.statusID++
	sh.status, sh.statusErr = msg, isErr
	id := sh.statusID
	return tea.Tick(statusTimeout, func(time.Time) tea.Msg { return statusClearMsg{id: id} })
}

// statusView draws the status line, or an empty line.
func (sh *shared) statusView() string {
	if sh.status == "" {
		return ""
	}
	if sh.statusErr {
		return sh.styles.Error.Render("✗ " + sh.status)
	}
	return sh.styles.Success.Render(sh.status)
}

// tooSmall reports whether the terminal is below the minimum size.
func (sh *shared) tooSmall() bool {
	return sh.width > 0 && (sh.width < minWidth || sh.height < minHeight)
}
