package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// TestKeysWaitForTheClaim: what is typed while the draft being resumed is
// still claimed goes into the flow once it opens, not to home.
func TestKeysWaitForTheClaim(t *testing.T) {
	j := newFakeJournal()
	d := journal.Draft{ID: 1, Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Acme"}, Step: 1}
	j.StoredDrafts[1], j.NextID = d, 1
	m := newTestModel(t, j, StartHome)
	_, claim := m.Update(kit.OpenFlowMsg{Draft: &d})
	for _, r := range "Lead" {
		if _, cmd := m.Update(tea.KeyPressMsg{Code: r, Text: string(r)}); cmd != nil {
			run(t, m, cmd)
		}
	}
	if m.screen != kit.ScreenHome {
		t.Fatalf("screen %v before the claim is back", m.screen)
	}
	run(t, m, claim)
	if m.screen != kit.ScreenReflect || m.reflect.Text() != "Lead" {
		t.Fatalf("screen %v, the flow's input holds %q", m.screen, m.reflect.Text())
	}
}

// TestDraftHeldElsewhereStaysOnHome: a draft another debrief has open does
// not open; home says where it is open.
func TestDraftHeldElsewhereStaysOnHome(t *testing.T) {
	j := newFakeJournal()
	d := journal.Draft{ID: 1, Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Acme"}, Step: 1, Holder: uitest.OtherHolder(2)}
	j.StoredDrafts[1], j.NextID = d, 1
	m := newTestModel(t, j, StartHome)
	press(t, m, keyR)
	if m.screen != kit.ScreenHome {
		t.Fatalf("screen %v", m.screen)
	}
	if screen := strings.Join(strings.Fields(browseScreen(m)), " "); !strings.Contains(screen, "Open in another debrief window since 17:30: finish or close it there first.") {
		t.Fatalf("home does not say why:\n%s", screen)
	}
	// Once that debrief has ended, the draft opens here.
	j.Gone = map[int]bool{2: true}
	press(t, m, keyR)
	if m.screen != kit.ScreenReflect {
		t.Fatalf("screen %v once the other debrief ended", m.screen)
	}
}
