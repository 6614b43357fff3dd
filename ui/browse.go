package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// browseMode is what the keys of the list do at the moment.
type browseMode int

const (
	browseNormal  browseMode = iota // moving through the rows
	browseTyping                    // typing in the filter
	browseConfirm                   // asking before a deletion
	browseTagging                   // typing tags for the selected row
)

// browsePage lists every interview, newest first, filtered as the user
// types. It opens on the summary index and draws at once; the text of every
// answer loads in the background, and free words search it once it is in.
// It lives in the shared state while the detail page is open, so coming back
// finds the filter, order and selection as they were.
type browsePage struct {
	sh    *shared
	list  *browseList // nil until the summaries arrive
	err   string
	input textinput.Model
	mode  browseMode
	tags  textinput.Model // the tags being added

	cursor, offset int // the selected match and the first match drawn
	// loaded keeps the summaries the list opened on until the background
	// work that prepares them starts.
	loaded       []journal.Summary
	textsLoading bool
	showHelp     bool
	// selectID is selected once the summaries arrive.
	selectID uint64
	// quitOnLeave is set when the app was started on the list.
	quitOnLeave bool
	preview     browsePreview
}

// browseLoadedMsg carries the summaries the list opens on.
type browseLoadedMsg struct {
	sums []journal.Summary
	err  error
}

// browseStartMsg starts the background work once the first rows are on
// screen, so it does not compete with drawing them.
type browseStartMsg struct{}

// browsePreparedMsg carries the candidates prepared in the background.
type browsePreparedMsg struct{ cands []journal.Candidate }

// backgroundDelay leaves the first frame time to reach the screen.
const backgroundDelay = 30 * time.Millisecond

// browseTextsMsg carries the lower-cased text of every interview and the
// index of their words.
type browseTextsMsg struct {
	texts []idText
	index *journal.TextIndex
	err   error
}

// searchMsg opens the list with the keys in its filter (/ on home).
type searchMsg struct{}

func newBrowsePage(sh *shared, query string) *browsePage {
	p := &browsePage{sh: sh}
	p.input = textinput.New()
	p.input.Prompt = "/ "
	p.input.Placeholder = "type words, or stage:final outcome:rejected tag:remote since:2025-01"
	p.input.CharLimit = 500
	st := p.input.Styles()
	st.Cursor.Blink = false
	p.input.SetStyles(st)
	p.input.SetValue(query)
	p.tags = textinput.New()
	p.tags.Prompt = "tags: "
	p.tags.Placeholder = "remote, referral"
	p.tags.CharLimit = 300
	p.tags.SetStyles(st)
	return p
}

// Init loads the summaries the first time the list opens.
func (p *browsePage) Init() tea.Cmd {
	if p.list != nil {
		return nil
	}
	j := p.sh.journal
	return func() tea.Msg {
		sums, err := j.Summaries()
		return browseLoadedMsg{sums: sums, err: err}
	}
}

// loadTexts reads the text of every interview in a command.
func (p *browsePage) loadTexts() tea.Cmd {
	j := p.sh.journal
	return func() tea.Msg {
		var texts []idText
		index := journal.NewTextIndex(nil)
		err := j.EachInterview(func(iv *journal.Interview) error {
			t := iv.SearchText()
			texts = append(texts, idText{id: iv.ID, text: t})
			index.Add(t)
			return nil
		})
		return browseTextsMsg{texts: texts, index: index, err: err}
	}
}

