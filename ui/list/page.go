package list

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// inputMode is what the keys of the list do at the moment.
type inputMode int

const (
	modeNormal  inputMode = iota // moving through the rows
	modeTyping                   // typing in the filter
	modeConfirm                  // asking before a deletion
	modeTagging                  // typing tags for the selected row
)

// Page lists every interview, newest first, filtered as the user
// types. It opens on the summary index and draws at once; the text of every
// answer loads in the background, and free words search it once it is in.
// It lives in the shared state while the detail page is open, so coming back
// finds the filter, order and selection as they were.
type Page struct {
	sh    *kit.Context
	list  *rowList // nil until the summaries arrive
	err   string
	input textinput.Model
	mode  inputMode
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
	// partOf is the number of interviews in all while the list holds only
	// the first page of them, and 0 once it holds every one.
	partOf  int
	preview previewPane
}

func New(sh *kit.Context, query string) *Page {
	p := &Page{sh: sh}
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

// Update handles loaded data, changes and keys.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	if cmd, ok := p.loadStep(msg); ok {
		return cmd
	}
	switch msg := msg.(type) {
	case previewMsg:
		p.setPreview(msg)
		return nil
	case kit.InterviewChangedMsg:
		return p.changed(msg)
	case tea.WindowSizeMsg:
		p.clampCursor() // fewer rows may fit: keep the selection in view
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	case tea.PasteMsg:
		if p.mode == modeTyping {
			return p.pasteFilter(msg)
		}
	}
	return nil
}

// matchCount is how many rows the filter lets through.
func (p *Page) matchCount() int {
	if p.list == nil {
		return 0
	}
	return len(p.list.matches)
}

// selectedID is the ID of the selected interview, or 0.
func (p *Page) selectedID() uint64 {
	if p.cursor < 0 || p.cursor >= p.matchCount() {
		return 0
	}
	return p.list.at(p.cursor).Summary.ID
}

// selectByID moves the selection to an interview when it is shown.
func (p *Page) selectByID(id uint64) {
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
func (p *Page) neighbour(id uint64, step int) uint64 {
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
func (p *Page) clampCursor() {
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

// Neighbour returns the interview before or after id (see InterviewList).
func (p *Page) Neighbour(id uint64, step int) uint64 { return p.neighbour(id, step) }

// Select moves the selection to an interview (see InterviewList).
func (p *Page) Select(id uint64) { p.selectByID(id) }

// Position says where an interview is in the list (see InterviewList).
func (p *Page) Position(id uint64) string {
	if p.list == nil {
		return ""
	}
	i := p.list.indexOf(id)
	if i < 0 {
		return ""
	}
	return kit.Thousands(i+1) + " of " + kit.Thousands(len(p.list.matches))
}

// Refresh brings an interview's row up to date (see InterviewList).
func (p *Page) Refresh(iv *journal.Interview) {
	if p.list != nil {
		p.list.refresh(iv)
	}
}

// Remove drops an interview's row (see InterviewList).
func (p *Page) Remove(id uint64) {
	if p.list != nil {
		p.list.remove(id)
	}
}

// Loading reports whether the list of interviews is still being read (see kit.Loader).
func (p *Page) Loading() bool { return p.list == nil && p.err == "" }
