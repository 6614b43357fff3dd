package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// FuzzInputFilter types and pastes any text into each kind of text input:
// what the input then holds is safe to draw (safetext leaves it as it is),
// its view holds nothing a terminal would act on, and it never holds more
// than inputCap.
func FuzzInputFilter(f *testing.F) {
	for _, a := range safetext.Attacks() {
		f.Add(a.Seq, false)
		f.Add(a.Seq, true)
	}
	f.Add("plain words\nand a second line\twith a tab", true)
	keys := kit.DefaultKeyMap().Reflect
	f.Fuzz(func(t *testing.T, s string, paste bool) {
		var msg tea.Msg = tea.KeyPressMsg{Text: s}
		if paste {
			msg = tea.PasteMsg{Content: s}
		}
		for _, kind := range []journal.FieldKind{journal.KindShort, journal.KindLong, journal.KindList} {
			in := kit.NewFieldInput(kind, "", nil, keys)
			in.SetSize(60, 5)
			in.Update(msg, keys)
			in.Update(msg, keys)
			got := in.Text()
			if !safetext.IsClean(got) {
				t.Fatalf("%s input holds %q after %q", kind, got, s)
			}
			if len(got) > kit.InputCap {
				t.Fatalf("%s input holds %d bytes, more than %d", kind, len(got), kit.InputCap)
			}
			if p := viewProblem(in.View(kit.NewStyles(true)), nil); p != "" {
				t.Fatalf("%s input draws %q: %s", kind, s, p)
			}
		}
	})
}
