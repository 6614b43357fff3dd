package stories

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// part is one part of a story in its form.
type part struct {
	label string
	// name is the part as a message names it, as journal.MergeStory does.
	name string
	kind journal.FieldKind
	get  func(*journal.Story) *string
}

// parts are the parts of a story, in the order the form asks them: the
// STAR shape and what the story shows about the user.
var parts = []part{
	{"Title", "title", journal.KindShort, func(s *journal.Story) *string { return &s.Title }},
	{"Situation", "situation", journal.KindLong, func(s *journal.Story) *string { return &s.Situation }},
	{"Task", "task", journal.KindLong, func(s *journal.Story) *string { return &s.Task }},
	{"Action", "action", journal.KindLong, func(s *journal.Story) *string { return &s.Action }},
	{"Result", "result", journal.KindLong, func(s *journal.Story) *string { return &s.Result }},
	{"What it shows about you", "what it shows", journal.KindLong, func(s *journal.Story) *string { return &s.Shows }},
	{"Themes (separated by commas)", "themes", journal.KindShort, nil},
}

// untitled is the title a story started in the form is kept under, as the
// user types, until they give it one.
const untitled = "Untitled story"

// form edits one story: every part's text, the one at holds the input.
//
// What is typed is kept in the story as the user types (see keep.go), so
// the form knows the story three ways: as typed (texts), as stored now
// (base, which each write moves on), and as it would be without this
// form's changes (undo), which dropping them puts back.
type form struct {
	// undo is the story as opened, with what other debriefs changed in it
	// since; its ID is 0 for a story the form started.
	undo journal.Story
	// base is the story as stored, as far as the form knows: each save
	// merges against it.
	base  journal.Story
	texts []string
	at    int
	input kit.FieldInput
	// leaving is set by esc on a changed story: a second esc drops it.
	leaving bool
	// held marks the parts another debrief changed while this form
	// changed them too: the form keeps them as stored until ctrl+s saves
	// them over on purpose, a moment after the form said so (warning).
	held    []bool
	warning kit.ClashWarning
	// closing is set while the save of ctrl+s, or a drop, is on its way:
	// the form closes once it lands.
	closing bool
	// apart is the copy the user's version is kept in while a part is
	// held, as stored (ID 0 until written), and apartOf the form's story
	// as last written there (see apart.go).
	apart, apartOf journal.Story
}

func newForm(st journal.Story, sh *kit.Context) *form {
	f := &form{undo: st, base: st, texts: make([]string, len(parts)), held: make([]bool, len(parts))}
	for i, pt := range parts {
		f.texts[i] = partText(pt, &st)
	}
	f.focus(sh)
	return f
}

// focus puts the input on the part at f.at.
func (f *form) focus(sh *kit.Context) {
	f.input = kit.NewFieldInput(parts[f.at].kind, f.texts[f.at], nil, sh.Keys.Reflect)
	f.input.SetSize(max(20, min(sh.Width-2, 90))-2, 4)
}

// move goes to the next or previous part, keeping what was typed.
func (f *form) move(by int, sh *kit.Context) {
	f.texts[f.at] = f.input.Text()
	f.at = (f.at + by + len(parts)) % len(parts)
	f.focus(sh)
}

// update passes a message to the input and reports whether it changed
// the text.
func (f *form) update(msg tea.Msg, sh *kit.Context) (tea.Cmd, bool) {
	before := f.input.Text()
	cmd, _ := f.input.Update(msg, sh.Keys.Reflect)
	return cmd, f.input.Text() != before
}

// story is the story as the form holds it: what ctrl+s saves.
func (f *form) story() journal.Story {
	f.texts[f.at] = f.input.Text()
	st := f.base
	st.Themes = slices.Clone(st.Themes)
	for i, pt := range parts {
		text := strings.TrimSpace(safetext.Text(f.texts[i]))
		if pt.get != nil {
			*pt.get(&st) = text
			continue
		}
		st.Themes = journal.UniqueThemes(strings.Split(text, ","))
	}
	return st
}

// draft is the story as kept while the user types: as the form holds it,
// but with the parts held over a clash as stored, and never without a
// title: the stored one while the user writes a new one, or, for a story
// not stored yet, a title saying it has none.
func (f *form) draft() journal.Story {
	st := f.story()
	for i, pt := range parts {
		if f.held[i] {
			setPart(pt, &st, &f.base)
		}
	}
	if st.Title == "" {
		st.Title = f.base.Title
		if st.Title == "" {
			st.Title = untitled
		}
	}
	return st
}

