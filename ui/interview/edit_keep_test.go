package interview

import (
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var keyNewline = tea.KeyPressMsg{Code: 'j', Mod: tea.ModCtrl}

// editDrafts returns the drafts of edits of the interview id.
func editDrafts(j *uitest.FakeJournal, id uint64) []journal.Draft {
	j.Mu.Lock()
	defer j.Mu.Unlock()
	var out []journal.Draft
	for _, d := range j.StoredDrafts {
		if d.Kind == journal.DraftInterview && d.InterviewID == id {
			out = append(out, d)
		}
	}
	return out
}

func lastLesson(iv journal.Interview) string {
	if len(iv.Lessons) == 0 {
		return ""
	}
	return iv.Lessons[len(iv.Lessons)-1]
}

// TestChangedAnswerIsKeptAsADraft types into the box of one answer: a
// second on, the words are in a draft of an edit of the interview, which
// the save then folds into the interview in one step.
func TestChangedAnswerIsKeptAsADraft(t *testing.T) {
	j := demoJournal(t, 5)
	m, d := openDetail(t, j, 1)
	id, before := d.id, j.Stored[d.id]
	pick(t, m, d, "Next time")
	press(t, m, keyNewline)
	typeText(t, m, "Ask who carries the pager")
	if got := editDrafts(j, id); len(got) != 0 {
		t.Fatalf("a draft was written before its second: %+v", got)
	}
	m.d.Fire()
	got := editDrafts(j, id)
	if len(got) != 1 || lastLesson(got[0].Interview) != "Ask who carries the pager" {
		t.Fatalf("after a second the drafts are %+v", got)
	}
	if got[0].Base == nil || !slices.Equal(got[0].Base.Lessons, before.Lessons) {
		t.Fatalf("the draft does not remember the interview as it was: %+v", got[0].Base)
	}
	if step := slices.IndexFunc(d.sh.Set.Prompts, func(p prompts.Prompt) bool { return p.Title == "Next time" }); got[0].Step != step {
		t.Fatalf("the draft opens at step %d, want %d", got[0].Step, step)
	}
	typeText(t, m, " at night")
	press(t, m, keyEnter)
	if lastLesson(j.Stored[id]) != "Ask who carries the pager at night" {
		t.Fatalf("saved %q", j.Stored[id].Lessons)
	}
	if got := editDrafts(j, id); len(got) != 0 {
		t.Fatalf("the saved answer's draft is still offered: %+v", got)
	}
	// A tick that comes after the save writes nothing.
	m.d.Fire()
	if got := editDrafts(j, id); len(got) != 0 {
		t.Fatalf("a late tick wrote a draft: %+v", got)
	}
}

// TestDroppedAnswerTakesItsDraftBack drops a change after it was kept: the
// interview and the drafts are as they were.
func TestDroppedAnswerTakesItsDraftBack(t *testing.T) {
	j := demoJournal(t, 5)
	m, d := openDetail(t, j, 1)
	id, before := d.id, j.Stored[d.id]
	pick(t, m, d, "Next time")
	typeText(t, m, " and more")
	m.d.Fire()
	if len(editDrafts(j, id)) != 1 {
		t.Fatal("the change was not kept")
	}
	press(t, m, keyEsc, keyEsc)
	if d.mode != detailReading {
		t.Fatal("esc twice did not drop the change")
	}
	if got := editDrafts(j, id); len(got) != 0 {
		t.Fatalf("the dropped change is still offered: %+v", got)
	}
	if !slices.Equal(j.Stored[id].Lessons, before.Lessons) {
		t.Fatal("dropping changed the interview")
	}
}

// TestKeepTypedKeepsTheLastWords asks the page to keep its words as the app
// ends, before any tick: the draft holds every word, and the root is told.
func TestKeepTypedKeepsTheLastWords(t *testing.T) {
	j := demoJournal(t, 5)
	m, d := openDetail(t, j, 1)
	id := d.id
	var page kit.Screen = d
	keeper, ok := page.(kit.Keeper)
	if !ok {
		t.Fatal("the interview page is not a kit.Keeper")
	}
	pick(t, m, d, "Next time")
	if cmd := keeper.KeepTyped(); cmd != nil {
		t.Fatal("a box with nothing typed asks to keep something")
	}
	typeText(t, m, " then the pager")
	msgs := uitest.Messages(t, keeper.KeepTyped())
	if len(msgs) != 1 {
		t.Fatalf("keeping sent %v", msgs)
	}
	// The reply of the save answers the root.
	replies := uitest.Messages(t, d.Update(msgs[0]))
	got := editDrafts(j, id)
	if len(got) != 1 || !containsLesson(got[0].Interview, "then the pager") {
		t.Fatalf("the drafts hold %+v", got)
	}
	if len(replies) != 1 || replies[0] != (kit.KeptMsg{}) {
		t.Fatalf("the root was not told the words are kept: %v", replies)
	}
}

func containsLesson(iv journal.Interview, part string) bool {
	return slices.ContainsFunc(iv.Lessons, func(l string) bool { return len(l) >= len(part) && l[len(l)-len(part):] == part })
}

// TestChangedAnswerJoinsAnUnfinishedEdit changes one answer of an interview
// whose whole reflection is being edited: the edit's draft takes the
// words, and dropping them leaves that draft as it was.
func TestChangedAnswerJoinsAnUnfinishedEdit(t *testing.T) {
	j := demoJournal(t, 5)
	m, d := openDetail(t, j, 1)
	id := d.id
	iv := j.Stored[id]
	base := iv.Clone()
	edit := journal.Draft{Kind: journal.DraftInterview, InterviewID: id, Interview: iv.Clone(), Base: &base, Step: 2}
	edit.Interview.Role = "Staff engineer"
	if err := j.SaveDraft(&edit); err != nil {
		t.Fatal(err)
	}
	pick(t, m, d, "Next time")
	typeText(t, m, " and the pager")
	m.d.Fire()
	got := editDrafts(j, id)
	if len(got) != 1 || got[0].ID != edit.ID || got[0].Interview.Role != "Staff engineer" || !containsLesson(got[0].Interview, "and the pager") {
		t.Fatalf("the unfinished edit does not hold both changes: %+v", got)
	}
	press(t, m, keyEsc, keyEsc)
	got = editDrafts(j, id)
	if len(got) != 1 || got[0].Interview.Role != "Staff engineer" || containsLesson(got[0].Interview, "and the pager") {
		t.Fatalf("dropping did not put the unfinished edit back: %+v", got)
	}
}

// TestBoxShowsTheUnfinishedChange opens the box of an answer an unfinished
// edit changed: the box shows that change, not the answer as saved, so
// words typed on top of it add to it; saving settles the edit, which goes
// once it changes nothing else.
func TestBoxShowsTheUnfinishedChange(t *testing.T) {
	for _, alsoRole := range []bool{false, true} {
		j := demoJournal(t, 5)
		m, d := openDetail(t, j, 1)
		id := d.id
		iv := j.Stored[id]
		base := iv.Clone()
		edit := journal.Draft{Kind: journal.DraftInterview, InterviewID: id, Interview: iv.Clone(), Base: &base}
		edit.Interview.Lessons = append(edit.Interview.Lessons, "ONE")
		if alsoRole {
			edit.Interview.Role = "Staff engineer"
		}
		if err := j.SaveDraft(&edit); err != nil {
			t.Fatal(err)
		}
		pick(t, m, d, "Next time")
		if !strings.HasSuffix(d.input.Text(), "ONE") || !strings.Contains(m.View(), "not saved yet") {
			t.Fatalf("the box does not show the unfinished change: %q\n%s", d.input.Text(), m.View())
		}
		typeText(t, m, " TWO")
		press(t, m, keyEnter)
		if got := lastLesson(j.Stored[id]); got != "ONE TWO" {
			t.Fatalf("saved %q, want the unfinished change and the words typed on it", got)
		}
		drafts := editDrafts(j, id)
		switch {
		case !alsoRole && len(drafts) != 0:
			t.Fatalf("an edit that changes nothing more is still offered: %+v", drafts)
		case alsoRole && (len(drafts) != 1 || drafts[0].Interview.Role != "Staff engineer" || lastLesson(drafts[0].Interview) != "ONE TWO"):
			t.Fatalf("the edit's other change was not kept as it was: %+v", drafts)
		}
	}
}

// TestBoxDoesNotSaveOverAChangeMadeMeanwhile saves an answer another
// debrief changed while the box was open: the first enter says so and
// saves nothing, the second saves the words typed over it.
func TestBoxDoesNotSaveOverAChangeMadeMeanwhile(t *testing.T) {
	j := demoJournal(t, 5)
	m, d := openDetail(t, j, 1)
	id := d.id
	pick(t, m, d, "Role")
	typeText(t, m, " (mine)")
	if _, err := j.ChangeInterview(id, func(iv *journal.Interview) error { iv.Role = "Theirs"; return nil }); err != nil {
		t.Fatal(err)
	}
	press(t, m, keyEnter)
	if j.Stored[id].Role != "Theirs" || d.mode != detailEditing {
		t.Fatalf("the first enter saved over the other change: %q", j.Stored[id].Role)
	}
	if s := m.View(); !strings.Contains(s, "another debrief changed") {
		t.Fatalf("the page does not say why it did not save:\n%s", s)
	}
	// Meanwhile the words typed are kept, as the draft of the change.
	if ds := editDrafts(j, id); len(ds) != 1 || !strings.HasSuffix(ds[0].Interview.Role, "(mine)") {
		t.Fatalf("the words typed are not kept while the user decides: %+v", ds)
	}
	// An enter at once, as the refusal shows, is not an answer to it.
	press(t, m, keyEnter)
	if j.Stored[id].Role != "Theirs" {
		t.Fatalf("an enter pressed as the refusal came saved over it: %q", j.Stored[id].Role)
	}
	m.d.Fire() // a second on
	press(t, m, keyEnter)
	if !strings.HasSuffix(j.Stored[id].Role, "(mine)") {
		t.Fatalf("the second enter did not save the words typed: %q", j.Stored[id].Role)
	}
}
