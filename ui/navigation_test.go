package ui

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// The rules of moving around the app, checked on the root model.

func TestEscNeverQuits(t *testing.T) {
	m := openList(t, demoJournal(t, 5))
	press(t, m, keyEnter) // the interview page
	for range 5 {
		press(t, m, keyEsc)
	}
	if m.quit || m.screen != kit.ScreenHome {
		t.Fatalf("esc pressed from the interview page: quit %v, screen %v; want home", m.quit, m.screen)
	}
	press(t, m, letter('q'))
	if !m.quit {
		t.Fatal("q on home did not quit")
	}
}

func TestEscOnHomeClearsTheStatus(t *testing.T) {
	m := newTestModel(t, demoJournal(t, 3), StartHome)
	m.sh.SetStatus("Draft kept.", false)
	press(t, m, keyEsc)
	if m.quit || m.line.Text() != "" {
		t.Fatalf("esc on home: quit %v, status %q", m.quit, m.line.Text())
	}
}

func TestEnterOnRecentOpensItAndBackKeepsTheSelection(t *testing.T) {
	j := demoJournal(t, 5)
	m := newTestModel(t, j, StartHome)
	press(t, m, keyDown, keyDown) // the second recent interview
	sums, _, _ := j.RecentSummaries(2)
	want := sums[1].ID
	press(t, m, keyEnter)
	if m.screen != kit.ScreenDetail || m.pageID != want {
		t.Fatalf("enter on the second recent interview opened %v", m.screen)
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenHome {
		t.Fatalf("back from the interview: screen %v", m.screen)
	}
	// The selection is where it was: enter opens the same interview.
	press(t, m, keyEnter)
	if m.screen != kit.ScreenDetail || m.pageID != want {
		t.Fatalf("back on home, the selection moved: enter opened %v %d, want %d", m.screen, m.pageID, want)
	}
}

func TestBackFromAnInterviewReturnsToTheFilteredList(t *testing.T) {
	m, ids, sel := filteredListOnInterview(t, demoJournal(t, 20))
	press(t, m, keyEsc)
	wantListAsLeft(t, m, ids, sel)
}

// filteredListOnInterview opens the list filtered to a few interviews and
// reads the second of them; it returns the IDs shown and the one read.
func filteredListOnInterview(t *testing.T, j *fakeJournal) (*Model, []uint64, uint64) {
	t.Helper()
	m := openList(t, j)
	press(t, m, keySlash)
	typeText(t, m, "stage:final")
	press(t, m, keyEnter, letter('j'))
	ids, sel := shownIDs(m), m.browse.selectedID()
	press(t, m, keyEnter)
	if m.screen != kit.ScreenDetail || len(ids) < 2 || len(ids) == len(j.Stored) {
		t.Fatalf("on %v after the list filtered to %v", m.screen, ids)
	}
	return m, ids, sel
}

// wantListAsLeft checks the list is back, filter and selection included.
func wantListAsLeft(t *testing.T, m *Model, ids []uint64, sel uint64) {
	t.Helper()
	if m.screen != kit.ScreenBrowse || !slices.Equal(shownIDs(m), ids) || m.browse.selectedID() != sel {
		t.Fatalf("back on %v shows %v selecting %d; want the list %v selecting %d", m.screen, shownIDs(m), m.browse.selectedID(), ids, sel)
	}
}

func TestBackAfterFeedbackReturnsToTheFilteredList(t *testing.T) {
	m, ids, sel := filteredListOnInterview(t, demoJournal(t, 20))
	press(t, m, letter('f'))
	if m.screen != kit.ScreenFeedback {
		t.Fatalf("f on the interview opened %v", m.screen)
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenDetail || m.page.(*detailPage).id != sel {
		t.Fatalf("esc on the feedback form went to %v", m.screen)
	}
	press(t, m, keyEsc)
	wantListAsLeft(t, m, ids, sel)
}

func TestBackAfterDecisionReturnsToTheFilteredList(t *testing.T) {
	m, ids, sel := filteredListOnInterview(t, demoJournal(t, 20))
	press(t, m, letter('D'))
	if m.screen != kit.ScreenReflect {
		t.Fatalf("D on the interview opened %v", m.screen)
	}
	press(t, m, keyEsc) // pause
	if m.screen != kit.ScreenDetail || m.page.(*detailPage).id != sel {
		t.Fatalf("pausing the reflection on the decision went to %v", m.screen)
	}
	press(t, m, keyEsc)
	wantListAsLeft(t, m, ids, sel)
}

func TestQuestionMarkOnHomeShowsTheKeys(t *testing.T) {
	m := newTestModel(t, demoJournal(t, 3), StartHome)
	press(t, m, letter('?'))
	s := browseScreen(m)
	for _, want := range []string{"enter", "read", "follow-ups", "weekly review", "clear the message", "Press any key to go back."} {
		if !strings.Contains(s, want) {
			t.Fatalf("? on home lacks %q:\n%s", want, s)
		}
	}
	press(t, m, keyEsc)
	if m.quit || m.screen != kit.ScreenHome || strings.Contains(browseScreen(m), "Press any key to go back.") {
		t.Fatalf("esc did not close the keys: quit %v, screen %v\n%s", m.quit, m.screen, browseScreen(m))
	}
}

func TestStatusLineStaysOnItsScreen(t *testing.T) {
	m := openList(t, demoJournal(t, 5))
	press(t, m, letter('s'))
	if m.line.Text() == "" {
		t.Fatal("s on the list showed no status line")
	}
	press(t, m, keyEnter)
	if m.screen != kit.ScreenDetail || m.line.Text() != "" {
		t.Fatalf("on %v the status line still reads %q", m.screen, m.line.Text())
	}
	// A status set by what changed the screen shows on the new one.
	press(t, m, letter('D'), keyEsc)
	if m.screen != kit.ScreenDetail || !strings.Contains(m.line.Text(), "Draft kept") {
		t.Fatalf("back on %v after pausing, the status line reads %q", m.screen, m.line.Text())
	}
	press(t, m, keyEsc)
	if m.screen != kit.ScreenBrowse || m.line.Text() != "" {
		t.Fatalf("on %v the status line still reads %q", m.screen, m.line.Text())
	}
}

func TestKeysWaitWhileTheWindowIsTooSmall(t *testing.T) {
	m := newTestModel(t, demoJournal(t, 3), StartHome)
	sized(t, m, 30, 8)
	press(t, m, letter('l'), letter('n'), letter('q'), keyEnter)
	if m.quit || m.screen != kit.ScreenHome {
		t.Fatalf("keys acted on a window too small to draw: quit %v, screen %v", m.quit, m.screen)
	}
	sized(t, m, 80, 24)
	press(t, m, letter('l'))
	if m.screen != kit.ScreenBrowse {
		t.Fatalf("l on a window large again opened %v", m.screen)
	}
	sized(t, m, 30, 8)
	press(t, m, tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if !m.quit {
		t.Fatal("ctrl+c did not quit on a window too small to draw")
	}
}

func TestEscAfterSavingAReviewGoesHome(t *testing.T) {
	j := weekJournal()
	rs, err := j.Reviews()
	if err != nil || len(rs) == 0 {
		t.Fatalf("the journal holds no review: %v", err)
	}
	m := newTestModel(t, j, StartHome)
	_, cmd := m.Update(reviewSavedMsg{review: *rs[0]})
	run(t, m, cmd)
	if m.screen != kit.ScreenReview {
		t.Fatalf("a saved review opened %v", m.screen)
	}
	press(t, m, keyEsc)
	if m.quit || m.screen != kit.ScreenHome {
		t.Fatalf("esc on the saved review: quit %v, screen %v; want home", m.quit, m.screen)
	}
}
