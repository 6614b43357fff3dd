package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"

	"github.com/debrief-journal/debrief/ui/kit"
)

// onField opens a new reflection on a journal on disk, at the prompt that
// fills field.
func onField(t *testing.T, field string) (*Model, *store.Store) {
	t.Helper()
	s := hostileJournal(t)
	m := appOn(t, s, 100, 30)
	press(t, m, keyN)
	stepTo(t, m, field)
	return m, s
}

// storedDraft returns the one draft on disk.
func storedDraft(t *testing.T, s *store.Store) journal.Draft {
	t.Helper()
	ds, err := s.Drafts()
	if err != nil || len(ds) != 1 {
		t.Fatalf("%d drafts on disk: %v", len(ds), err)
	}
	return ds[0]
}

// joinedView is the screen with its lines joined, so a message wrapped over
// several lines reads whole.
func joinedView(m *Model) string { return strings.Join(strings.Fields(plainView(m)), " ") }

// TestLimitsWhileTyping holds every text input to the limit journal
// validation puts on its answer: the input never holds more, what is cut is
// explained at once, and so the draft never holds a value that finishing
// would refuse.
func TestLimitsWhileTyping(t *testing.T) {
	limit := journal.MaxShortBytes
	t.Run("PasteIntoRole", func(t *testing.T) {
		m, s := onField(t, "role")
		m.Update(tea.PasteMsg{Content: pasteText(15 << 10)})
		if n := len(m.reflect.input.Text()); n != limit {
			t.Fatalf("the role input holds %d bytes after a 15 KiB paste, limit %d", n, limit)
		}
		if want := "Role is limited to 1000 characters; the rest of the paste was left out."; !strings.Contains(joinedView(m), want) {
			t.Fatalf("the cut paste is not explained with %q:\n%s", want, plainView(m))
		}
		_, cmd := m.Update(autosaveTickMsg{id: m.reflect.tickID})
		run(t, m, cmd)
		if d := storedDraft(t, s); len(d.Interview.Role) > limit || d.Interview.Role == "" {
			t.Fatalf("the draft holds a role of %d bytes", len(d.Interview.Role))
		}
		press(t, m, keyCtrlS)
		if m.reflect.saved == nil {
			t.Fatalf("the reflection with the pasted role did not finish:\n%s", plainView(m))
		}
	})
	t.Run("TypingPastTheLimit", func(t *testing.T) {
		m, _ := onField(t, "company")
		m.Update(tea.PasteMsg{Content: strings.Repeat("a", limit-2)})
		typeText(t, m, "bcdef")
		if got := m.reflect.input.Text(); len(got) != limit || !strings.HasSuffix(got, "abc") {
			t.Fatalf("typing past the limit: %d bytes ending %q", len(got), got[len(got)-5:])
		}
		if want := "Company is limited to 1000 characters; what you typed past that was left out."; !strings.Contains(joinedView(m), want) {
			t.Fatalf("typing past the limit is not explained with %q:\n%s", want, plainView(m))
		}
		// Making room lets typing go on, and the message goes.
		press(t, m, tea.KeyPressMsg{Code: tea.KeyBackspace})
		typeText(t, m, "z")
		if got := m.reflect.input.Text(); !strings.HasSuffix(got, "abz") || strings.Contains(joinedView(m), "is limited to") {
			t.Fatalf("after making room: %q, message still shown: %v", got[len(got)-3:], strings.Contains(joinedView(m), "is limited to"))
		}
	})
	t.Run("WideCharacters", func(t *testing.T) {
		m, _ := onField(t, "company")
		m.Update(tea.PasteMsg{Content: strings.Repeat("é", limit)})
		got := m.reflect.input.Text()
		if len(got) > limit || !utf8.ValidString(got) || len(got) < limit-1 {
			t.Fatalf("a paste of accented letters: %d bytes, valid %v", len(got), utf8.ValidString(got))
		}
		if !strings.Contains(joinedView(m), "limited to 1000 bytes") {
			t.Fatalf("the limit is not explained in bytes for letters that count for more:\n%s", plainView(m))
		}
	})
	t.Run("PasteWithTabsIntoAnAnswer", func(t *testing.T) {
		// A text area turns a tab into four spaces: what it will store is
		// what is measured.
		m, _ := onField(t, "role")
		m.Update(tea.PasteMsg{Content: strings.Repeat("\t", limit)})
		if n := len(m.reflect.input.Text()); n > limit {
			t.Fatalf("the input holds %d bytes", n)
		}
	})
	t.Run("FromTheEditor", func(t *testing.T) {
		m, s := onField(t, "role")
		_, cmd := m.Update(kit.EditorDoneMsg{Text: strings.Repeat("x", limit+500)})
		run(t, m, cmd)
		if n := len(m.reflect.input.Text()); n != limit {
			t.Fatalf("the role holds %d bytes from the editor", n)
		}
		if !strings.Contains(joinedView(m), "Role is limited to 1000 characters; only the start of what you wrote in your editor was kept") {
			t.Fatalf("the cut is not explained:\n%s", plainView(m))
		}
		if d := storedDraft(t, s); len(d.Interview.Role) != limit {
			t.Fatalf("the draft holds a role of %d bytes", len(d.Interview.Role))
		}
		// ctrl+e opens the whole text again, to be shortened.
		if got := m.reflect.input.EditorText(); len(got) != limit+500 {
			t.Fatalf("ctrl+e would open %d bytes, not the %d written", len(got), limit+500)
		}
	})
	t.Run("TooManyPeopleFromTheEditor", func(t *testing.T) {
		// No single line is too long, but 10,001 people are more than an
		// answer holds: the draft keeps what it had, and says why.
		m, s := onField(t, "interviewers")
		typeText(t, m, "Dana Kim")
		press(t, m, keyEnter, keyBack)
		_, cmd := m.Update(kit.EditorDoneMsg{Text: strings.Repeat("Sam\n", journal.MaxListItems+1)})
		run(t, m, cmd)
		if d := storedDraft(t, s); len(d.Interview.Interviewers) != 1 {
			t.Fatalf("the draft holds %d people", len(d.Interview.Interviewers))
		}
		if !strings.Contains(joinedView(m), "more than 10000") {
			t.Fatalf("the refused answer is not explained:\n%s", plainView(m))
		}
	})
	t.Run("ChangedOnTheInterviewPage", func(t *testing.T) {
		j := demoJournal(t, 3)
		m, d := openDetail(t, j, 0)
		pick(t, m, d, "Company")
		m.Update(tea.PasteMsg{Content: pasteText(15 << 10)})
		if n := len(d.input.Text()); n != limit {
			t.Fatalf("the company input holds %d bytes", n)
		}
		if !strings.Contains(joinedView(m), "Company is limited to 1000 characters; the rest of the paste was left out.") {
			t.Fatalf("the cut paste is not explained:\n%s", plainView(m))
		}
	})
	t.Run("FeedbackFrom", func(t *testing.T) {
		j := demoJournal(t, 3)
		m := newTestModel(t, j, StartHome)
		id := shownIDs(openList(t, j))[0]
		_, cmd := m.Update(kit.NavigateMsg{To: kit.ScreenFeedback, ID: id})
		run(t, m, cmd)
		before, _ := j.Interview(id)
		m.Update(tea.PasteMsg{Content: strings.Repeat("ü", limit)})
		if !strings.Contains(joinedView(m), "is limited to 1000 bytes") || !strings.Contains(joinedView(m), "the rest of the paste was left out") {
			t.Fatalf("the cut paste is not explained:\n%s", plainView(m))
		}
		press(t, m, fuKeyTab, fuKeyTab)
		typeText(t, m, "Kind words.")
		press(t, m, keyCtrlS)
		iv, _ := j.Interview(id)
		n := len(iv.Feedback)
		if n != len(before.Feedback)+1 || len(iv.Feedback[n-1].From) > limit {
			t.Fatalf("%d feedback saved, or who it is from holds more than %d bytes", n-len(before.Feedback), limit)
		}
	})
}

// TestOverLongDraftIsExplained resumes a draft saved before the limits
// were enforced: the input says at once that the answer is too long, takes
// no more, and lets it be shortened.
func TestOverLongDraftIsExplained(t *testing.T) {
	s := hostileJournal(t)
	d := journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: strings.Repeat("c", 15<<10)}}
	if err := s.SaveDraft(&d); err != nil {
		t.Fatal(err)
	}
	m := appOn(t, s, 100, 30)
	run(t, m, m.startReflection(&d))
	if !strings.Contains(joinedView(m), "Company holds more than the 1000 characters it is limited to") {
		t.Fatalf("the over-long answer is not pointed out:\n%s", plainView(m))
	}
	typeText(t, m, "x")
	if strings.HasSuffix(m.reflect.input.Text(), "x") {
		t.Fatal("the over-long answer took more text")
	}
	press(t, m, tea.KeyPressMsg{Code: tea.KeyBackspace})
	if n := len(m.reflect.input.Text()); n != 15<<10-1 {
		t.Fatalf("backspace did not shorten it: %d bytes", n)
	}
}
