package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"

	"github.com/debrief-journal/debrief/ui/kit"
)

// pasteText returns n bytes of prose in lines of about 70 characters.
func pasteText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "Line %d of a very long pasted answer about the system design round.\n", i)
	}
	return b.String()[:n]
}

// onLongAnswer returns the app at 100x30 on the first prompt that takes
// long text, and the prompt's field.
func onLongAnswer(tb testing.TB) (*Model, string) {
	tb.Helper()
	m := appOn(tb, hostileJournal(tb), 100, 30)
	press(tb, m, keyN)
	for range len(m.reflect.set.Prompts) {
		if m.reflect.prompt().Kind == journal.KindLong {
			return m, m.reflect.field()
		}
		press(tb, m, keyEnter)
	}
	tb.Fatal("no long answer in the reflection")
	return nil, ""
}

// BenchmarkKeyAfterPaste measures what one key costs (Update and View, as
// the program runs them) in an answer after a paste: one as large as the
// input holds, one of 1 MiB (refused), and 1 MiB written in the editor.
func BenchmarkKeyAfterPaste(b *testing.B) {
	cases := []struct {
		name   string
		paste  int
		editor bool
	}{
		{"16KiB", kit.InputCap, false},
		{"1MiB", 1 << 20, false},
		{"1MiBFromEditor", 1 << 20, true},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			m, _ := onLongAnswer(b)
			if c.editor {
				m.Update(kit.EditorDoneMsg{Text: pasteText(c.paste)})
			} else {
				m.Update(tea.PasteMsg{Content: pasteText(c.paste)})
			}
			key := tea.KeyPressMsg{Code: 'x', Text: "x"}
			b.ResetTimer()
			for range b.N {
				m.Update(key)
				_ = m.View()
			}
		})
	}
}

// TestLargeAnswers pastes and types more than an answer holds on screen,
// and writes a very long answer in the editor: nothing is taken in that
// would make typing slow, nothing is lost silently, and the long answer is
// kept whole.
func TestLargeAnswers(t *testing.T) {
	t.Run("PasteOverTheCap", func(t *testing.T) {
		m, _ := onLongAnswer(t)
		typeText(t, m, "kept")
		m.Update(tea.PasteMsg{Content: pasteText(1 << 20)})
		if got := m.reflect.input.Text(); got != "kept" {
			t.Fatalf("the input took a paste it cannot hold: %d bytes", len(got))
		}
		view := plainView(m)
		if !strings.Contains(view, "Not pasted: 1.0 MiB") || !strings.Contains(view, "ctrl+e") {
			t.Fatalf("the refused paste is not explained:\n%s", view)
		}
		m.Update(tea.PasteMsg{Content: " and more"})
		if got := m.reflect.input.Text(); got != "kept and more" || strings.Contains(plainView(m), "Not pasted") {
			t.Fatalf("a small paste after a refused one: %q", got)
		}
	})
	t.Run("TypingOverTheCap", func(t *testing.T) {
		m, _ := onLongAnswer(t)
		chunk := pasteText(1 << 10)
		for range kit.InputCap/len(chunk) + 4 {
			press(t, m, tea.KeyPressMsg{Text: chunk})
		}
		if n := len(m.reflect.input.Text()); n > kit.InputCap || n < kit.InputCap-len(chunk) {
			t.Fatalf("the input holds %d bytes, cap %d", n, kit.InputCap)
		}
		if !strings.Contains(plainView(m), "ctrl+e to go on writing it in your editor") {
			t.Fatalf("typing past the cap is not explained:\n%s", plainView(m))
		}
	})
	t.Run("LongAnswerFromTheEditor", func(t *testing.T) {
		m, field := onLongAnswer(t)
		long := pasteText(1 << 20)
		_, cmd := m.Update(kit.EditorDoneMsg{Text: long})
		run(t, m, cmd)
		if got := m.reflect.draft.Interview.Get(field).Text; got != strings.TrimRight(long, " \n\t") {
			t.Fatalf("the answer from the editor was not kept whole: %d bytes of %d", len(got), len(long))
		}
		view := plainView(m)
		if !strings.Contains(view, "too long to edit here") || !strings.Contains(view, "Line 0 of a very long") {
			t.Fatalf("a long answer is not shown with what to do:\n%s", view)
		}
		if !savedShown(m) {
			t.Fatalf("the long answer was not saved:\n%s", view)
		}
		typeText(t, m, "x")
		if m.reflect.input.Text() != long || !strings.Contains(plainView(m), "too long to edit here") {
			t.Fatal("typing into a long answer changed it or went unexplained")
		}
		// It can be finished: 1 MiB is as much as an answer may hold.
		press(t, m, keyCtrlS)
		if m.reflect.saved == nil || m.reflect.saved.Get(field).Text != strings.TrimRight(long, " \n\t") {
			t.Fatalf("the reflection with a 1 MiB answer did not finish whole: %s", plainView(m))
		}
	})
	t.Run("OverTheLimitOfAnAnswer", func(t *testing.T) {
		// The draft never holds more than finishing accepts: the answer is
		// cut to the limit, the cut is explained, and ctrl+e opens the
		// whole text again to shorten it.
		m, field := onLongAnswer(t)
		long := pasteText(1<<20 + 100)
		_, cmd := m.Update(kit.EditorDoneMsg{Text: long})
		run(t, m, cmd)
		if got := m.reflect.draft.Interview.Get(field).Text; len(got) > journal.MaxTextBytes || !strings.HasPrefix(long, got) {
			t.Fatalf("the draft holds %d bytes of an answer limited to %d", len(got), journal.MaxTextBytes)
		}
		if !strings.Contains(joinedView(m), "only the start of what you wrote in your editor was kept") {
			t.Fatalf("the cut is not explained:\n%s", plainView(m))
		}
		if m.reflect.input.EditorText() != long {
			t.Fatal("ctrl+e would not open the whole text written")
		}
		press(t, m, keyCtrlS)
		if m.reflect.saved == nil {
			t.Fatalf("the reflection did not finish:\n%s", plainView(m))
		}
	})
}

