package ui

import (
	"io"
	"os"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/kit"

	"github.com/debrief-journal/debrief/ui/patterns"

	"github.com/debrief-journal/debrief/ui/outcome"

	"github.com/debrief-journal/debrief/ui/feedback"

	"github.com/debrief-journal/debrief/ui/followups"
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
)

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
}

// Model is the root model of the app.
type Model struct {
	sh      *kit.Context
	screen  kit.ScreenID
	home    homeModel
	reflect reflectModel
	page    kit.Screen // the open screen when it is neither home nor reflect
	opts    Options
	quit    bool
	// pageID is the id the open page was opened with; trail holds the
	// screens that led to it, where goBack returns (see navigation.go).
	pageID uint64
	trail  []kit.NavigateMsg
	// returning is set while going back, so the list is shown as it was;
	// flowBack while a flow that returns where it was opened from is open.
	returning bool
	flowBack  bool
	// statusAtKey is the status line's id when the last key was handled
	// (see clearOldStatus).
	statusAtKey int
	// showKeys shows the ? page of the screen showing (see keys_page.go).
	showKeys bool
	// line is the status line; deleted holds the interviews deleted in
	// this run, the last one last, so each deletion can be undone until the
	// app exits.
	line    kit.StatusLine
	deleted []journal.Interview
	// browse is the list of interviews while it or an interview opened
	// from it is on screen, so coming back finds it as it was.
	browse *browsePage
}

// New builds the app.
func New(opts Options) *Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Tick == nil {
		opts.Tick = tea.Tick
	}
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	if opts.Report == nil {
		opts.Report = func(err error) error { return err }
	} else if opts.Journal != nil {
		opts.Journal = reportingJournal{j: opts.Journal, report: opts.Report}
	}
	sh := &kit.Context{
		Styles:     kit.NewStyles(!opts.Light),
		Keys:       kit.DefaultKeyMap(),
		Journal:    opts.Journal,
		Path:       opts.Path,
		Now:        opts.Now,
		Tick:       opts.Tick,
		Set:        opts.Prompts,
		UserSets:   opts.PromptsFile,
		Editor:     kit.EditorCommand(opts.Getenv),
		Trace:      kit.TraceTo(opts.Trace),
		Templates:  opts.Templates,
		Sender:     opts.Sender,
		SaveName:   reportingSave(opts.SaveName, opts.Report),
		NameAsked:  opts.NameAsked,
		Standalone: opts.Start == StartNew || opts.Start == StartReview,
		Width:      80,
		Height:     24,
	}
	m := &Model{sh: sh, opts: opts}
	sh.Line = &m.line
	sh.CanUndo = func() bool { return len(m.deleted) > 0 }
	m.home = homeModel{sh: sh, offer: opts.Start == StartNew}
	return m
}

// Init loads the first screen's data.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.home.load()}
	if m.opts.Start == StartPatterns {
		cmds[0] = m.open(kit.ScreenPatterns, 0)
	}
	if m.opts.Start == StartReview {
		cmds[0] = m.open(kit.ScreenReviewGlance, 0)
	}
	if m.opts.Start == StartBrowse {
		cmds[0] = m.open(kit.ScreenBrowse, 0)
	}
	if m.opts.Start == StartFollowUps {
		cmds[0] = m.open(kit.ScreenFollowUps, 0)
	}
	if m.opts.QueryBackground {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	return tea.Batch(cmds...)
}

