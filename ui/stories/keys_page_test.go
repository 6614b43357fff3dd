package stories

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

// The ? page of the story bank names each arrow once: "↑/↓ select" says
// it all, so no "↓ down" follows.
func TestKeysPageNamesEachArrowOnce(t *testing.T) {
	ctx := uitest.NewContext(uitest.NewFakeJournal())
	page := kit.KeysPage(ctx, 80, New(ctx).KeyGroups()...)
	if !strings.Contains(page, "↑/↓") {
		t.Fatalf("no arrows on the ? page:\n%s", page)
	}
	if n := strings.Count(page, "↓"); n != 1 {
		t.Fatalf("↓ is named %d times:\n%s", n, page)
	}
}
