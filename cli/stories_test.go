package cli_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func TestStoryBankCommands(t *testing.T) {
	iv := fuInterview("Acme", journal.DateOf(fuNow))
	iv.ShouldHaveTold = []string{"The payments outage", "Mentoring the new hire"}
	iv.Curveballs = append(iv.Curveballs, journal.Curveball{Question: "Tell me about a failure.", BetterAnswer: "The outage, and what I changed after it"})
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

// A story naming a card the journal does not have is refused, with
// nothing saved.
func TestStoriesRefuseUnknownCards(t *testing.T) {
	r := newReminding(t, seedJournal(t, fuInterview("Acme", journal.DateOf(fuNow))))
	for _, ref := range []string{"99/9", "1/7"} {
		if _, errOut, code := r.run(t, fuNow, "stories", "add", "X", "--card", ref); code != cli.ExitNotFound || !strings.Contains(errOut, "There is no card "+ref) {
			t.Fatalf("card %s: exit %d: %s", ref, code, errOut)
		}
	}
	if out, _, _ := r.run(t, fuNow, "stories", "--plain"); !strings.Contains(out, "No stories yet") {
		t.Fatalf("a refused story was saved:\n%s", out)
	}
}

// Themes written twice are kept once; a card is kept as the drill names
// it.
func TestStoriesKeepEachThemeOnce(t *testing.T) {
	r := newReminding(t, seedJournal(t, fuInterview("Acme", journal.DateOf(fuNow))))
	if _, errOut, code := r.run(t, fuNow, "stories", "add", "Y", "--card", "01/1", "--theme", "pressure, Salary expectations, pressure", "--theme", "Pressure"); code != 0 {
		t.Fatalf("add: %s", errOut)
	}
	if out, _, _ := r.run(t, fuNow, "stories", "--plain"); !strings.Contains(out, "1 · Y (unfinished) · themes: pressure, Salary expectations · answers 1/1\n") {
		t.Fatalf("themes or card:\n%s", out)
	}
}

// A story started from a left-out one is not started again once renamed.
func TestStoriesFromKeepsARenamedStoryLinked(t *testing.T) {
	iv := fuInterview("Acme", journal.DateOf(fuNow))
	iv.ShouldHaveTold = []string{"The migration project"}
	r := newReminding(t, seedJournal(t, iv))
	if out, _, code := r.run(t, fuNow, "stories", "from", "1"); code != 0 || !strings.Contains(out, "Started 1 story") {
		t.Fatalf("from: %d %s", code, out)
	}
	s, err := store.Open(r.db)
	if err != nil {
		t.Fatal(err)
	}
	stories, _ := s.Stories()
	st := stories[0]
	st.Title = "Renamed"
	if err := s.SaveStory(&st); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if out, _, _ := r.run(t, fuNow, "stories", "from", "1"); !strings.Contains(out, "no left-out stories") {
		t.Fatalf("started again once renamed: %s", out)
	}
}
