package interview

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// detailMode is what the keys of the interview's page do at the moment.
type detailMode int

const (
	detailReading detailMode = iota
	detailConfirm            // asking before a deletion
	detailPicking            // choosing the answer to change
	detailEditing            // changing one answer
	detailTagging            // typing tags to add
)

// Page shows one interview in full, scrollable, with keys to move to
// the next or previous one of the list, change an answer, tag, and delete.
type Page struct {
	sh *kit.Context
	id uint64
	// list is the list of interviews the page was opened from, nil when
	// it was not.
	list kit.InterviewList
	iv   *journal.Interview // nil until loaded
	err  string
	view viewport.Model
	// laidOut is the width the page was laid out for; 0 when the content
	// must be laid out again.
	laidOut  int
	mode     detailMode
	showHelp bool

	choices  []editChoice   // the answers that can be changed
	choice   int            // the one picked
	input    kit.FieldInput // the answer being changed
	inputErr string
	// dateAsked is an interview date after today the user was asked
	// about; saving it again keeps it.
	dateAsked journal.Date
	// keep keeps the answer being typed in a draft (see edit_keep.go);
	// original is the answer as the box opened, and dropAsked is set once
	// esc asked whether to drop a change.
	keep      answerKeep
	original  string
	dropAsked bool
	// opening is set while the box reads the answer again (see
	// answer_open.go); stored is the answer as stored then, keepNote says
	// the box holds a change not saved yet, and overwrite is set once the
	// user was told another debrief changed the answer meanwhile: enter
	// then saves over it, a moment after the telling (warning).
	opening      bool
	stored       string
	keepNote     string
	overwrite    bool
	warning      kit.ClashWarning
	conflictNote string
	tags         textinput.Model
}

// detailLoadedMsg carries the interview the page shows.
type detailLoadedMsg struct {
	id  uint64
	iv  *journal.Interview
	err error
}

func New(sh *kit.Context, id uint64, list kit.InterviewList) *Page {
	p := &Page{sh: sh, id: id, list: list, view: viewport.New()}
	p.view.MouseWheelEnabled = false
	p.tags = textinput.New()
	p.tags.Prompt = "tags: "
	p.tags.Placeholder = "remote, referral"
	p.tags.CharLimit = 300
	st := p.tags.Styles()
	st.Cursor.Blink = false
	p.tags.SetStyles(st)
	return p
}

// Init loads the interview.
func (p *Page) Init() tea.Cmd { return p.load() }

func (p *Page) load() tea.Cmd {
	j, id := p.sh.Journal, p.id
	return func() tea.Msg {
		iv, err := j.Interview(id)
		return detailLoadedMsg{id: id, iv: iv, err: err}
	}
}

// refreshListRow brings the list's row of the interview in step with what
// was just read: a debrief in another terminal may have changed it, or
// deleted it, since the list was loaded.
func (p *Page) refreshListRow(msg detailLoadedMsg) {
	if p.list == nil {
		return
	}
	switch {
	case msg.iv != nil:
		p.list.Refresh(msg.iv)
	case journal.ErrorCode(msg.err) == journal.ENotFound:
		p.list.Remove(msg.id)
	}
}

// Update handles the loaded interview, changes, the editor and keys.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case detailLoadedMsg:
		if msg.id != p.id {
			return nil // the page moved on meanwhile
		}
		p.err = journal.ErrorMessage(msg.err)
		p.iv = msg.iv
		p.refreshListRow(msg)
		p.laidOut = 0
		p.view.GotoTop()
		p.layout()
	case kit.InterviewChangedMsg:
		return p.changed(msg)
	case answerOpenedMsg:
		return p.answerOpened(msg)
	case answerConflictMsg:
		return p.answerConflict(msg)
	case answerKeptMsg:
		return p.answerKept(msg)
	case answerDroppedMsg:
		return p.answerDropped(msg)
	case kit.ClashReadMsg:
		p.warning.Read(msg)
		return nil
	case kit.AutosaveMsg:
		if p.keep.auto.Due(msg) && p.keepsText() && p.keep.dirty {
			return p.saveKept()
		}
	case kit.EditorDoneMsg:
		if p.mode == detailEditing && msg.Err == nil {
			p.input.SetText(msg.Text)
			return p.answerChanged()
		} else if msg.Err != nil {
			return p.sh.SetStatus(journal.ErrorMessage(msg.Err), true)
		}
	case tea.WindowSizeMsg:
		p.laidOut = 0
		p.layout()
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	case tea.PasteMsg:
		if p.mode == detailEditing {
			cmd, changed := p.input.Update(msg, p.sh.Keys.Reflect)
			if changed {
				return tea.Batch(cmd, p.answerChanged())
			}
			return cmd
		}
	}
	return nil
}

