package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
)

// TestDeleteQuestionKeepsItsKeys: asked to delete an interview with a long
// name, the list and the interview's page cut the name, never the keys
// that answer.
func TestDeleteQuestionKeepsItsKeys(t *testing.T) {
	j := newFakeJournal()
	j.Stored[1] = journal.Interview{ID: 1, Company: "Consolidated International Holdings of Greater Metropolitan Areas", Role: "Principal platform engineer", Date: journal.Today(fixedNow)}
	keyDelete := tea.KeyPressMsg{Code: 'd', Text: "d"}
	for _, start := range []struct {
		name string
		keys []tea.KeyPressMsg
	}{
		{"list", []tea.KeyPressMsg{keyL, keyDelete}},
		{"interview", []tea.KeyPressMsg{keyL, keyEnter, keyDelete}},
	} {
		t.Run(start.name, func(t *testing.T) {
			m := newTestModel(t, j, StartHome)
			m.Update(tea.WindowSizeMsg{Width: 70, Height: 24})
			press(t, m, start.keys...)
			s := plainView(m)
			if !strings.Contains(s, "? y delete · any other key keep") || !strings.Contains(s, "Delete Consolidated") {
				t.Fatalf("the question lost its keys:\n%s", s)
			}
		})
	}
}
