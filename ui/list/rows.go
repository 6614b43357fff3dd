package list

import (
	"runtime"
	"slices"
	"sync"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

// maxFilterSteps bounds the narrowing history kept for backspace.
const maxFilterSteps = 32

// parallelFilterAt is the number of candidates from which a filter is split
// across processors; below it the split costs more than it saves.
const parallelFilterAt = 8192

// rowList is the data behind the list screen: every interview prepared
// for matching, the current order and query, and the matches. It does no
// I/O, so screens and benchmarks drive it directly.
type rowList struct {
	cands []query.Candidate // in the journal's order: newest first
	byID  map[uint64]int32  // index into cands
	// index holds the words of every answer once they are loaded, and
	// docs[i] is the document of cands[i] in it (-1 when not there).
	index   *query.TextIndex
	docs    []int32
	docByID map[uint64]int32
	order   query.SortOrder
	// sorted holds every index of cands in the current order.
	sorted []int32

	raw      string      // the filter as typed
	query    query.Query // the filter as parsed
	problems []string
	matches  []int32 // indices of cands that match, in order
	// steps is the history of narrowing filters, each narrowing the one
	// before: a query that narrows the last one filters its matches only,
	// and erasing back to an earlier query reuses its matches as they were.
	steps       []filterStep
	textsLoaded bool
	// edited holds interviews changed while their texts were loading, so
	// the older text read by the load does not replace the new one.
	edited map[uint64]bool
}

// filterStep is one filter of the history and its matches.
type filterStep struct {
	raw     string
	query   query.Query
	matches []int32
}

// newBrowseList makes the list of summaries (newest first). It leaves the
// candidates unprepared, so the list draws at once; prepareCandidates,
// run in the background, makes matching fast.
func newBrowseList(sums []journal.Summary) *rowList {
	l := &rowList{}
	l.cands = make([]query.Candidate, len(sums))
	for i := range sums {
		l.cands[i] = query.Candidate{Summary: sums[i]}
	}
	l.reindex()
	return l
}

// prepareCandidates prepares summaries for matching; it runs in a command.
func prepareCandidates(sums []journal.Summary) []query.Candidate {
	out := make([]query.Candidate, len(sums))
	for i := range sums {
		out[i] = query.NewCandidate(sums[i], "")
	}
	return out
}

// adopt takes the prepared candidates of interviews still unprepared in
// the list. Matching gives the same answers, only faster, so the matches
// stand.
func (l *rowList) adopt(prepared []query.Candidate) {
	for _, c := range prepared {
		if i, ok := l.byID[c.Summary.ID]; ok && !l.cands[i].Prepared() {
			c.Text = l.cands[i].Text
			l.cands[i] = c
		}
	}
}

// reindex rebuilds the ID index and the order after the candidates changed,
// and filters again.
func (l *rowList) reindex() {
	l.byID = make(map[uint64]int32, len(l.cands))
	l.docs = make([]int32, len(l.cands))
	for i := range l.cands {
		id := l.cands[i].Summary.ID
		l.byID[id] = int32(i)
		if doc, ok := l.docByID[id]; ok {
			l.docs[i] = doc
		} else {
			l.docs[i] = -1
		}
	}
	l.resort()
}

// resort orders every candidate and filters again from scratch.
func (l *rowList) resort() {
	l.sorted = make([]int32, len(l.cands))
	for i := range l.sorted {
		l.sorted[i] = int32(i)
	}
	if l.order != query.SortByDate {
		slices.SortStableFunc(l.sorted, func(a, b int32) int {
			return l.order.Compare(&l.cands[a].Summary, &l.cands[b].Summary)
		})
	}
	l.refilter()
}

// refilter forgets the narrowing history and filters everything again.
func (l *rowList) refilter() {
	l.steps = l.steps[:0]
	l.matches = l.filter(&l.query, l.sorted)
	l.push()
}

// setQuery filters by the typed text.
func (l *rowList) setQuery(raw string) {
	if raw == l.raw {
		return
	}
	q, problems := query.Parse(raw)
	l.raw, l.query, l.problems = raw, q, problems
	// Erasing back to an earlier filter: its matches are still right.
	for i := len(l.steps) - 1; i >= 0; i-- {
		if l.steps[i].raw == raw {
			l.matches = l.steps[i].matches
			l.steps = l.steps[:i+1]
			return
		}
	}
	for len(l.steps) > 0 && !q.Narrows(&l.steps[len(l.steps)-1].query) {
		l.steps = l.steps[:len(l.steps)-1]
	}
	base := l.sorted
	if len(l.steps) > 0 {
		base = l.steps[len(l.steps)-1].matches
	}
	l.matches = l.filter(&q, base)
	l.push()
}

// push records the current filter in the history.
func (l *rowList) push() {
	if len(l.steps) == maxFilterSteps {
		l.steps = slices.Delete(l.steps, 0, 1)
	}
	l.steps = append(l.steps, filterStep{raw: l.raw, query: l.query, matches: l.matches})
}

// filter returns the members of within that match q, in within's order.
func (l *rowList) filter(q *query.Query, within []int32) []int32 {
	if q.IsZero() {
		return within
	}
	m := q.Matcher(l.index)
	parts := min(runtime.GOMAXPROCS(0), 8, len(within)/parallelFilterAt)
	if parts <= 1 {
		return l.filterPart(m, within)
	}
	results := make([][]int32, parts)
	var wg sync.WaitGroup
	for p := range parts {
		lo, hi := len(within)*p/parts, len(within)*(p+1)/parts
		wg.Go(func() { results[p] = l.filterPart(m, within[lo:hi]) })
	}
	wg.Wait()
	return slices.Concat(results...)
}

func (l *rowList) filterPart(m *query.Matcher, within []int32) []int32 {
	// Room for every member up front: growing the slice would copy it
	// over and over in the common case where most match.
	out := make([]int32, 0, len(within))
	for _, i := range within {
		if m.Match(&l.cands[i], l.docs[i]) {
			out = append(out, i)
		}
	}
	if len(out) < cap(out)/4 {
		// The history keeps this: do not hold the unused room.
		out = slices.Clone(out)
	}
	return out
}

// setOrder sorts the list again.
func (l *rowList) setOrder(o query.SortOrder) {
	if o != l.order {
		l.order = o
		l.resort()
	}
}

// setTexts gives candidates the lower-cased text of their answers, and the
// index of those texts (text k is document k), so free words search every
// answer from now on.
func (l *rowList) setTexts(texts []idText, index *query.TextIndex) {
	l.index = index
	l.docByID = make(map[uint64]int32, len(texts))
	for k, t := range texts {
		if i, ok := l.byID[t.id]; ok && !l.edited[t.id] {
			l.cands[i].Text = t.text
			l.docByID[t.id] = int32(k)
		}
	}
	// Interviews changed while the texts loaded keep their newer text.
	for id := range l.edited {
		if i, ok := l.byID[id]; ok {
			l.docByID[id] = index.Add(l.cands[i].Text)
		}
	}
	l.textsLoaded = true
	l.reindex()
}

// upsert adds an interview, or replaces the one with its ID, keeping the
// journal's order.
func (l *rowList) upsert(iv *journal.Interview) {
	if i, ok := l.byID[iv.ID]; ok {
		l.cands = slices.Delete(l.cands, int(i), int(i)+1)
	}
	if !l.textsLoaded {
		if l.edited == nil {
			l.edited = map[uint64]bool{}
		}
		l.edited[iv.ID] = true
	}
	c := query.NewCandidate(iv.Summarize(), iv.SearchText())
	if l.index != nil {
		l.docByID[iv.ID] = l.index.Add(c.Text)
	}
	at, _ := slices.BinarySearchFunc(l.cands, &c, func(a query.Candidate, b *query.Candidate) int {
		return query.SortByDate.Compare(&a.Summary, &b.Summary)
	})
	l.cands = slices.Insert(l.cands, at, c)
	l.reindex()
}

// refresh brings the row of an interview just read in step with it, when
// it changed since the list was loaded (in another terminal, say), and
// leaves the list alone when it did not: an upsert costs a pass over the
// whole list.
func (l *rowList) refresh(iv *journal.Interview) {
	i, ok := l.byID[iv.ID]
	if !ok {
		return // not in the list (yet): the list's next load brings it
	}
	c := &l.cands[i]
	sm := iv.Summarize()
	same := c.Summary.ID == sm.ID && c.Summary.Company == sm.Company && c.Summary.Role == sm.Role &&
		c.Summary.Date == sm.Date && c.Summary.Stage == sm.Stage && c.Summary.Status == sm.Status &&
		c.Summary.MoodAfter == sm.MoodAfter && c.Summary.Authenticity == sm.Authenticity &&
		slices.Equal(c.Summary.Tags, sm.Tags)
	if same && (!l.textsLoaded || c.Text == iv.SearchText()) {
		return
	}
	l.upsert(iv)
}

// remove drops the interview with the given ID.
func (l *rowList) remove(id uint64) {
	if i, ok := l.byID[id]; ok {
		l.cands = slices.Delete(l.cands, int(i), int(i)+1)
		l.reindex()
	}
}

// at returns the candidate of the nth match.
func (l *rowList) at(n int) *query.Candidate { return &l.cands[l.matches[n]] }

// indexOf returns the position of an interview among the matches, or -1.
func (l *rowList) indexOf(id uint64) int {
	i, ok := l.byID[id]
	if !ok {
		return -1
	}
	return slices.Index(l.matches, i)
}

// idText is the search text of one interview.
type idText struct {
	id   uint64
	text string
}
