package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// maxStyleParams is more parameters than any style of the app sets in one
// SGR sequence (bold, italic, a foreground and a background colour).
const maxStyleParams = 16

// viewProblem returns why a drawn screen is not safe for the terminal, or
// "". The app's own escape sequences in a view are styles (SGR), so those
// are taken out first, all but conceal and blink, which the app never uses
// and which hide or flash text; what is left must be clean text: no escape
// character, control, DEL, C1 code point, bidirectional control or invalid
// UTF-8. Markers that are plain words (the payload of a clipboard write, a
// window title) must not appear either: a weaker filter leaves them behind.
func viewProblem(view string, attacks []safetext.Attack) string {
	var rest strings.Builder
	for i := 0; i < len(view); {
		if n := styleLen(view[i:]); n > 0 {
			i += n
			continue
		}
		rest.WriteByte(view[i])
		i++
	}
	text := rest.String()
	if !utf8.ValidString(text) {
		return "invalid UTF-8"
	}
	for i, r := range text {
		switch {
		case r == 0x1b:
			return fmt.Sprintf("an escape sequence other than a style at byte %d: %q", i, clip(text[i:]))
		case r < 0x20 && r != '\n', r == 0x7f, r >= 0x80 && r <= 0x9f:
			return fmt.Sprintf("control character %U at byte %d: %q", r, i, clip(text[max(0, i-20):]))
		case strings.ContainsRune("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", r):
			return fmt.Sprintf("bidirectional control %U at byte %d", r, i)
		}
	}
	for _, a := range attacks {
		if safetext.IsClean(a.Marker) && strings.Contains(text, a.Marker) {
			return fmt.Sprintf("the payload of %s (%q)", a.Name, a.Marker)
		}
	}
	return ""
}

// styleLen returns the length of the SGR sequence s starts with when it is
// one the app could have drawn, or 0.
func styleLen(s string) int {
	if !strings.HasPrefix(s, "\x1b[") {
		return 0
	}
	end := strings.IndexByte(s, 'm')
	if end < 0 {
		return 0
	}
	params := s[2:end]
	if strings.Trim(params, "0123456789;:") != "" {
		return 0
	}
	list := strings.FieldsFunc(params, func(r rune) bool { return r == ';' || r == ':' })
	if len(list) > maxStyleParams {
		return 0
	}
	for i, p := range list {
		// 5, 6 and 8 blink and conceal, unless they are the values of a
		// colour (38;5;N, 38;2;R;G;B).
		if (p == "5" || p == "6" || p == "8") && (i == 0 || !isColourValue(list, i)) {
			return 0
		}
	}
	return end + 1
}

// isColourValue reports whether list[i] is part of a colour given by 38, 48
// or 58.
func isColourValue(list []string, i int) bool {
	for j := max(0, i-4); j < i; j++ {
		if list[j] == "38" || list[j] == "48" || list[j] == "58" {
			return true
		}
	}
	return false
}

func clip(s string) string {
	if len(s) > 60 {
		return s[:60] + "…"
	}
	return s
}

// hostileJournal opens a real journal in memory-backed storage.
func hostileJournal(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(fastDir(t), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return fixedNow }
	t.Cleanup(func() { s.Close() })
	return s
}

