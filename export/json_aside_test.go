package export_test

import (
	"bytes"
	"testing"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// A follow-up's version of its message kept aside survives a write and a
// read, beside the message.
func TestRoundTripKeepsMessageAside(t *testing.T) {
	iv := journal.Interview{ID: 1, Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 10),
		Stage: journal.StageFirst, Outcome: journal.Outcome{Status: journal.StatusPending},
		FollowUps: []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpOpen,
			Message: "Theirs", Aside: "Mine, kept aside"}}}
	doc := &export.Document{Interviews: []journal.Interview{iv}}
	first := writeJSON(t, doc)
	if !bytes.Contains(first, []byte(`"message_aside": "Mine, kept aside"`)) {
		t.Fatalf("the version aside is not written:\n%s", first)
	}
	back := readJSON(t, first)
	if d := sameData(doc.Interviews, back.Interviews); d != "" {
		t.Fatalf("read back different data: %s", d)
	}
	if f := back.Interviews[0].FollowUps[0]; f.Message != "Theirs" || f.Aside != "Mine, kept aside" {
		t.Fatalf("read back %+v", f)
	}
}
