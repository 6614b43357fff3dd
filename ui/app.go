package ui

import (
	"os"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/flow"
	"github.com/debrief-journal/debrief/ui/home"
	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/list"
)

// Model is the root model of the app.
type Model struct {
	sh      *kit.Context
	screen  kit.ScreenID
	home    *home.Model
	reflect flow.Model
	page    kit.Screen // the open screen when it is neither home nor reflect
	opts    Options
	quit    bool
	// signalled is set once a signal asked the app to end (see
	// signal_quit.go).
	signalled bool
	// keeping is set while the open screen saves what was typed in its box
	// before the app ends; keepFailed once that failed, so that ctrl+c
	// again ends the app without it (see keep_typed.go).
	keeping, keepFailed bool
	// keepErr is why the last keep failed; unkept is why words typed were
	// lost when the app ended (see Unkept).
	keepErr, unkept error
	// held are keys waiting for the screen to load; holds counts the
	// times keys were held (see key_hold.go).
	held  []tea.Msg
	holds int
	// claiming is set while a draft is being claimed for the flow, so that
	// keys typed meanwhile wait for it (see flow_claim.go).
	claiming bool
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
	browse *list.Page
	// followUp is the follow-up whose message the follow-ups screen opens
	// on (NavigateMsg.FollowUp).
	followUp string
	// theme is the theme the drill opens on (NavigateMsg.Theme).
	theme string
	// homeRead is what home shows, read before Init (see readHome).
	homeRead tea.Msg
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
	m := &Model{sh: sh, opts: opts, theme: opts.DrillTheme}
	sh.Practice = practiceOf(opts.Journal, opts.Report)
	sh.Line, sh.Requests = &m.line, &kit.Requests{}
	sh.CanUndo = func() bool { return len(m.deleted) > 0 }
	m.home = home.New(sh, opts.Start == StartNew)
	return m
}

// Init loads the first screen's data.
func (m *Model) Init() tea.Cmd {
	cmds := []tea.Cmd{m.startHome()}
	if to, ok := startScreens[m.opts.Start]; ok {
		cmds[0] = m.open(to, 0)
	}
	if m.opts.QueryBackground {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	cmds = append(cmds, keptEditorNotice(m.sh, m.opts.Getenv))
	return tea.Batch(cmds...)
}

// Update handles msg, unless it is a key held for a screen still loading
// (see key_hold.go), and then the keys held, once the screen has loaded.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if held, limit := m.hold(msg); held {
		return m, limit
	}
	if r, ok := msg.(releaseHeldMsg); ok {
		return m, tea.Batch(m.release(r.hold == m.holds)...)
	}
	if _, ok := msg.(signalMsg); ok {
		return m, m.endOnSignal()
	}
	cmds := append([]tea.Cmd{m.handle(msg)}, m.release(false)...)
	if m.signalled {
		cmds = append(cmds, m.leaveOnSignal())
	}
	return m, tea.Batch(cmds...)
}

// handle handles msg, and then what the screens asked of the root while
// handling it (see kit.Requests), before any message that came after.
func (m *Model) handle(msg tea.Msg) tea.Cmd {
	cmds := []tea.Cmd{m.update(msg)}
	for asked := m.sh.Requests.Take(); len(asked) > 0; asked = m.sh.Requests.Take() {
		for _, r := range asked {
			cmds = append(cmds, m.update(r))
		}
	}
	return tea.Batch(cmds...)
}

// update handles global messages first, then routes to the screen.
func (m *Model) update(msg tea.Msg) tea.Cmd {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		defer m.keyHandled()
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.sh.Width, m.sh.Height = msg.Width, msg.Height
		if m.screen == kit.ScreenReflect {
			m.reflect.Resize()
		}
		if m.page != nil {
			return m.page.Update(msg)
		}
		return nil
	case tea.BackgroundColorMsg:
		m.sh.Styles = kit.NewStyles(msg.IsDark())
		return nil
	case kit.StatusClearMsg:
		if msg.ID == m.line.ID() {
			m.line.Clear()
		}
		return nil
	case kit.StatusMsg:
		id := m.line.Set(msg.Text, msg.Err)
		return m.sh.Tick(kit.StatusTimeout, func(time.Time) tea.Msg { return kit.StatusClearMsg{ID: id} })
	case kit.ClearStatusMsg:
		m.line.Clear()
		return nil
	case kit.UndoMsg:
		return m.undoDelete()
	case kit.QuitMsg:
		m.quit = true
		return tea.Quit
	case kit.OpenFlowMsg:
		return m.startReflection(msg.Draft)
	case draftClaimedMsg:
		return m.draftClaimed(msg)
	case kit.FlowDoneMsg:
		if msg.Quit {
			m.quit = true
			return tea.Quit
		}
		if cmd, ok := m.leaveEdit(msg); ok {
			return cmd
		}
		if cmd, ok := m.leaveFlow(msg); ok {
			return cmd
		}
		m.screen, m.trail = kit.ScreenHome, nil
		m.reflect.Close() // stop the autosave ticks of the flow that ended
		var status tea.Cmd
		if msg.Paused {
			status = m.sh.SetStatus("Draft kept. Resume it any time from here.", false)
		}
		return tea.Batch(m.home.Init(), status)
	case kit.EditorReadyMsg:
		return kit.RunEditor(m.sh.Editor, msg, m.opts.Report, m.opts.editor)
	case kit.NavigateMsg:
		if msg.To == kit.ScreenBrowse && msg.Filter != "" {
			// A fresh list opens with the filter it was asked for.
			m.opts.BrowseQuery = msg.Filter
		}
		m.theme, m.followUp = msg.Theme, msg.FollowUp
		return m.open(msg.To, msg.ID)
	case kit.BackMsg:
		return m.goBackCmd()
	case kit.InterviewChangedMsg:
		return m.interviewChanged(msg)
	case kit.EditInterviewMsg:
		return m.startEdit(msg)
	case kit.SearchMsg:
		return m.openSearch()
	case kit.EditSavedMsg:
		return m.finishEdit(msg)
	case kit.ReviewSavedMsg:
		return m.reviewSaved(msg)
	case kit.KeptMsg:
		return m.kept(msg)
	}
	if m.ignoredWhileTooSmall(msg) {
		return nil
	}
	if k, ok := msg.(tea.KeyPressMsg); ok && m.screen == kit.ScreenHome && key.Matches(k, m.sh.Keys.Global.Quit) {
		m.quit = true
		return tea.Quit
	}
	if m.keeperQuitKey(msg) {
		return m.quitKeeping()
	}
	if _, ok := msg.(tea.KeyPressMsg); ok {
		m.keepFailed = false
	}
	if m.keysPageKey(msg) {
		return nil
	}
	switch {
	case m.screen == kit.ScreenReflect:
		return m.reflect.Update(msg)
	case m.screen == kit.ScreenHome:
		return m.home.Update(msg)
	case m.page != nil:
		return m.page.Update(msg)
	}
	return nil
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