// appOn builds the app on a journal at a size, ready to drive.
func appOn(t testing.TB, j kit.Journal, width, height int) *Model {
	t.Helper()
	m := New(Options{Tick: uitest.Tick, Journal: j, Path: "journal.db", Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow },
		Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	run(t, m, m.Init())
	return m
}

// visit opens a screen, and calls look with its view, then with the view
// after each of a few scrolls, so that what is below the fold is seen too.
func visit(t *testing.T, m *Model, to kit.ScreenID, id uint64, look func(where, view string)) {
	t.Helper()
	visitPages(t, m, to, id, 40, look)
}

// visitPages is visit with at most pages scrolls.
func visitPages(t *testing.T, m *Model, to kit.ScreenID, id uint64, pages int, look func(where, view string)) {
	t.Helper()
	_, cmd := m.Update(kit.NavigateMsg{To: to, ID: id})
	run(t, m, cmd)
	where := fmt.Sprintf("%v %d", to, id)
	look(where, m.View().Content)
	last := ""
	for i := range pages {
		press(t, m, tea.KeyPressMsg{Code: tea.KeyPgDown})
		v := m.View().Content
		if v == last {
			break
		}
		last = v
		look(fmt.Sprintf("%s, page %d", where, i+2), v)
	}
}

// everyScreen visits each screen of the app that shows journal text: the
// lists, and each interview and review in every screen about one.
func everyScreen(t *testing.T, m *Model, interviews, reviews []uint64, look func(where, view string)) {
	t.Helper()
	for _, s := range []kit.ScreenID{kit.ScreenHome, kit.ScreenBrowse, kit.ScreenFollowUps, kit.ScreenPatterns, kit.ScreenReviewGlance, kit.ScreenReviews} {
		visit(t, m, s, 0, look)
	}
	for _, id := range interviews {
		for _, s := range []kit.ScreenID{kit.ScreenDetail, kit.ScreenOutcome, kit.ScreenFeedback} {
			visit(t, m, s, id, look)
		}
	}
	for _, id := range reviews {
		visit(t, m, kit.ScreenReview, id, look)
	}
}

// plainView is a view as a person reads it.
func plainView(m *Model) string { return ansi.Strip(m.View().Content) }

// storable returns s as a journal can hold it: stored text has always been
// valid UTF-8 (JSON keeps a bad byte as U+FFFD), and saving and importing
// refuse NUL.
func storable(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "\uFFFD")
}

// hostileInterview returns an interview with s, as a journal can hold it,
// in every text it holds.
func hostileInterview(s string, n int) journal.Interview {
	s = storable(s)
	short := s
	if len(short) > journal.MaxShortBytes {
		short = fmt.Sprintf("Company %d", n) // too long for a name; kept for the answers
	}
	day := journal.NewDate(2026, 3, 1+n%28)
	return journal.Interview{
		Company: short, Role: short, Date: day, Stage: journal.StageFirst,
		Interviewers:     []journal.Person{{Name: s, Title: s, Contact: s}, {Name: "Sam " + s, Title: "Recruiter"}},
		DecisionExpected: day.AddDays(7),
		MoodBefore:       2, MoodAfter: 3, Authenticity: 4, Nerves: 3,
		WentWell:        []string{s, "plain"},
		Curveballs:      []journal.Curveball{{Question: s, Answer: s, BetterAnswer: s, Tags: []string{s, "salary"}}},
		Scripted:        []string{s},
		AuthenticityWhy: s, ShouldHaveTold: []string{s}, FirstImpression: s,
		QuestionsAsked: []string{s}, Fit: s, OutsideControl: s,
		Lessons: []string{s, s + " again"}, ProudOf: s,
		Answers:         []journal.Answer{{Prompt: "custom", Title: s, Value: s}},
		Tags:            []string{s},
		Outcome:         journal.Outcome{Status: journal.StatusPending},
		StillInterested: true,
		Feedback:        []journal.Feedback{{Date: day.AddDays(3), From: s, Text: s}},
		FeedbackLessons: []string{s},
		FollowUps:       []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, DoneAt: day.AddDays(1), Note: s}},
		CreatedAt:       time.Date(2026, 3, 1, 9, 0, n, 0, time.UTC),
	}
}

// hostileReview returns a weekly review with s, as a journal can hold it,
// in every text it holds.
func hostileReview(s string, n int) journal.Review {
	s = storable(s)
	return journal.Review{
		WeekOf:  journal.NewDate(2026, 1, 5).AddDays(7 * n),
		Answers: []journal.Answer{{Prompt: "wins", Title: s, Value: s}, {Prompt: "focus", Value: s}},
		Focus:   s, PreviousFocus: s, PreviousFocusDone: journal.PractisedPartly, PreviousFocusNote: s,
		CreatedAt: time.Date(2026, 3, 1, 10, 0, n, 0, time.UTC),
	}
}
