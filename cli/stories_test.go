package cli_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
)

func TestStoryBankCommands(t *testing.T) {
	iv := fuInterview("Acme", journal.DateOf(fuNow))
	iv.ShouldHaveTold = []string{"The payments outage", "Mentoring the new hire"}
	r := newReminding(t, seedJournal(t, iv))

	out, errOut, code := r.run(t, fuNow, "stories", "from", "1")
	if code != 0 || !strings.Contains(out, "Started 2 stories from interview 1") {
		t.Fatalf("from: exit %d %s%s", code, out, errOut)
	}
	if out, _, _ := r.run(t, fuNow, "stories", "from", "1"); !strings.Contains(out, "no left-out stories") {
		t.Fatalf("from twice: %s", out)
	}
	if _, errOut, code := r.run(t, fuNow, "stories", "add", "The outage \x1b]0;x\x07", "--situation", "Payments down", "--task", "Restore", "--action", "Rolled back",
		"--result", "40 minutes", "--shows", "calm", "--theme", "pressure, failure", "--card", "1/1", "--card", "1/2"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	out, _, _ = r.run(t, fuNow, "stories", "--plain")
	for _, want := range []string{"1 · The payments outage (unfinished)", "3 · The outage (complete) · themes: pressure, failure · answers 1/1, 1/2", "Warning: \"The outage\" answers 1/1 and 1/2, all in interview 1"} {
		if !strings.Contains(out, want) {
			t.Errorf("stories lack %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("an escape sequence was kept: %q", out)
	}
	out, _, _ = r.run(t, fuNow, "stories", "--json")
	var doc struct {
		Stories []journal.Story
		Told    []struct{ Story uint64 } `json:"told_twice"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Stories) != 3 || len(doc.Told) != 1 || doc.Told[0].Story != 3 {
		t.Fatalf("json %v: %s", err, out)
	}
	if _, _, code := r.run(t, fuNow, "stories", "add", "x", "--card", "nope"); code != cli.ExitUsage {
		t.Fatalf("a bad card: exit %d", code)
	}
	if _, _, code := r.run(t, fuNow, "stories", "delete", "9"); code != cli.ExitNotFound {
		t.Fatalf("delete a missing story: exit %d", code)
	}
	if out, _, code := r.run(t, fuNow, "stories", "delete", "1"); code != 0 || !strings.Contains(out, "Removed story 1") {
		t.Fatalf("delete: %d %s", code, out)
	}
}
