package ui

import (
	"encoding/json"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// savedShown reports whether the header claims that the draft is saved.
func savedShown(m *Model) bool {
	return strings.Contains(ansi.Strip(m.View().Content), "✓ saved")
}

// stepTo presses enter until the flow shows the prompt for field.
func stepTo(t *testing.T, m *Model, field string) {
	t.Helper()
	for range len(m.reflect.set.Prompts) {
		if m.reflect.prompt().Field == field {
			return
		}
		press(t, m, keyEnter)
	}
	t.Fatalf("no prompt for %s", field)
}

// TestSavedMeansOnDisk holds the header to its promise: "✓ saved" only when
// the draft on disk holds everything typed.
func TestSavedMeansOnDisk(t *testing.T) {
	t.Run("UnfinishedDate", func(t *testing.T) {
		j := newFakeJournal()
		m := startNew(t, j)
		stepTo(t, m, "date")
		press(t, m, keyCtrlU)
		typeText(t, m, "2026-0")
		_, cmd := m.Update(autosaveTickMsg{id: m.reflect.tickID})
		run(t, m, cmd)
		if d := onlyDraft(t, j); savedShown(m) && d.Interview.Date.String() != "2026-0" {
			t.Fatalf("the header says saved while the draft holds the date %q and the screen %q", d.Interview.Date, m.reflect.input.Text())
		}
		typeText(t, m, "3-09")
		_, cmd = m.Update(autosaveTickMsg{id: m.reflect.tickID})
		run(t, m, cmd)
		if d := onlyDraft(t, j); d.Interview.Date.String() != "2026-03-09" || !savedShown(m) {
			t.Fatalf("a whole date: draft %q, saved shown %v", d.Interview.Date, savedShown(m))
		}
	})
	t.Run("TextFromTheEditor", func(t *testing.T) {
		j := newFakeJournal()
		m := startNew(t, j)
		stepTo(t, m, "first_impression")
		_, cmd := m.Update(kit.EditorDoneMsg{Text: "written in the editor"})
		run(t, m, cmd)
		if d := onlyDraft(t, j); savedShown(m) && d.Interview.FirstImpression != "written in the editor" {
			t.Fatalf("the header says saved while the draft holds %q", d.Interview.FirstImpression)
		}
		if !savedShown(m) {
			t.Fatal("the text from the editor was never saved")
		}
	})
	t.Run("EveryKey", func(t *testing.T) {
		// After every key and every autosave on the way through a reflection,
		// a "✓ saved" on screen means the draft matches the screen.
		j := newFakeJournal()
		m := startNew(t, j)
		for step := 0; m.reflect.saved == nil && step < 60; step++ {
			keys := "ab 1"
			switch {
			case m.reflect.prompt().Kind == journal.KindDate:
				press(t, m, keyCtrlU)
				keys = "2026-03-1"
			case m.reflect.inCurveballs() && m.reflect.sub >= len(kit.CurveballParts):
				keys = "" // one curveball is enough
			}
			for _, r := range keys {
				typeText(t, m, string(r))
				assertSavedHolds(t, m, j)
			}
			_, cmd := m.Update(autosaveTickMsg{id: m.reflect.tickID})
			run(t, m, cmd)
			assertSavedHolds(t, m, j)
			press(t, m, keyEnter)
			assertSavedHolds(t, m, j)
		}
	})
}

// assertSavedHolds fails when the header shows "✓ saved" but the draft on
// disk differs from what the flow holds with the input applied.
func assertSavedHolds(t *testing.T, m *Model, j *fakeJournal) {
	t.Helper()
	if !savedShown(m) || m.screen != kit.ScreenReflect || m.reflect.saved != nil {
		return
	}
	shown := m.reflect
	shown.draft.Interview = uitest.RoundTrip(m.reflect.draft.Interview)
	offered := journal.DateOf(fixedNow).String()
	if p := shown.prompt(); p.Kind == journal.KindDate && shown.input.Text() == offered && shown.draft.Interview.Get(shown.field()).Text == "" {
		// The date offered before anything is typed is not an answer yet;
		// enter takes it.
		return
	}
	if err := shown.apply(true); err != nil {
		t.Fatalf("saved is shown while the input holds an answer that cannot be stored: %v", err)
	}
	d := onlyDraft(t, j)
	if a, b := uitest.RoundTrip(d.Interview), uitest.RoundTrip(shown.draft.Interview); !equalJSON(a, b) {
		t.Fatalf("saved is shown but the draft on disk differs from the screen:\n%+v\n%+v", a, b)
	}
}

func equalJSON(a, b journal.Interview) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

var keyCtrlU = tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