// curveballJournal holds one interview with 10,000 curveballs, the most an
// answer may hold, and returns its ID.
func curveballJournal(tb testing.TB) (*store.Store, uint64) {
	tb.Helper()
	s := hostileJournal(tb)
	iv := journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.DateOf(fixedNow), Outcome: journal.Outcome{Status: journal.StatusPending}}
	for i := range journal.MaxListItems {
		iv.Curveballs = append(iv.Curveballs, journal.Curveball{
			Question: fmt.Sprintf("Curveball question number %d about trade-offs?", i), Answer: "I hesitated, then gave a partial answer.",
			BetterAnswer: "Name the trade-off, pick one, say what would change my mind.", Tags: []string{"design", fmt.Sprintf("t%d", i%50)},
		})
	}
	if _, err := s.Import([]journal.Interview{iv}, nil, false, false); err != nil {
		tb.Fatal(err)
	}
	ivs, err := s.Interviews()
	if err != nil || len(ivs) != 1 {
		tb.Fatalf("%d interviews: %v", len(ivs), err)
	}
	return s, ivs[0].ID
}

// TestTenThousandCurveballs imports an interview with 10,000 curveballs:
// the journal passes its check, and the interview page and the patterns
// open and scroll.
func TestTenThousandCurveballs(t *testing.T) {
	s, id := curveballJournal(t)
	if rep, err := s.Check(); err != nil || !rep.OK() {
		t.Fatalf("check: %v %v", err, rep.Problems)
	}
	m := appOn(t, s, 100, 30)
	visitPages(t, m, kit.ScreenDetail, id, 3, func(where, view string) {
		if p := layoutProblem(view, 100, 30); p != "" {
			t.Fatalf("%s: %s", where, p)
		}
	})
	if !strings.Contains(plainView(m), "Curveball") && !strings.Contains(plainView(m), "curveball") {
		t.Fatalf("the interview page does not show the curveballs:\n%s", plainView(m))
	}
	visitPages(t, m, kit.ScreenPatterns, 0, 3, func(where, view string) {
		if p := layoutProblem(view, 100, 30); p != "" {
			t.Fatalf("%s: %s", where, p)
		}
	})
	if strings.Contains(plainView(m), "Reading your journal") {
		t.Fatalf("the patterns never finished:\n%s", plainView(m))
	}
}

// BenchmarkTenThousandCurveballs measures the check, opening the interview
// page, a key on it, and the patterns, with one interview of 10,000
// curveballs.
func BenchmarkTenThousandCurveballs(b *testing.B) {
	s, id := curveballJournal(b)
	b.Run("Check", func(b *testing.B) {
		for range b.N {
			s.Check()
		}
	})
	m := appOn(b, s, 100, 30)
	b.Run("OpenInterview", func(b *testing.B) {
		for range b.N {
			_, cmd := m.Update(kit.NavigateMsg{To: kit.ScreenDetail, ID: id})
			run(b, m, cmd)
			_ = m.View()
		}
	})
	b.Run("KeyOnInterview", func(b *testing.B) {
		key := tea.KeyPressMsg{Code: tea.KeyDown}
		for range b.N {
			m.Update(key)
			_ = m.View()
		}
	})
	b.Run("OpenPatterns", func(b *testing.B) {
		for range b.N {
			_, cmd := m.Update(kit.NavigateMsg{To: kit.ScreenPatterns})
			run(b, m, cmd)
			_ = m.View()
		}
	})
}
