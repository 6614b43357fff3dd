package stories

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// part is one part of a story in its form.
type part struct {
	label string
	kind  journal.FieldKind
	get   func(*journal.Story) *string
}

// parts are the parts of a story, in the order the form asks them: the
// STAR shape and what the story shows about the user.
var parts = []part{
	{"Title", journal.KindShort, func(s *journal.Story) *string { return &s.Title }},
	{"Situation", journal.KindLong, func(s *journal.Story) *string { return &s.Situation }},
	{"Task", journal.KindLong, func(s *journal.Story) *string { return &s.Task }},
	{"Action", journal.KindLong, func(s *journal.Story) *string { return &s.Action }},
	{"Result", journal.KindLong, func(s *journal.Story) *string { return &s.Result }},
	{"What it shows about you", journal.KindLong, func(s *journal.Story) *string { return &s.Shows }},
	{"Themes (separated by commas)", journal.KindShort, nil},
}

// form edits one story: every part's text, the one at holds the input.
type form struct {
	base  journal.Story
	texts []string
	at    int
	input kit.FieldInput
	// leaving is set by esc on a changed story: a second esc drops it.
	leaving bool
}

func newForm(st journal.Story, sh *kit.Context) *form {
	f := &form{base: st, texts: make([]string, len(parts))}
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

// update passes a message to the input.
func (f *form) update(msg tea.Msg, sh *kit.Context) tea.Cmd {
	cmd, _ := f.input.Update(msg, sh.Keys.Reflect)
	return cmd
}

// story is the story as the form holds it.
func (f *form) story() journal.Story {
	f.texts[f.at] = f.input.Text()
	st := f.base
	st.Themes = append([]string(nil), st.Themes...)
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

// partText is the text of one part of st, as the form holds it.
func partText(pt part, st *journal.Story) string {
	if pt.get != nil {
		return *pt.get(st)
	}
	return strings.Join(st.Themes, ", ")
}

// rebase makes theirs, saved elsewhere meanwhile, the story the form
// edits from: the parts merged from it (those mine left as they were)
// show its text, the others keep what was typed.
func (f *form) rebase(theirs, mine, merged journal.Story, sh *kit.Context) {
	f.texts[f.at] = f.input.Text()
	f.base = theirs
	for i, pt := range parts {
		if text := partText(pt, &merged); text != partText(pt, &mine) {
			f.texts[i] = text
		}
	}
	f.focus(sh)
}

// changed reports whether the story differs from the one opened.
func (f *form) changed() bool {
	st := f.story()
	return st.Title != f.base.Title || st.Situation != f.base.Situation || st.Task != f.base.Task ||
		st.Action != f.base.Action || st.Result != f.base.Result || st.Shows != f.base.Shows ||
		strings.Join(st.Themes, "\x00") != strings.Join(f.base.Themes, "\x00")
}
