package ui

import (
	"io"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/ui/kit"
)

// Start says where the app opens.
type Start int

const (
	// StartHome opens the home screen.
	StartHome Start = iota
	// StartNew opens a new reflection, offering to resume a draft first.
	StartNew
	// StartPatterns opens the patterns screen.
	StartPatterns
	// StartReview opens the weekly review at the week at a glance.
	StartReview
	// StartBrowse opens the list of interviews, filtered by BrowseQuery.
	StartBrowse
	// StartFollowUps opens the follow-ups.
	StartFollowUps
	// StartDrill opens a drill of the cards due, of DrillTheme when set.
	StartDrill
	// StartStories opens the story bank.
	StartStories
	// StartPrep opens the brief before an interview with PrepCompany and
	// PrepRole.
	StartPrep
)

// startScreens is the screen each Start opens, but for home and the new
// reflection, which home starts.
var startScreens = map[Start]kit.ScreenID{
	StartPatterns:  kit.ScreenPatterns,
	StartReview:    kit.ScreenReviewGlance,
	StartBrowse:    kit.ScreenBrowse,
	StartFollowUps: kit.ScreenFollowUps,
	StartDrill:     kit.ScreenDrill,
	StartStories:   kit.ScreenStories,
	StartPrep:      kit.ScreenPrep,
}

// Options configure the app.
type Options struct {
	Journal kit.Journal
	// Path is the journal's file path, shown to the user.
	Path string
	// Prompts is the reflection after an interview, with the user's own
	// prompts applied.
	Prompts prompts.Set
	// PromptsFile is the user's own prompts file, which the reflection after
	// a decision and the weekly review apply to their sets; nil for none.
	PromptsFile *prompts.File
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Tick starts the app's timers (the autosave of a flow, the status
	// line's timeout, the list's background load); nil means tea.Tick.
	// Tests pass uitest.Tick to fire timers when they mean to.
	Tick  func(d time.Duration, fn func(time.Time) tea.Msg) tea.Cmd
	Start Start
	// Prefill holds answers given on the command line for a new reflection.
	Prefill journal.Interview
	// QueryBackground asks the terminal for its background colour to pick
	// light or dark styles. Off in tests, where the answer never comes.
	QueryBackground bool
	// Light draws for a light background from the first frame (the
	// default is dark), until the terminal's answer says otherwise.
	Light bool
	// Getenv reads the environment ($EDITOR); nil means os.Getenv.
	Getenv func(string) string
	// BrowseQuery is the filter the list opens with (see
	// query.Parse).
	BrowseQuery string
	// DrillTheme narrows the drill StartDrill opens to one theme.
	DrillTheme string
	// PrepCompany and PrepRole are the interview the brief StartPrep opens
	// is for.
	PrepCompany, PrepRole string
	// Trace, when set, receives a line "save <nanoseconds>" for each draft
	// saved, timed until it is on disk (DEBRIEF_TRACE).
	Trace io.Writer
	// Templates returns the user's own message template for a kind of
	// follow-up, "" for none, or why it cannot be used; nil means the
	// built-in templates only.
	Templates func(journal.FollowUpKind) (string, error)
	// Sender signs the drafted messages; with no name they are signed
	// with journal.PlaceholderName and a hint to set one.
	Sender journal.Sender
	// SaveName writes the user's name into the config file, held to the
	// rules of 'debrief config set name'; its errors are written for the
	// user. With NameAsked, it lets a draft opened without a name ask for
	// one.
	SaveName func(name string) error
	// NameAsked records that the app has asked for the user's name, saved
	// or skipped, so no later run asks again. nil means it was asked
	// before (or cannot be recorded): the app does not ask.
	NameAsked func() error
	// Report receives every error of the journal and of $EDITOR on its way
	// to the screen and returns the one to show: the log of unexpected
	// errors (see package applog) writes those down and names itself in
	// their message. nil shows errors as they are.
	Report func(error) error
	// Unlock opens an encrypted journal with a passphrase typed on the
	// app's unlock screen (see package unlock). When it is set and Journal
	// is nil, the app starts on that screen and goes on to Start with the
	// journal it returns. It must not keep pass.
	Unlock func(pass []byte) (kit.Journal, error)
	// Open opens the journal behind the app's first frame: when it is set
	// and Journal and Unlock are nil, the screens start at once and Open
	// runs meanwhile, so that starting the terminal and reading from disk
	// overlap. It sets Journal, and whatever else it reads (such as
	// Prompts), in the options it is given, which the app is then built
	// with. ErrNeedsPassphrase sends the user to the unlock screen, where
	// Unlock opens the journal; any other error quits the app, and the
	// caller reports it.
	Open func(*Options) error
	// editor holds $EDITOR while it runs (see Run and kit.RunEditor).
	editor *kit.EditorProcess
}
