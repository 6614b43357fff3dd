// Package stories is the story bank: the stories the user tells in the
// shape interviewers listen for, the recurring themes with no story yet,
// and a warning when one story answers several questions of one
// interview.
package stories

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"

	"github.com/debrief-journal/debrief/ui/kit"
)

// loadedMsg carries the stories and, when whole, what the interviews give
// the bank: the recurring themes and the stories noted as left out.
type loadedMsg struct {
	stories []journal.Story
	whole   bool
	themes  []string
	noted   []practice.LeftOut
	err     error
	// status is what the status line says once the stories show.
	status      string
	statusIsErr bool
}

// deletedMsg says a story was deleted.
type deletedMsg struct {
	title string
	err   error
}

// Page is the story bank: a list, or the form of one story.
type Page struct {
	sh      *kit.Context
	loaded  bool
	err     string
	stories []journal.Story
	gaps    []string
	leftOut []practice.LeftOut
	// themes and noted are what the interviews gave (see loadedMsg),
	// read when the bank opens: saving a story does not change them.
	themes   []string
	noted    []practice.LeftOut
	overused []practice.Overused // of stories, worked out as they load
	selected int
	confirm  bool  // x was pressed: y deletes the selected story
	form     *form // the story open, nil on the list
	// auto paces keeping what is typed in the form; saving is set while a
	// write of it is on its way, next is the write waiting for it; keep
	// asks for kit.KeptMsg once all is kept; failed is set once a failed
	// autosave said so (see keep.go).
	auto   kit.Autosave
	saving bool
	next   writeOp
	keep   bool
	failed bool
}

// New builds the story bank.
func New(sh *kit.Context) *Page { return &Page{sh: sh} }

// Init reads the stories, and from the interviews the recurring themes
// and the stories noted as left out.
func (p *Page) Init() tea.Cmd {
	pr, now := p.sh.Practice, p.sh.Now()
	return func() tea.Msg {
		if pr == nil {
			return loadedMsg{}
		}
		stories, err := pr.Stories()
		if err != nil {
			return loadedMsg{err: err}
		}
		ivs, err := pr.Interviews()
		if err != nil {
			return loadedMsg{err: err}
		}
		msg := loadedMsg{stories: stories, whole: true, noted: practice.LeftOutOf(ivs...)}
		for _, th := range insight.AnalyzeAt(ivs, now).Themes {
			msg.themes = append(msg.themes, th.Label)
		}
		return msg
	}
}

// reload reads the stories again after one was saved, deleted or started:
// the interviews, which take far longer to read, are as they were. status,
// when given, shows with the stories as they now are.
func (p *Page) reload(status string, isErr bool) tea.Cmd {
	pr := p.sh.Practice
	return func() tea.Msg {
		stories, err := pr.Stories()
		return loadedMsg{stories: stories, err: err, status: status, statusIsErr: isErr}
	}
}

// Update handles loaded data, saves and keys.
func (p *Page) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case loadedMsg:
		p.loaded = true
		p.err = journal.ErrorMessage(msg.err)
		var status tea.Cmd
		if msg.status != "" {
			status = p.sh.SetStatus(msg.status, msg.statusIsErr)
		}
		if msg.err != nil {
			return status
		}
		if msg.whole {
			p.themes, p.noted = msg.themes, msg.noted
		}
		p.stories = msg.stories
		p.gaps, p.leftOut = practice.ThemesWithoutStory(p.themes, p.stories), practice.NotInBank(p.noted, p.stories)
		p.overused = practice.OverusedStories(p.stories)
		p.selected = min(p.selected, max(0, len(p.stories)-1))
		return status
	case savedMsg:
		return p.saved(msg)
	case droppedMsg:
		return p.dropped(msg)
	case kit.AutosaveMsg:
		return p.autosaveDue(msg)
	case kit.ClashReadMsg:
		if p.form != nil {
			p.form.warning.Read(msg)
		}
	case deletedMsg:
		if msg.err != nil {
			return p.sh.SetStatus("Not deleted: "+journal.ErrorMessage(msg.err), true)
		}
		said := "Deleted the story " + msg.title
		if !strings.HasSuffix(said, "…") {
			said += "."
		}
		return p.reload(said, false)
	case startedMsg:
		return p.started(msg)
	case tea.PasteMsg:
		if p.form != nil && !p.form.closing {
			return p.typed(msg)
		}
	case tea.KeyPressMsg:
		if p.form != nil {
			return p.formKey(msg)
		}
		return p.listKey(msg)
	}
	return nil
}

// listKey handles a key on the list.
func (p *Page) listKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.Stories
	confirm := p.confirm
	p.confirm = false
	switch {
	case key.Matches(k, keys.Back):
		return p.sh.Back()
	case key.Matches(k, keys.Quit):
		return kit.Quit()
	case !p.loaded || p.sh.Practice == nil:
		return nil
	case key.Matches(k, keys.New):
		p.openForm(journal.Story{})
	case key.Matches(k, keys.FromLeftOut) && len(p.leftOut) > 0:
		return p.startLeftOut()
	case len(p.stories) == 0:
		return nil
	case key.Matches(k, keys.Up):
		p.selected = max(0, p.selected-1)
	case key.Matches(k, keys.Down):
		p.selected = min(len(p.stories)-1, p.selected+1)
	case key.Matches(k, keys.Open):
		p.openForm(p.stories[p.selected])
	case key.Matches(k, keys.Delete):
		p.confirm = true
	case confirm && key.Matches(k, keys.Confirm):
		st, pr := p.stories[p.selected], p.sh.Practice
		return func() tea.Msg {
			_, err := pr.DeleteStory(st.ID)
			return deletedMsg{title: partRow(st.Title, 40), err: err}
		}
	}
	return nil
}

// openForm opens the form of st, a story of the bank or a new one.
func (p *Page) openForm(st journal.Story) {
	p.form = newForm(st, p.sh)
	p.failed = false
}

// formKey handles a key in the form of a story.
func (p *Page) formKey(k tea.KeyPressMsg) tea.Cmd {
	if p.form.closing {
		// The form closes once its save or drop lands.
		return nil
	}
	keys := p.sh.Keys.Stories
	leaving := p.form.leaving
	p.form.leaving = false
	switch {
	case key.Matches(k, keys.Cancel):
		if !leaving && p.form.changed() {
			p.form.leaving = true
			return nil
		}
		return p.drop()
	case key.Matches(k, keys.Next):
		p.form.move(1, p.sh)
		return nil
	case key.Matches(k, keys.Prev):
		p.form.move(-1, p.sh)
		return nil
	case key.Matches(k, keys.Save):
		st := p.form.story()
		if strings.TrimSpace(st.Title) == "" {
			return p.sh.SetStatus("A story needs a title; write one first.", true)
		}
		if held := p.form.heldNames(); len(held) > 0 && p.form.warning.TooSoon() {
			// Pressed to save as usual, as the warning came: not an answer to it.
			return p.sh.SetStatus(notSavedOver(held), true)
		}
		p.form.closing = true
		p.auto.Stop()
		return p.write(opFinish)
	}
	return p.typed(k)
}

// Loading reports whether the stories are still being read (see
// kit.Loader).
func (p *Page) Loading() bool { return !p.loaded }