// Update handles global messages first, then routes to the screen.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		defer m.keyHandled()
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.sh.Width, m.sh.Height = msg.Width, msg.Height
		m.reflect.sh = m.sh
		if m.screen == kit.ScreenReflect {
			m.reflect.resize()
		}
		if m.page != nil {
			return m, m.page.Update(msg)
		}
		return m, nil
	case tea.BackgroundColorMsg:
		m.sh.Styles = kit.NewStyles(msg.IsDark())
		return m, nil
	case kit.StatusClearMsg:
		if msg.ID == m.line.ID() {
			m.line.Clear()
		}
		return m, nil
	case kit.StatusMsg:
		id := m.line.Set(msg.Text, msg.Err)
		return m, m.sh.Tick(kit.StatusTimeout, func(time.Time) tea.Msg { return kit.StatusClearMsg{ID: id} })
	case kit.ClearStatusMsg:
		m.line.Clear()
		return m, nil
	case kit.UndoMsg:
		return m, m.undoDelete()
	case homeLoadedMsg:
		cmd := m.home.Update(msg)
		if m.opts.Start == StartNew && m.screen == kit.ScreenHome && msg.err == nil && len(msg.drafts) == 0 {
			return m, m.startReflection(nil)
		}
		return m, cmd
	case homeAction:
		return m, m.homeAction(msg)
	case kit.OpenFlowMsg:
		return m, m.startReflection(msg.Draft)
	case reflectDoneMsg:
		if msg.quit {
			m.quit = true
			return m, tea.Quit
		}
		if cmd, ok := m.leaveEdit(msg); ok {
			return m, cmd
		}
		if cmd, ok := m.leaveFlow(msg); ok {
			return m, cmd
		}
		m.screen, m.trail = kit.ScreenHome, nil
		m.reflect.Close() // stop the autosave ticks of the flow that ended
		var status tea.Cmd
		if msg.paused {
			status = m.sh.SetStatus("Draft kept. Resume it any time from here.", false)
		}
		return m, tea.Batch(m.home.load(), status)
	case kit.EditorReadyMsg:
		return m, kit.RunEditor(m.sh.Editor, msg, m.opts.Report)
	case kit.NavigateMsg:
		return m, m.open(msg.To, msg.ID)
	case kit.BackMsg:
		return m, m.goBackCmd()
	case followUpCountsMsg:
		return m, m.home.Update(msg)
	case interviewChangedMsg:
		return m, m.interviewChanged(msg)
	case editInterviewMsg:
		return m, m.startEdit(msg)
	case searchMsg:
		return m, m.openSearch()
	case interviewSavedMsg:
		if cmd, ok := m.finishEdit(msg); ok {
			return m, cmd
		}
	case startFlowMsg, reviewSavedMsg:
		return m, m.reviewMsg(msg)
	}
	if m.ignoredWhileTooSmall(msg) {
		return m, nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && m.screen == kit.ScreenHome && key.Matches(k, m.sh.Keys.Global.Quit) {
		m.quit = true
		return m, tea.Quit
	}
	if m.keysPageKey(msg) {
		return m, nil
	}
	switch {
	case m.screen == kit.ScreenReflect:
		return m, m.reflect.Update(msg)
	case m.screen == kit.ScreenHome:
		return m, m.home.Update(msg)
	case m.page != nil:
		return m, m.page.Update(msg)
	}
	return m, nil
}

// open shows a screen. Each screen of the app has its case here.
func (m *Model) open(to kit.ScreenID, id uint64) tea.Cmd {
	m.reflect.Close() // a flow that was open stops autosaving
	m.clearOldStatus()
	m.leaving(to)
	m.pageID = id
	m.page = nil
	m.screen = to
	switch to {
	case kit.ScreenHome:
		return m.home.load()
	case kit.ScreenPatterns:
		m.page = patterns.New(m.sh)
		return m.page.Init()
	case kit.ScreenReviewGlance, kit.ScreenReviews, kit.ScreenReview:
		m.page = m.reviewScreen(to, id)
		return m.page.Init()
	case kit.ScreenBrowse:
		return m.openBrowse(id)
	case kit.ScreenDetail:
		return m.openDetail(id)
	case kit.ScreenFollowUps:
		m.page = followups.New(m.sh)
		return m.page.Init()
	case kit.ScreenOutcome:
		m.page = outcome.New(m.sh, id)
		return m.page.Init()
	case kit.ScreenFeedback:
		m.page = feedback.New(m.sh, id)
		return m.page.Init()
	}
	m.screen = kit.ScreenHome
	return m.home.load()
}

func (m *Model) homeAction(a homeAction) tea.Cmd {
	switch {
	case a.quit:
		m.quit = true
		return tea.Quit
	case a.resume != nil:
		return m.startReflection(a.resume)
	case a.newReflection:
		return m.startReflection(nil)
	}
	return nil
}

// startReflection opens the flow on a draft, or on a new one.
func (m *Model) startReflection(d *journal.Draft) tea.Cmd {
	if d == nil {
		d = &journal.Draft{Kind: journal.DraftInterview, Interview: m.opts.Prefill}
		m.opts.Prefill = journal.Interview{}
	}
	m.enteringFlow(d.Kind)
	m.clearOldStatus()
	m.screen = kit.ScreenReflect
	m.reflect = newReflect(m.sh, *d)
	return m.reflect.Init()
}

// View draws the current screen.
func (m *Model) View() tea.View {
	var content string
	switch {
	case m.quit:
		content = ""
	case m.sh.TooSmall():
		content = kit.TooSmallView(m.sh)
	case m.screen == kit.ScreenReflect:
		content = m.reflect.View()
	case m.screen == kit.ScreenHome:
		content = m.home.View()
	case m.showKeys:
		content = m.keysPageView()
	case m.page != nil:
		content = m.page.View()
	}
	v := tea.NewView(kit.FitScreen(m.sh.Styles.App.Render(content), m.sh.Width, m.sh.Height))
	v.AltScreen = true
	v.WindowTitle = "debrief"
	return v
}
