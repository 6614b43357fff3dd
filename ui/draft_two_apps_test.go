package ui

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/store"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// twoWindows opens one journal on disk in two apps, as two terminals of
// one computer would (processes 101 and 202, both running), each on home.
func twoWindows(t *testing.T, setup func(s *store.Store)) (a, b *Model, s *store.Store) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	clock := fixedNow
	var stores []*store.Store
	for _, pid := range []int{101, 202} {
		st, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		st.Now = func() time.Time { clock = clock.Add(time.Second); return clock }
		st.Process = store.Process{PID: pid, Host: "desk", Running: func(int) bool { return true }}
		stores = append(stores, st)
	}
	setup(stores[0])
	app := func(s *store.Store) *Model {
		m := New(Options{Tick: uitest.Tick, Journal: s, Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow }, Getenv: func(string) string { return "" }})
		m.Update(tea.WindowSizeMsg{Width: 100, Height: 30})
		run(t, m, m.Init())
		return m
	}
	return app(stores[0]), app(stores[1]), stores[0]
}

// TestDraftOpensInOneWindow resumes one draft in two apps on one journal:
// the second is refused while the first has it open, says why, and opens
// it once the first paused, with what was typed there.
func TestDraftOpensInOneWindow(t *testing.T) {
	a, b, s := twoWindows(t, func(s *store.Store) {
		d := journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Acme"}, Step: 1}
		if err := s.SaveDraft(&d); err != nil {
			t.Fatal(err)
		}
	})
	press(t, a, keyR)
	if a.screen != kit.ScreenReflect {
		t.Fatalf("r in the first window: screen %v", a.screen)
	}
	press(t, b, keyR)
	if b.screen != kit.ScreenHome {
		t.Fatalf("the second window opened the draft open in the first: screen %v", b.screen)
	}
	if screen := strings.Join(strings.Fields(browseScreen(b)), " "); !strings.Contains(screen, "Open in another debrief window since") {
		t.Fatalf("the second window does not say why:\n%s", screen)
	}

	typeText(t, a, "Backend engineer")
	press(t, a, keyEnter, keyEsc)
	if a.screen != kit.ScreenHome {
		t.Fatalf("esc: screen %v", a.screen)
	}
	press(t, b, keyR)
	if b.screen != kit.ScreenReflect {
		t.Fatalf("the draft paused in the first window does not open in the second: screen %v\n%s", b.screen, browseScreen(b))
	}
	if got := b.reflect.Draft().Interview.Role; got != "Backend engineer" {
		t.Fatalf("the second window opened the draft with the role %q, not what the first typed", got)
	}
	press(t, b, keyCtrlS)
	press(t, a, keyR)
	if a.screen == kit.ScreenReflect {
		t.Fatal("the first window opened a draft saved in the second")
	}
	if n, _ := s.CountInterviews(); n != 1 {
		t.Fatalf("%d interviews, want 1", n)
	}
}

// TestEditOpensInOneWindow: the edit of a saved interview resumed in one
// window is refused in another, so an answer typed in the first cannot be
// replaced by the second's copy of it.
func TestEditOpensInOneWindow(t *testing.T) {
	a, b, s := twoWindows(t, func(s *store.Store) {
		iv := journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 10)}
		if err := s.CreateInterview(&iv); err != nil {
			t.Fatal(err)
		}
		base := iv.Clone()
		d := journal.Draft{Kind: journal.DraftInterview, InterviewID: iv.ID, Interview: iv.Clone(), Base: &base}
		if err := s.SaveDraft(&d); err != nil {
			t.Fatal(err)
		}
	})
	press(t, a, keyR)
	press(t, b, keyR)
	if a.screen != kit.ScreenReflect || b.screen != kit.ScreenHome {
		t.Fatalf("screens %v and %v, want the edit open in the first window only", a.screen, b.screen)
	}
	if screen := strings.Join(strings.Fields(browseScreen(b)), " "); !strings.Contains(screen, "Open in another debrief window since") {
		t.Fatalf("the second window does not say why:\n%s", screen)
	}
	press(t, a, keyCtrlU)
	typeText(t, a, "Acme Ltd")
	press(t, a, keyCtrlS)
	if ds, _ := s.Drafts(); len(ds) != 0 {
		t.Fatalf("%d drafts left", len(ds))
	}
	ivs, _ := s.Interviews()
	if len(ivs) != 1 || ivs[0].Company != "Acme Ltd" {
		t.Fatalf("interviews %+v", ivs)
	}
}

// TestAnswerBoxWaitsForAnEditOpenElsewhere changes one answer of an
// interview whose unfinished edit is open in the other window's guided
// flow: the box does not open, and says where the edit is open, so it
// never writes over the words typed there.
func TestAnswerBoxWaitsForAnEditOpenElsewhere(t *testing.T) {
	var id uint64
	a, b, s := twoWindows(t, func(s *store.Store) {
		iv := journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 10)}
		if err := s.CreateInterview(&iv); err != nil {
			t.Fatal(err)
		}
		id = iv.ID
		base := iv.Clone()
		d := journal.Draft{Kind: journal.DraftInterview, InterviewID: id, Interview: iv.Clone(), Base: &base, Step: 1}
		d.Interview.Role = "Staff engineer"
		if err := s.SaveDraft(&d); err != nil {
			t.Fatal(err)
		}
	})
	press(t, a, keyR)
	if a.screen != kit.ScreenReflect {
		t.Fatalf("r in the first window: screen %v", a.screen)
	}
	openFirst(t, b)
	pick(t, b, "Role")
	if s := browseScreen(b); !strings.Contains(s, "Not opened") || strings.Contains(s, "Staff engineer") && strings.Contains(s, "›") {
		t.Fatalf("the box opened on an edit open in the other window:\n%s", s)
	}
	if ds, _ := s.Drafts(); len(ds) != 1 || ds[0].Interview.Role != "Staff engineer" {
		t.Fatalf("the edit open elsewhere changed: %+v", ds)
	}
}

// TestAnswerBoxHoldsItsEdit opens the box of one answer of an interview
// with an unfinished edit: while the box is open, the other window cannot
// resume that edit (its save would write over the box's words); once the
// box is closed it can.
func TestAnswerBoxHoldsItsEdit(t *testing.T) {
	a, b, _ := twoWindows(t, func(s *store.Store) {
		iv := journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 10)}
		if err := s.CreateInterview(&iv); err != nil {
			t.Fatal(err)
		}
		base := iv.Clone()
		d := journal.Draft{Kind: journal.DraftInterview, InterviewID: iv.ID, Interview: iv.Clone(), Base: &base, Step: 1}
		d.Interview.Role = "Staff engineer"
		if err := s.SaveDraft(&d); err != nil {
			t.Fatal(err)
		}
	})
	openFirst(t, a)
	pick(t, a, "Role")
	typeText(t, a, " (lead)")
	press(t, b, keyR)
	if b.screen == kit.ScreenReflect {
		t.Fatal("the other window resumed the edit the box holds")
	}
	if s := browseScreen(b); !strings.Contains(s, "Open in another debrief window") {
		t.Fatalf("the other window does not say where the edit is open:\n%s", s)
	}
	press(t, a, keyEsc, keyEsc)
	press(t, b, keyR)
	if b.screen != kit.ScreenReflect {
		t.Fatalf("once the box closed, r: screen %v", b.screen)
	}
}