// Update handles loaded data, changes and keys.
func (p *browsePage) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case browseLoadedMsg:
		if msg.err != nil {
			p.err = journal.ErrorMessage(msg.err)
			return nil
		}
		p.list = newBrowseList(msg.sums)
		p.list.setQuery(p.input.Value())
		if p.selectID != 0 {
			p.selectByID(p.selectID)
		}
		p.textsLoading = true
		p.loaded = msg.sums
		return tea.Tick(backgroundDelay, func(time.Time) tea.Msg { return browseStartMsg{} })
	case browseStartMsg:
		sums := p.loaded
		p.loaded = nil
		prepare := func() tea.Msg { return browsePreparedMsg{cands: prepareCandidates(sums)} }
		return tea.Batch(prepare, p.loadTexts(), p.previewCmd())
	case browsePreparedMsg:
		if p.list != nil {
			p.list.adopt(msg.cands)
		}
		return nil
	case browseTextsMsg:
		p.textsLoading = false
		if msg.err != nil {
			return p.sh.setStatus("Only company and role are searched: "+journal.ErrorMessage(msg.err), true)
		}
		if p.list != nil {
			id := p.selectedID()
			p.list.setTexts(msg.texts, msg.index)
			p.selectByID(id)
		}
		return p.previewCmd()
	case browsePreviewMsg:
		p.setPreview(msg)
		return nil
	case interviewChangedMsg:
		return p.changed(msg)
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	}
	return nil
}

func (p *browsePage) handleKey(k tea.KeyPressMsg) tea.Cmd {
	switch p.mode {
	case browseTyping:
		return p.typingKey(k)
	case browseConfirm:
		return p.confirmKey(k)
	case browseTagging:
		return p.taggingKey(k)
	}
	keys := p.sh.keys.Browse
	if p.showHelp {
		p.showHelp = false
		if key.Matches(k, keys.Help) || key.Matches(k, keys.Back) {
			return nil
		}
	}
	if cmd, ok := p.moveKey(k); ok {
		return cmd
	}
	switch {
	case key.Matches(k, keys.Filter):
		p.mode = browseTyping
		return p.input.Focus()
	case key.Matches(k, keys.Open):
		if id := p.selectedID(); id != 0 {
			return navigate(screenDetail, id)
		}
	case key.Matches(k, keys.Sort):
		return p.toggleSort()
	case key.Matches(k, keys.Tag):
		if p.selectedID() != 0 {
			p.mode = browseTagging
			p.tags.Reset()
			return p.tags.Focus()
		}
	case key.Matches(k, keys.Edit):
		if id := p.selectedID(); id != 0 {
			return editInterview(p.sh.journal, id, 0)
		}
	case key.Matches(k, keys.Delete):
		if p.selectedID() != 0 {
			p.mode = browseConfirm
		}
	case key.Matches(k, keys.Undo):
		return undoDelete(p.sh)
	case key.Matches(k, keys.Help):
		p.showHelp = true
	case key.Matches(k, keys.Back):
		if p.input.Value() != "" {
			p.input.SetValue("")
			return p.queryChanged()
		}
		return p.leave()
	case key.Matches(k, keys.Quit):
		return tea.Quit
	}
	return nil
}

// leave goes home, or quits when the app was opened on the list.
func (p *browsePage) leave() tea.Cmd {
	if p.quitOnLeave {
		return tea.Quit
	}
	return navigate(screenHome, 0)
}

// moveKey handles the keys that move the selection, in every mode that
// shows the rows.
func (p *browsePage) moveKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	keys := p.sh.keys.Browse
	n := p.matchCount()
	page := max(1, p.rowsShown()-1)
	typing := p.mode == browseTyping
	switch {
	case typing && (k.String() == "up" || k.String() == "ctrl+p"), !typing && key.Matches(k, keys.Up):
		p.cursor--
	case typing && (k.String() == "down" || k.String() == "ctrl+n"), !typing && key.Matches(k, keys.Down):
		p.cursor++
	case typing && k.String() == "pgup", !typing && key.Matches(k, keys.PageUp):
		p.cursor -= page
	case typing && k.String() == "pgdown", !typing && key.Matches(k, keys.PageDn):
		p.cursor += page
	case !typing && key.Matches(k, keys.Top):
		p.cursor = 0
	case !typing && key.Matches(k, keys.Bottom):
		p.cursor = n - 1
	default:
		return nil, false
	}
	p.clampCursor()
	return p.previewCmd(), true
}

