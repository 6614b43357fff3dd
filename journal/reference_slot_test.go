package journal_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// The note to references reads as one sentence around its slot: "could
// speak to [...]" does not say "could speak to" again inside the brackets,
// and speaks in the writer's voice to the reader ("my", "you").
func TestTellReferencesSlotReads(t *testing.T) {
	msg, err := journal.DraftMessageFor(fuFullContext(), journal.FollowUp{Kind: journal.FollowUpTellReferences}, "")
	if err != nil {
		t.Fatal(err)
	}
	flat := fuFlat(msg)
	if !strings.Contains(flat, "if you could speak to "+journal.ReferenceSlot+".") {
		t.Fatalf("the slot is not where the sentence expects it:\n%s", msg)
	}
	if n := strings.Count(flat, "speak to"); n != 1 {
		t.Errorf("says “speak to” %d times:\n%s", n, msg)
	}
	for _, w := range []string{"yours", "they know"} {
		if strings.Contains(journal.ReferenceSlot, w) {
			t.Errorf("the slot %q speaks of the reader as %q", journal.ReferenceSlot, w)
		}
	}
}

// A message kept with the slot as it was once worded still counts it as
// unfilled.
func TestUnfilledSlotsFindsTheOldReferenceSlot(t *testing.T) {
	old := "[the work of yours they know best and could speak to]"
	text := "Hi Sam,\n\nit would help if you could speak to " + old + ".\n"
	if got := journal.UnfilledSlots(text); !slices.Equal(got, []string{old}) {
		t.Fatalf("UnfilledSlots = %q", got)
	}
}
