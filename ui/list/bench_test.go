package list

import (
	"slices"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/query"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// benchJournal serves summaries and search texts from memory, so the
// benchmarks time the screen, not a store.
type benchJournal struct {
	kit.Journal // nil: only the methods below are used
	sums        []journal.Summary
	texts       []idText
}

func (j *benchJournal) Summaries() ([]journal.Summary, error) { return slices.Clone(j.sums), nil }

func (j *benchJournal) RecentSummaries(n int) ([]journal.Summary, int, error) {
	return slices.Clone(j.sums[:min(n, len(j.sums))]), len(j.sums), nil
}

// textsMsg is what loading the texts in the background delivers.
func (j *benchJournal) textsMsg() textsMsg {
	index := query.NewTextIndex(nil)
	for _, t := range j.texts {
		index.Add(t.text)
	}
	return textsMsg{texts: j.texts, index: index}
}

// newBenchJournal prepares n demo interviews, newest first, without holding
// them all at once.
func newBenchJournal(b *testing.B, n int) *benchJournal {
	b.Helper()
	j := &benchJournal{}
	id := uint64(0)
	demo.Stream(n, 1, uitest.Now(), func(iv journal.Interview) error {
		id++
		iv.ID = id
		j.sums = append(j.sums, iv.Summarize())
		j.texts = append(j.texts, idText{id: id, text: iv.SearchText()})
		return nil
	})
	slices.SortFunc(j.sums, func(a, b journal.Summary) int { return query.SortByDate.Compare(&a, &b) })
	return j
}

func benchShared(j kit.Journal) *kit.Context {
	ctx := uitest.NewContext(j)
	ctx.Set, ctx.Width, ctx.Height, ctx.Tick = prompts.AfterInterview(), 120, 40, tea.Tick
	return ctx
}

// BenchmarkBrowseFirstView10k opens the list on a journal of 10,000
// interviews and draws its first frame: the newest page of summaries
// loads, the list is made, View runs.
func BenchmarkBrowseFirstView10k(b *testing.B) {
	j := newBenchJournal(b, 10000)
	sh := benchShared(j)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		p := New(sh, "")
		p.Update(p.Init()())
		if p.list == nil || p.View() == "" {
			b.Fatal("nothing drawn")
		}
	}
}

// BenchmarkBrowseFullView10k goes on from the first frame: all 10,000
// summaries arrive, the list is made again from them, View runs.
func BenchmarkBrowseFullView10k(b *testing.B) {
	j := newBenchJournal(b, 10000)
	sh := benchShared(j)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		p := New(sh, "")
		p.Update(p.Init()())
		p.Update(p.loadAll()())
		if len(p.list.cands) != 10000 || p.View() == "" {
			b.Fatal("not every interview is in")
		}
	}
}

// keystrokeScript is what someone might type into the filter: words from
// answers, a company, tokens, each typed and then erased letter by letter.
var keystrokeScript = []string{"salary range", "take-home", "stage:final outcome:rej", "rambl", "acme", "tag:remote since:2025", "on-call"}

// keystrokes turns the script into key presses.
func keystrokes() []tea.KeyPressMsg {
	var keys []tea.KeyPressMsg
	for _, phrase := range keystrokeScript {
		for _, r := range phrase {
			keys = append(keys, letter(r))
		}
		for range []rune(phrase) {
			keys = append(keys, keyBackspace)
		}
	}
	return keys
}

// benchKeystroke times one keystroke in the filter (Update and View) over n
// interviews with every answer loaded, and reports the 99th percentile of
// the keystrokes it timed. Run it with -benchtime 400x or more so the
// percentile rests on enough keystrokes.
func benchKeystroke(b *testing.B, n int) {
	j := newBenchJournal(b, n)
	p := New(benchShared(j), "")
	p.Update(p.loadAll()())
	p.Update(preparedMsg{cands: prepareCandidates(j.sums)})
	p.Update(j.textsMsg())
	p.mode = modeTyping
	p.input.Focus()
	keys := keystrokes()
	times := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		start := time.Now()
		p.Update(keys[i%len(keys)])
		p.View()
		times = append(times, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(times)
	p99 := times[min(len(times)-1, len(times)*99/100)]
	b.ReportMetric(float64(p99)/float64(time.Millisecond), "p99-ms")
	b.ReportMetric(float64(times[len(times)-1])/float64(time.Millisecond), "max-ms")
}

func BenchmarkFilterKeystroke10k(b *testing.B)  { benchKeystroke(b, 10000) }
func BenchmarkFilterKeystroke100k(b *testing.B) { benchKeystroke(b, 100000) }
