package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

// browseFirstPageMsg carries the newest summaries, which the list draws
// while the whole index loads.
type browseFirstPageMsg struct {
	sums  []journal.Summary
	total int
	err   error
}

// browseLoadedMsg carries every summary.
type browseLoadedMsg struct {
	sums []journal.Summary
	err  error
}

// firstPage is how many summaries the list reads before drawing: more than
// a tall window shows.
const firstPage = 200

// browseStartMsg starts the background work once the first rows are on
// screen, so it does not compete with drawing them.
type browseStartMsg struct{}

// browsePreparedMsg carries the candidates prepared in the background.
type browsePreparedMsg struct{ cands []query.Candidate }

// backgroundDelay leaves the first frame time to reach the screen.
const backgroundDelay = 30 * time.Millisecond

// browseTextsMsg carries the lower-cased text of every interview and the
// index of their words.
type browseTextsMsg struct {
	texts []idText
	index *query.TextIndex
	err   error
}

// Init loads the newest summaries the first time the list opens.
func (p *browsePage) Init() tea.Cmd {
	if p.list != nil {
		return nil
	}
	j := p.sh.Journal
	return func() tea.Msg {
		sums, total, err := j.RecentSummaries(firstPage)
		return browseFirstPageMsg{sums: sums, total: total, err: err}
	}
}

// loadAll reads every summary in a command.
func (p *browsePage) loadAll() tea.Cmd {
	j := p.sh.Journal
	return func() tea.Msg {
		sums, err := j.Summaries()
		return browseLoadedMsg{sums: sums, err: err}
	}
}

// loadTexts reads the text of every interview in a command.
func (p *browsePage) loadTexts() tea.Cmd {
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
		return browseTextsMsg{texts: texts, index: index, err: err}
	}
}

// loadStep takes the list one step further in loading: the first page,
// every summary, the background work, prepared candidates, the answers. It
// reports false for any other message.
func (p *browsePage) loadStep(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case browseFirstPageMsg:
		if msg.err != nil {
			p.err = journal.ErrorMessage(msg.err)
			return nil, true
		}
		if msg.total <= len(msg.sums) {
			return p.loadStep(browseLoadedMsg{sums: msg.sums})
		}
		p.partOf = msg.total
		p.list = newBrowseList(msg.sums)
		p.list.setQuery(p.input.Value())
		// Read the rest once the first rows are on screen.
		return p.sh.Tick(backgroundDelay, func(time.Time) tea.Msg { return p.loadAll()() }), true
	case browseLoadedMsg:
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
		return p.sh.Tick(backgroundDelay, func(time.Time) tea.Msg { return browseStartMsg{} }), true
	case browseStartMsg:
		sums := p.loaded
		p.loaded = nil
		prepare := func() tea.Msg { return browsePreparedMsg{cands: prepareCandidates(sums)} }
		return tea.Batch(prepare, p.loadTexts(), p.previewCmd()), true
	case browsePreparedMsg:
		if p.list != nil {
			p.list.adopt(msg.cands)
		}
		return nil, true
	case browseTextsMsg:
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
