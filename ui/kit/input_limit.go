package kit

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/safetext"
)

// InputCap is the most text, in bytes, an answer's input holds on screen.
// The text area lays out and draws all of its text on every key, so a key
// costs more the longer the answer (BenchmarkKeyAfterPaste: about 0.7 ms a
// KiB here, 0.8 s a key at 1 MiB); at 16 KiB, some 2,500 words, a key still
// takes less than a frame. Longer answers are written in $EDITOR, and the
// input then shows the start of the answer and says so.
const InputCap = 16 << 10

// longPreviewLines is how much of an answer too long to edit on screen is
// shown.
const longPreviewLines = 4

// admit applies the answer's limit to a key or paste (see text_limit.go),
// and the screen's cap where the answer may hold more than the screen; it
// returns the message to pass on to the widget, or false when nothing of
// it is taken.
func (f *FieldInput) admit(msg tea.Msg, held int) (tea.Msg, bool) {
	if text, _ := addedText(msg); text == "" {
		return msg, true
	}
	lim := f.limit.orDefault()
	if f.long != "" || lim.Bytes > InputCap {
		return msg, !f.refuse(msg, held)
	}
	out, ok, notice := LimitMsg(lim, msg, held, f.UsesArea())
	f.notice = notice
	return out, ok
}

// keptWithin undoes a change that took the input past its limit, which
// admit prevents for text; it stays as a guard for keys that add without
// text (a new line). It reports whether it undid one.
func (f *FieldInput) keptWithin(before string) bool {
	lim := f.limit.orDefault()
	n := len(f.Text())
	if n <= lim.Bytes || n <= len(before) {
		return false
	}
	f.setWidget(before)
	f.notice = lim.notice(fromTyping, before)
	return true
}

// refuse reports whether msg would put more text into the input than it
// holds on screen, and leaves a notice saying what to do instead; held is
// how many bytes it holds now. Nothing is lost: a refused paste is still on
// the clipboard, and the notice points to the editor.
func (f *FieldInput) refuse(msg tea.Msg, held int) bool {
	text, how := addedText(msg)
	adding, pasted := len(asWidgetStores(text, f.UsesArea())), how == fromPaste
	if adding == 0 {
		return false
	}
	switch {
	case f.long != "":
		// longView already says where to change it.
	case held+adding <= InputCap:
		f.notice = ""
		return false
	case pasted:
		f.notice = fmt.Sprintf("Not pasted: %s is more than an answer here holds (%s). Press ctrl+e and paste it in your editor instead.",
			byteSize(adding), byteSize(InputCap))
	default:
		f.notice = fmt.Sprintf("This answer holds %s here. Press ctrl+e to go on writing it in your editor.", byteSize(InputCap))
	}
	return true
}

// keepLong holds text too long for the input aside, and reports whether it
// did; the input then stays empty and shows longView.
func (f *FieldInput) keepLong(text string) bool {
	f.long = ""
	if !f.IsText() || len(text) <= InputCap {
		return false
	}
	f.long = text
	return true
}

// longView shows the start of an answer too long to edit on screen, its
// size, and how to change it.
func (f FieldInput) longView(st Styles, width int) string {
	lines := strings.SplitN(safetext.Text(f.long), "\n", longPreviewLines+1)
	lines = lines[:min(len(lines), longPreviewLines)]
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(st.Faint.Render("│ "+Truncate(l, max(1, width-2))) + "\n")
	}
	note := fmt.Sprintf("This answer is %s, too long to edit here; it is kept whole. Press ctrl+e to open it in your editor.", byteSize(len(f.long)))
	if lim := f.limit.orDefault(); len(f.long) > lim.Bytes {
		note += fmt.Sprintf(" It is over the %s an answer may hold: shorten it there before you finish.", byteSize(lim.Bytes))
	}
	b.WriteString(st.Warning.Width(max(1, width)).Render(note))
	return b.String()
}

// noticeView adds the notice of a refused paste or key under the input.
func (f FieldInput) noticeView(view string, st Styles, width int) string {
	if f.notice == "" {
		return view
	}
	return view + "\n" + st.Warning.Width(max(1, width)).Render(f.notice)
}

// byteSize writes a size the way people read file sizes.
func byteSize(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", (n+512)>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