// changed follows a change to an interview: the page shows the saved one,
// and leaves for the list when its interview was deleted.
func (p *Page) changed(msg kit.InterviewChangedMsg) tea.Cmd {
	if msg.Err != nil {
		return nil // the root showed the error; an edit stays open to retry
	}
	switch {
	case msg.Kind == kit.ChangeDeleted && msg.Interview.ID == p.id:
		// Back where the page was opened from; the list keeps its
		// selection where this interview was, which is now the next one.
		return p.sh.Back()
	case msg.Kind == kit.ChangeUpdated && msg.Interview.ID == p.id:
		iv := msg.Interview
		p.iv = &iv
		if p.mode == detailEditing {
			p.keep.auto.Stop()
			p.keep = answerKeep{}
		}
		p.mode = detailReading
		p.laidOut = 0
		p.layout()
	}
	return nil
}

func (p *Page) handleKey(k tea.KeyPressMsg) tea.Cmd {
	switch p.mode {
	case detailConfirm:
		p.mode = detailReading
		if k.String() == "y" || k.String() == "Y" {
			return kit.DeleteInterview(p.sh.Journal, p.id)
		}
		return p.sh.SetStatus("Kept.", false)
	case detailPicking:
		return p.pickKey(k)
	case detailEditing:
		return p.editKey(k)
	case detailTagging:
		return p.tagKey(k)
	}
	keys := p.sh.Keys.Detail
	if p.showHelp {
		p.showHelp = false
		if key.Matches(k, keys.Help) || key.Matches(k, keys.Back) {
			return nil
		}
	}
	switch {
	case kit.ScrollView(&p.view, p.sh.Keys.Scroll, k):
	case key.Matches(k, keys.Next):
		return p.step(1)
	case key.Matches(k, keys.Previous):
		return p.step(-1)
	case key.Matches(k, keys.Back):
		return p.sh.Back()
	case key.Matches(k, keys.Quit):
		return tea.Quit
	case key.Matches(k, keys.Undo):
		return kit.Undo()
	case key.Matches(k, keys.Help):
		p.showHelp = true
	case p.iv == nil:
		// The keys below act on the interview.
	case key.Matches(k, keys.Edit):
		p.startPicking()
	case key.Matches(k, keys.Reflow):
		return kit.EditInterview(p.sh, p.id, -1)
	case key.Matches(k, keys.Tag):
		p.mode = detailTagging
		p.tags.Reset()
		return p.tags.Focus()
	case key.Matches(k, keys.Delete):
		p.mode = detailConfirm
	case key.Matches(k, keys.Outcome):
		return p.sh.Navigate(kit.ScreenOutcome, p.id)
	case key.Matches(k, keys.Feedback):
		return p.sh.Navigate(kit.ScreenFeedback, p.id)
	case key.Matches(k, keys.Decision):
		return kit.StartDecisionFlow(p.sh.Journal, p.id)
	}
	return nil
}

// step shows the next (1) or previous (-1) interview in the list's order.
func (p *Page) step(dir int) tea.Cmd {
	b := p.list
	if b == nil {
		return p.sh.SetStatus("Open the list to move between interviews.", false)
	}
	next := b.Neighbour(p.id, dir)
	if next == 0 {
		end := "last"
		if dir < 0 {
			end = "first"
		}
		return p.sh.SetStatus("This is the "+end+" interview in the list.", false)
	}
	b.Select(next)
	p.id = next
	return p.load()
}

// layout fits the page to the window and lays out the interview again
// when the width changed.
func (p *Page) layout() {
	width := p.contentWidth()
	p.view.SetWidth(width)
	p.view.SetHeight(max(1, p.sh.Height-2-p.footerHeight()))
	if p.iv != nil && p.laidOut != width {
		p.view.SetContent(interviewPage(p.iv, p.sh.Set, p.sh.Styles, width))
		p.laidOut = width
	}
}

// contentWidth is the width the interview is laid out at: the window, but
// not so wide that lines become hard to read.
func (p *Page) contentWidth() int { return max(30, min(p.sh.Width-2, 100)) }

// position says where the interview is in the list, such as "3 of 37".
func (p *Page) position() string {
	if p.list == nil {
		return ""
	}
	return p.list.Position(p.id)
}

// ID is the interview the page shows now; n and p change it.
func (p *Page) ID() uint64 { return p.id }

// Loading reports whether the interview, or the answer whose box opens,
// is still being read (see kit.Loader).
func (p *Page) Loading() bool { return (p.iv == nil && p.err == "") || p.opening }
