package stories

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// longPart is a part of n bytes, in sentences with a line break now and
// then, as a long story is written.
func longPart(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteString("We moved the payments to the new queue one shop at a time. ")
		if i%6 == 5 {
			b.WriteString("\n")
		}
	}
	return b.String()[:n]
}

// longStoryForm opens the form of a story whose Situation and Task hold
// n bytes each; tabs moves the input on from the title.
func longStoryForm(tb testing.TB, n, tabs int) *model {
	tb.Helper()
	p := uitest.NewFakePractice(uitest.NewFakeJournal())
	st := journal.Story{Title: "The long migration", Situation: longPart(n), Task: longPart(n)}
	if err := p.SaveStory(&st); err != nil {
		tb.Fatal(err)
	}
	ctx := uitest.NewContext(p)
	ctx.Practice = p
	ctx.Width, ctx.Height = 100, 30
	host, d := uitest.Start(tb, ctx, New(ctx))
	m := &model{Host: host, d: d, j: p}
	m.press("enter")
	for range tabs {
		m.press("tab")
	}
	return m
}

// typeAndDraw types one key into the form and draws it, as the program
// does after each key.
func (m *model) typeAndDraw() {
	m.press("x")
	_ = m.Screen.View()
}

// benchmarkKey types keys into a form of two parts of n bytes, on the
// part tabs away from the title.
func benchmarkKey(b *testing.B, n, tabs int) {
	m := longStoryForm(b, n, tabs)
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		m.typeAndDraw()
	}
}

// A key typed in a story whose Situation and Task hold 100 bytes or
// 15 KB: in the title, it costs the same; in the long Task, the text area
// adds what it costs on every page (see kit.InputCap).
func BenchmarkStoryKey(b *testing.B) {
	b.Run("title/100B", func(b *testing.B) { benchmarkKey(b, 100, 0) })
	b.Run("title/15KB", func(b *testing.B) { benchmarkKey(b, 15_000, 0) })
	b.Run("task/100B", func(b *testing.B) { benchmarkKey(b, 100, 2) })
	b.Run("task/15KB", func(b *testing.B) { benchmarkKey(b, 15_000, 2) })
}

// A key costs the form no more work with two 15 KB parts than with two
// short ones: the rows of the parts the input is not on read what they
// show, not all the part holds. Counted in allocations, not time, so a
// busy machine cannot fail it.
func TestStoryKeyCostsTheSameWithLongParts(t *testing.T) {
	allocs := func(n int) float64 {
		m := longStoryForm(t, n, 0)
		return testing.AllocsPerRun(5, m.typeAndDraw)
	}
	short, long := allocs(100), allocs(15_000)
	if long > short+20 {
		t.Fatalf("a key allocates %.0f times with two 15 KB parts, %.0f with two short ones", long, short)
	}
}

// The list draws a story with a 15 KB title at the cost of a short one.
func TestListCostsTheSameWithALongTitle(t *testing.T) {
	allocs := func(title string) float64 {
		p := uitest.NewFakePractice(uitest.NewFakeJournal())
		if err := p.SaveStory(&journal.Story{Title: title}); err != nil {
			t.Fatal(err)
		}
		ctx := uitest.NewContext(p)
		ctx.Practice = p
		ctx.Width, ctx.Height = 100, 30
		host, _ := uitest.Start(t, ctx, New(ctx))
		return testing.AllocsPerRun(5, func() { _ = host.Screen.View() })
	}
	short, long := allocs("The outage"), allocs(strings.Repeat("The outage ", 1400))
	if long > short+20 {
		t.Fatalf("the list allocates %.0f times with a 15 KB title, %.0f with a short one", long, short)
	}
}
