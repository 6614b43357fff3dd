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

// editMergeStore opens a journal on disk holding one interview, and the
// app on its home screen.
func editMergeStore(t *testing.T) (*store.Store, *Model, uint64) {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "journal.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	clock := fixedNow
	s.Now = func() time.Time { clock = clock.Add(time.Minute); return clock }
	iv := journal.Interview{Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 10), WentWell: []string{"The demo"}}
	if err := s.CreateInterview(&iv); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Tick: uitest.Tick, Journal: s, Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow }, Getenv: func(string) string { return "" }})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(t, m, m.Init())
	return s, m, iv.ID
}

// openFirst opens the first interview of the list from wherever the app is.
func openFirst(t *testing.T, m *Model) {
	t.Helper()
	for range 5 {
		if m.screen == kit.ScreenHome {
			break
		}
		press(t, m, keyEsc)
	}
	press(t, m, letter('l'), keyEnter)
	if m.screen != kit.ScreenDetail {
		t.Fatalf("screen %v, want the interview", m.screen)
	}
}

// goHome leaves for the home screen.
func goHome(t *testing.T, m *Model) {
	t.Helper()
	for range 5 {
		if m.screen == kit.ScreenHome {
			return
		}
		press(t, m, keyEsc)
	}
	t.Fatalf("screen %v, want home", m.screen)
}

// TestPausedEditKeepsAnswersSavedSince puts an edit of the whole
// reflection aside, changes another answer on its own, then resumes and
// saves the edit: the answer changed on its own stays as it was saved.
func TestPausedEditKeepsAnswersSavedSince(t *testing.T) {
	s, m, id := editMergeStore(t)
	openFirst(t, m)
	press(t, m, letter('E'), keyCtrlU)
	typeText(t, m, "Acme Ltd")
	press(t, m, keyEsc)
	if ds, _ := s.Drafts(); len(ds) != 1 {
		t.Fatalf("%d drafts after esc, want the edit kept", len(ds))
	}

	openFirst(t, m)
	pick(t, m, "Role")
	press(t, m, keyCtrlU)
	typeText(t, m, "Staff engineer")
	press(t, m, keyEnter)
	if got, _ := s.Interview(id); got.Role != "Staff engineer" {
		t.Fatalf("role %q after saving it", got.Role)
	}

	goHome(t, m)
	press(t, m, keyR)
	if m.screen != kit.ScreenReflect {
		t.Fatalf("r on home: screen %v, want the edit resumed", m.screen)
	}
	press(t, m, keyCtrlS)
	got, err := s.Interview(id)
	if err != nil {
		t.Fatal(err)
	}
	if got.Company != "Acme Ltd" || got.Role != "Staff engineer" || len(got.WentWell) != 1 {
		t.Fatalf("saved the edit as company %q, role %q, went well %q; want Acme Ltd, Staff engineer, the demo", got.Company, got.Role, got.WentWell)
	}
	if ds, _ := s.Drafts(); len(ds) != 0 {
		t.Fatalf("%d drafts left after saving", len(ds))
	}
	if screen := browseScreen(m); strings.Contains(screen, "replaced") {
		t.Fatalf("a clash reported where there was none:\n%s", screen)
	}
}

// TestEditOverAnswerChangedSinceSaysSo changes the same answer in an edit
// of the whole reflection and, meanwhile, on its own: the edit, saved
// last, wins, and the status line says which answer it replaced.
func TestEditOverAnswerChangedSinceSaysSo(t *testing.T) {
	s, m, id := editMergeStore(t)
	openFirst(t, m)
	press(t, m, letter('E'), keyCtrlU)
	typeText(t, m, "Acme Ltd")
	press(t, m, keyEsc)

	// Another debrief renames the company and changes the role meanwhile.
	if _, err := s.ChangeInterview(id, func(iv *journal.Interview) error {
		iv.Company, iv.Role = "Acme Labs", "Staff engineer"
		return nil
	}); err != nil {
		t.Fatal(err)
	}

	goHome(t, m)
	press(t, m, keyR)
	// Resumed, the edit says at once which of its answers will replace
	// one saved meanwhile.
	if screen := browseScreen(m); !strings.Contains(screen, "“Company” was changed meanwhile, and in this edit too") {
		t.Fatalf("the resumed edit does not say the company was changed meanwhile:\n%s", screen)
	}
	press(t, m, keyCtrlS)
	got, _ := s.Interview(id)
	if got.Company != "Acme Ltd" || got.Role != "Staff engineer" {
		t.Fatalf("saved company %q, role %q; want Acme Ltd, Staff engineer", got.Company, got.Role)
	}
}

// TestResumedEditShowsAnswersSavedSince resumes an edit after another
// answer was saved on its own: the flow shows that answer as saved, not
// as it was when the edit began.
func TestResumedEditShowsAnswersSavedSince(t *testing.T) {
	s, m, id := editMergeStore(t)
	openFirst(t, m)
	press(t, m, letter('E'), keyCtrlU)
	typeText(t, m, "Acme Ltd")
	press(t, m, keyEsc)
	if _, err := s.ChangeInterview(id, func(iv *journal.Interview) error {
		iv.Role = "Staff engineer"
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	goHome(t, m)
	press(t, m, keyR, keyEnter)
	if screen := browseScreen(m); !strings.Contains(screen, "Staff engineer") {
		t.Fatalf("the role step does not show the role saved since:\n%s", screen)
	}
}

// TestEResumesAnEditWhereItWasLeft leaves an edit of the whole reflection
// at its third step, then presses E on the interview again: the edit goes
// on at the third step, as resuming it from home does.
func TestEResumesAnEditWhereItWasLeft(t *testing.T) {
	_, m, _ := editMergeStore(t)
	openFirst(t, m)
	press(t, m, letter('E'), keyEnter, keyEnter)
	typeText(t, m, "x")
	want := m.reflect.Prompt().ID
	press(t, m, keyEsc)
	openFirst(t, m)
	press(t, m, letter('E'))
	if got := m.reflect.Prompt().ID; m.screen != kit.ScreenReflect || got != want || want == m.reflect.Prompts().Prompts[0].ID {
		t.Fatalf("E resumed the edit at %q, want %q", got, want)
	}
}

// TestEditOfADeletedInterviewSavesAsNew saves an edit whose interview was
// deleted meanwhile: the first ctrl+s says so and keeps every word as a
// new reflection, the second saves it as a new interview.
func TestEditOfADeletedInterviewSavesAsNew(t *testing.T) {
	s, m, id := editMergeStore(t)
	openFirst(t, m)
	press(t, m, letter('E'), keyCtrlU)
	typeText(t, m, "Acme Robotics")
	if _, err := s.DeleteInterview(id); err != nil {
		t.Fatal(err)
	}
	press(t, m, keyCtrlS)
	if screen := browseScreen(m); !strings.Contains(screen, "deleted meanwhile") {
		t.Fatalf("the first ctrl+s does not say the interview is gone:\n%s", screen)
	}
	press(t, m, keyCtrlS)
	ivs, err := s.Interviews()
	if err != nil {
		t.Fatal(err)
	}
	if len(ivs) != 1 || ivs[0].ID == id || ivs[0].Company != "Acme Robotics" || len(ivs[0].WentWell) != 1 {
		t.Fatalf("after the second ctrl+s the journal holds %+v", ivs)
	}
	if ds, _ := s.Drafts(); len(ds) != 0 {
		t.Fatalf("%d drafts left after saving", len(ds))
	}
}
