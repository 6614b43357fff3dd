package list

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

// firstPageMsg carries the newest summaries, which the list draws
// while the whole index loads.
type firstPageMsg struct {
	sums  []journal.Summary
	total int
	err   error
}

// loadedMsg carries every summary.
type loadedMsg struct {
	sums []journal.Summary
	err  error
}

// firstPage is how many summaries the list reads before drawing: more than
// a tall window shows.
const firstPage = 200

// startMsg starts the background work once the first rows are on
// screen, so it does not compete with drawing them.
type startMsg struct{}

// preparedMsg carries the candidates prepared in the background.
type preparedMsg struct{ cands []query.Candidate }

// backgroundDelay leaves the first frame time to reach the screen.
const backgroundDelay = 30 * time.Millisecond

// textsMsg carries the lower-cased text of every interview and the
// index of their words.
type textsMsg struct {
	texts []idText
	index *query.TextIndex
	err   error
}

// Init loads the newest summaries the first time the list opens.
func (p *Page) Init() tea.Cmd {
	if p.list != nil {
		return nil
	}
	j := p.sh.Journal
	return func() tea.Msg {
		sums, total, err := j.RecentSummaries(firstPage)
		return firstPageMsg{sums: sums, total: total, err: err}
	}
}

// loadAll reads every summary in a command.
func (p *Page) loadAll() tea.Cmd {
	j := p.sh.Journal
	return func() tea.Msg {
		sums, err := j.Summaries()
		return loadedMsg{sums: sums, err: err}
	}
}

// loadTexts reads the text of every interview in a command.
func (p *Page) loadTexts() tea.Cmd {
	j := p.sh.Journal
	return func() tea.Msg {
		var texts []idText
		index := query.NewTextIndex(nil)
		err := j.EachInterview(func(iv *journal.Interview) error {
			t := iv.SearchText()
			texts = append(texts, idText{id: iv.ID, text: t})
			index.Add(t)
			return nil
		})
		return textsMsg{texts: texts, index: index, err: err}
	}
}

// loadStep takes the list one step further in loading: the first page,
// every summary, the background work, prepared candidates, the answers. It
// reports false for any other message.
func (p *Page) loadStep(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case firstPageMsg:
		if msg.err != nil {
			p.err = journal.ErrorMessage(msg.err)
			return nil, true
		}
		if msg.total <= len(msg.sums) {
			return p.loadStep(loadedMsg{sums: msg.sums})
		}
		p.partOf = msg.total
		p.list = newBrowseList(msg.sums)
		p.list.setQuery(p.input.Value())
		// Read the rest once the first rows are on screen.
		return p.sh.Tick(backgroundDelay, func(time.Time) tea.Msg { return p.loadAll()() }), true
	case loadedMsg:
		if msg.err != nil {
			p.err = journal.ErrorMessage(msg.err)
			return nil, true
		}
		if p.list != nil && p.selectID == 0 {
			p.selectID = p.selectedID() // keep what was selected in the first page
		}
		p.partOf = 0
		p.list = newBrowseList(msg.sums)
		p.list.setQuery(p.input.Value())
		if p.selectID != 0 {
			p.selectByID(p.selectID)
			p.selectID = 0
		}
		p.textsLoading = true
		p.loaded = msg.sums
		return p.sh.Tick(backgroundDelay, func(time.Time) tea.Msg { return startMsg{} }), true
	case startMsg:
		sums := p.loaded
		p.loaded = nil
		prepare := func() tea.Msg { return preparedMsg{cands: prepareCandidates(sums)} }
		return tea.Batch(prepare, p.loadTexts(), p.previewCmd()), true
	case preparedMsg:
		if p.list != nil {
			p.list.adopt(msg.cands)
		}
		return nil, true
	case textsMsg:
		p.textsLoading = false
		if msg.err != nil {
			return p.sh.SetStatus("Only company and role are searched: "+journal.ErrorMessage(msg.err), true), true
		}
		if p.list != nil {
			id := p.selectedID()
			p.list.setTexts(msg.texts, msg.index)
			p.selectByID(id)
		}
		return p.previewCmd(), true
	}
	return nil, false
}