// unsaved reports whether the form holds words kept nowhere yet: that the
// story as stored lacks, the parts held over a clash aside, or, in those
// parts, that the copy kept apart lacks.
func (f *form) unsaved() bool {
	return f.draftUnsaved() || f.apartDue()
}

// draftUnsaved reports whether the form holds words the story as stored
// lacks, the parts held over a clash aside.
func (f *form) draftUnsaved() bool {
	if f.base.ID == 0 && blank(f.story()) {
		return false
	}
	return !sameParts(f.draft(), f.base)
}

// heldUnsaved reports whether a part held over a clash holds words the
// story as stored lacks.
func (f *form) heldUnsaved() bool {
	st := f.story()
	for i, pt := range parts {
		if f.held[i] && partValue(pt, &st) != partValue(pt, &f.base) {
			return true
		}
	}
	return false
}

// heldNames names the parts held over a clash, as journal.MergeStory
// does.
func (f *form) heldNames() []string {
	var names []string
	for i, pt := range parts {
		if f.held[i] {
			names = append(names, pt.name)
		}
	}
	return names
}

// partsCalled names parts, given as journal.MergeStory names them, the
// way the form labels them, quoted, for a sentence: “Situation” and
// “Themes”.
func partsCalled(names []string) string {
	var labels []string
	for _, pt := range parts {
		if slices.Contains(names, pt.name) {
			label, _, _ := strings.Cut(pt.label, " (")
			labels = append(labels, label)
		}
	}
	return kit.QuotedList(labels)
}

// written reports whether the story as stored holds this form's changes
// (or, for a story the form started, is there at all).
func (f *form) written() bool {
	return f.base.ID != f.undo.ID || !sameParts(f.base, f.undo)
}

// changed reports whether the form holds changes of its own: what esc
// asks about before dropping them.
func (f *form) changed() bool {
	return !sameParts(f.story(), f.undo)
}

// landed takes in a story saved, or found, since the form last wrote:
// stored is the story as stored now, sent what the form sent, merged what
// the merge of the two edits made of it. Parts another debrief changed
// become the form's own to drop to; parts the merge took from it show its
// text, unless typed into since, or clashing (held from now on).
func (f *form) landed(stored, sent, merged journal.Story, theirs *journal.Story, clashes []string, sh *kit.Context) {
	f.texts[f.at] = f.input.Text()
	now := f.draft()
	for i, pt := range parts {
		if theirs != nil && partValue(pt, theirs) != partValue(pt, &f.base) {
			setPart(pt, &f.undo, theirs)
		}
		switch {
		case f.held[i] || slices.Contains(clashes, pt.name):
			f.held[i] = true
		case partValue(pt, &merged) != partValue(pt, &sent) && partValue(pt, &now) == partValue(pt, &sent):
			f.texts[i] = partText(pt, &merged)
		}
	}
	f.base = stored
	f.focusKeeping(sh)
}

// deleted makes the story, deleted by another debrief, a new one the form
// starts: what was typed is still here, saving makes it again, dropping
// leaves it deleted.
func (f *form) deleted(sh *kit.Context) {
	f.texts[f.at] = f.input.Text()
	gone := f.base
	f.base = journal.Story{From: gone.From, Note: gone.Note, Cards: gone.Cards}
	f.undo = journal.Story{}
	f.held = make([]bool, len(parts))
	f.focusKeeping(sh)
}

// focusKeeping puts the input on its part again when the part's text was
// changed under it, and leaves it (and its cursor) alone otherwise.
func (f *form) focusKeeping(sh *kit.Context) {
	if f.input.Text() != f.texts[f.at] {
		f.focus(sh)
	}
}

// partText is the text of one part of st, as the form holds it.
func partText(pt part, st *journal.Story) string {
	if pt.get != nil {
		return *pt.get(st)
	}
	return strings.Join(st.Themes, ", ")
}

// partValue is one part of st, for comparing.
func partValue(pt part, st *journal.Story) string {
	if pt.get != nil {
		return *pt.get(st)
	}
	return strings.Join(st.Themes, "\x00")
}

// setPart sets one part of dst to that of src.
func setPart(pt part, dst, src *journal.Story) {
	if pt.get != nil {
		*pt.get(dst) = *pt.get(src)
		return
	}
	dst.Themes = slices.Clone(src.Themes)
}

// sameParts reports whether a and b say the same in every part of the
// form.
func sameParts(a, b journal.Story) bool {
	for _, pt := range parts {
		if partValue(pt, &a) != partValue(pt, &b) {
			return false
		}
	}
	return true
}

// blank reports whether every part of st is empty.
func blank(st journal.Story) bool {
	return sameParts(st, journal.Story{})
}