func (p *browsePage) typingKey(k tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := p.moveKey(k); ok {
		return cmd
	}
	switch k.String() {
	case "enter":
		p.mode = browseNormal
		p.input.Blur()
		if id := p.selectedID(); id != 0 {
			return navigate(screenDetail, id)
		}
		return nil
	case "esc", "tab":
		p.mode = browseNormal
		p.input.Blur()
		return nil
	case "ctrl+c":
		return tea.Quit
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(k)
	return tea.Batch(cmd, p.queryChanged())
}

// queryChanged filters by what the input holds and goes back to the top.
func (p *browsePage) queryChanged() tea.Cmd {
	if p.list == nil || p.list.raw == p.input.Value() {
		return nil
	}
	p.list.setQuery(p.input.Value())
	p.cursor, p.offset = 0, 0
	return p.previewCmd()
}

func (p *browsePage) toggleSort() tea.Cmd {
	if p.list == nil {
		return nil
	}
	id := p.selectedID()
	next := journal.SortByCompany
	if p.list.order == journal.SortByCompany {
		next = journal.SortByDate
	}
	p.list.setOrder(next)
	p.selectByID(id)
	return p.sh.setStatus("Sorted by "+next.String()+".", false)
}

func (p *browsePage) confirmKey(k tea.KeyPressMsg) tea.Cmd {
	p.mode = browseNormal
	if k.String() != "y" && k.String() != "Y" {
		return p.sh.setStatus("Kept.", false)
	}
	return deleteInterview(p.sh.journal, p.selectedID())
}

func (p *browsePage) taggingKey(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "enter":
		p.mode = browseNormal
		p.tags.Blur()
		return addTags(p.sh.journal, p.selectedID(), splitTags(p.tags.Value()))
	case "esc", "ctrl+c":
		p.mode = browseNormal
		p.tags.Blur()
		return nil
	}
	var cmd tea.Cmd
	p.tags, cmd = p.tags.Update(k)
	return cmd
}

// changed follows a saved, deleted or restored interview (the shared state
// was already brought up to date by the root).
func (p *browsePage) changed(msg interviewChangedMsg) tea.Cmd {
	if msg.err == nil && msg.kind != changeDeleted {
		p.selectByID(msg.iv.ID)
	}
	p.clampCursor()
	return p.previewCmd()
}

// matchCount is how many rows the filter lets through.
func (p *browsePage) matchCount() int {
	if p.list == nil {
		return 0
	}
	return len(p.list.matches)
}

// selectedID is the ID of the selected interview, or 0.
func (p *browsePage) selectedID() uint64 {
	if p.cursor < 0 || p.cursor >= p.matchCount() {
		return 0
	}
	return p.list.at(p.cursor).Summary.ID
}

// selectByID moves the selection to an interview when it is shown.
func (p *browsePage) selectByID(id uint64) {
	if p.list == nil {
		p.selectID = id
		return
	}
	if i := p.list.indexOf(id); i >= 0 {
		p.cursor = i
	}
	p.clampCursor()
}

// neighbour returns the interview before (step -1) or after (step 1) id in
// the list's current order, or 0 at either end.
func (p *browsePage) neighbour(id uint64, step int) uint64 {
	if p.list == nil {
		return 0
	}
	i := p.list.indexOf(id)
	if i < 0 || i+step < 0 || i+step >= len(p.list.matches) {
		return 0
	}
	return p.list.at(i + step).Summary.ID
}

// clampCursor keeps the selection on a row and in view.
func (p *browsePage) clampCursor() {
	n := p.matchCount()
	p.cursor = max(0, min(p.cursor, n-1))
	rows := p.rowsShown()
	if p.cursor < p.offset {
		p.offset = p.cursor
	}
	if p.cursor >= p.offset+rows {
		p.offset = p.cursor - rows + 1
	}
	p.offset = max(0, min(p.offset, n-rows))
}
