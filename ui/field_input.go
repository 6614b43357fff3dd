package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// fieldInput is the input of one step: a line, a text area, a 1-5 rating or
// a choice among options, depending on the kind of answer.
type fieldInput struct {
	kind    journal.FieldKind
	line    textinput.Model
	area    textarea.Model
	rating  journal.Rating
	options []string
	choice  int // index into options, -1 when nothing is chosen
	low     string
	high    string
	// long holds an answer too long to edit on screen (see input_limit.go);
	// the widget is then empty and the answer changes only in $EDITOR.
	long string
	// notice says why the last typing or paste was refused or cut.
	notice string
	// limit is the most the answer may hold (see text_limit.go).
	limit textLimit
	// overflow holds the whole of a text from the editor that was cut to
	// the limit, so ctrl+e can open it again to be shortened; typing on
	// screen drops it.
	overflow string
	width    int
}

// newFieldInput builds the input for a kind of answer, filled with text.
func newFieldInput(kind journal.FieldKind, text string, options []string, keys ReflectKeys) fieldInput {
	f := fieldInput{kind: kind, options: options, choice: -1}
	// The widgets draw their value as it is: text from an import must be
	// made safe before they hold it (see input_filter.go).
	text = safetext.Text(text)
	if f.keepLong(text) {
		text = ""
	}
	switch kind {
	case journal.KindRating:
		n, _ := strconv.Atoi(text)
		f.rating = journal.Rating(n)
	case journal.KindChoice:
		for i, o := range options {
			if strings.EqualFold(o, text) {
				f.choice = i
			}
		}
	case journal.KindLong, journal.KindList, journal.KindPeople:
		f.area = textarea.New()
		f.area.ShowLineNumbers = false
		f.area.Prompt = "│ "
		// MaxHeight only sizes the box; 0 lets the text grow without the
		// default silent cap on lines.
		f.area.MaxHeight = 0
		f.area.CharLimit = 0
		f.area.KeyMap.InsertNewline = keys.Newline
		f.area.SetValue(text)
		as := f.area.Styles()
		as.Cursor.Blink = false // a steady cursor: no redraw twice a second
		f.area.SetStyles(as)
		f.area.Focus()
	default:
		f.line = textinput.New()
		f.line.Prompt = "› "
		f.line.CharLimit = 0
		if kind == journal.KindDate {
			f.line.Placeholder = "YYYY-MM-DD"
		}
		f.line.SetValue(text)
		ls := f.line.Styles()
		ls.Cursor.Blink = false
		f.line.SetStyles(ls)
		f.line.CursorEnd()
		f.line.Focus()
	}
	return f
}

// isText reports whether the input takes typed text (so ? and digits are
// characters, not commands).
func (f fieldInput) isText() bool {
	return f.kind != journal.KindRating && f.kind != journal.KindChoice
}

// usesArea reports whether the input is a multi-line text area.
func (f fieldInput) usesArea() bool {
	return f.kind == journal.KindLong || f.kind == journal.KindList || f.kind == journal.KindPeople
}

// Text returns what the input holds, as text.
func (f fieldInput) Text() string {
	switch f.kind {
	case journal.KindRating:
		if f.rating == 0 {
			return ""
		}
		return strconv.Itoa(int(f.rating))
	case journal.KindChoice:
		if f.choice < 0 {
			return ""
		}
		return f.options[f.choice]
	}
	if f.long != "" {
		return f.long
	}
	if f.usesArea() {
		return f.area.Value()
	}
	return f.line.Value()
}

// SetText replaces what a text input holds (after $EDITOR), cut to the
// answer's limit with a notice saying so.
func (f *fieldInput) SetText(s string) {
	s = safetext.Text(s)
	if !f.usesArea() {
		s = asWidgetStores(s, false)
	}
	f.notice, f.overflow = "", ""
	if lim := f.limit.orDefault(); len(s) > lim.bytes {
		f.overflow = s
		f.notice = lim.notice(fromEditor, s)
		s = cutBytes(s, lim.bytes)
	}
	f.setWidget(s)
}

// setWidget puts text in the widget, or aside when it is too long to edit
// on screen.
func (f *fieldInput) setWidget(s string) {
	if f.keepLong(s) {
		s = ""
	}
	if f.usesArea() {
		f.area.SetValue(s)
	} else if f.isText() {
		f.line.SetValue(s)
	}
}

// setLimit sets the most the answer may hold, and says so at once when it
// already holds more (a draft written before limits were enforced).
func (f *fieldInput) setLimit(l textLimit) {
	f.limit = l
	if !f.isText() {
		return
	}
	if lim := l.orDefault(); len(f.Text()) > lim.bytes {
		f.notice = lim.overNotice(f.Text())
	}
}

// editorText is the text ctrl+e opens: what the input holds, or the whole
// of a text from the editor that was cut to the limit.
func (f fieldInput) editorText() string {
	if f.overflow != "" {
		return f.overflow
	}
	return f.Text()
}

// SetSize fits the input to the space it has.
func (f *fieldInput) SetSize(width, height int) {
	f.width = width
	if f.usesArea() {
		f.area.SetWidth(max(10, width))
		f.area.SetHeight(max(1, height))
	} else if f.isText() {
		f.line.SetWidth(max(10, width-3))
	}
}

// Update handles a message meant for the input and reports whether the
// answer changed.
func (f *fieldInput) Update(msg tea.Msg, keys ReflectKeys) (tea.Cmd, bool) {
	before := f.Text()
	var cmd tea.Cmd
	switch f.kind {
	case journal.KindRating:
		if k, ok := msg.(tea.KeyPressMsg); ok {
			f.updateRating(k, keys)
		}
	case journal.KindChoice:
		if k, ok := msg.(tea.KeyPressMsg); ok {
			f.updateChoice(k, keys)
		}
	default:
		msg, ok := f.admit(cleanInput(msg), len(before))
		if !ok {
			return nil, false
		}
		if f.long != "" {
			return nil, false // an answer too long for the screen changes only in $EDITOR
		}
		if f.usesArea() {
			f.area, cmd = f.area.Update(msg)
		} else {
			f.line, cmd = f.line.Update(msg)
		}
		if f.keptWithin(before) {
			return nil, false
		}
	}
	changed := f.Text() != before
	if changed {
		f.overflow = ""
	}
	return cmd, changed
}

func (f *fieldInput) updateRating(k tea.KeyPressMsg, keys ReflectKeys) {
	s := k.String()
	switch {
	case len(s) == 1 && s[0] >= '1' && s[0] <= '5':
		f.rating = journal.Rating(s[0] - '0')
	case key.Matches(k, keys.Clear):
		f.rating = 0
	case s == "left" || s == "h":
		f.rating = max(1, f.rating-1)
	case s == "right" || s == "l":
		f.rating = min(5, f.rating+1)
	}
}

func (f *fieldInput) updateChoice(k tea.KeyPressMsg, keys ReflectKeys) {
	s := k.String()
	switch {
	case s == "up" || s == "k" || s == "left":
		if f.choice <= 0 {
			f.choice = len(f.options) - 1
		} else {
			f.choice--
		}
	case s == "down" || s == "j" || s == "right" || s == "tab":
		f.choice = (f.choice + 1) % len(f.options)
	case key.Matches(k, keys.Clear):
		f.choice = -1
	case len(s) == 1:
		// Jump to the next option starting with the typed letter.
		for i := 1; i <= len(f.options); i++ {
			j := (f.choice + i + len(f.options)) % len(f.options)
			if strings.HasPrefix(strings.ToLower(f.options[j]), s) {
				f.choice = j
				return
			}
		}
	}
}

// View draws the input.
func (f fieldInput) View(st Styles) string {
	switch f.kind {
	case journal.KindRating:
		return f.ratingView(st)
	case journal.KindChoice:
		return f.choiceView(st)
	}
	if f.long != "" {
		return f.noticeView(f.longView(st, f.width), st, f.width)
	}
	if f.usesArea() {
		return f.noticeView(f.area.View(), st, f.width)
	}
	return f.noticeView(f.line.View(), st, f.width)
}

func (f fieldInput) ratingView(st Styles) string {
	var b strings.Builder
	for i := journal.Rating(1); i <= 5; i++ {
		mark := "○"
		style := st.Prompt.Unrated
		if i <= f.rating {
			mark, style = "●", st.Prompt.Rating
		}
		b.WriteString(style.Render(mark + " " + strconv.Itoa(int(i))))
		b.WriteString("   ")
	}
	out := b.String()
	if f.low != "" || f.high != "" {
		out += "\n" + st.Faint.Render("1 = "+safetext.Line(f.low)+" · 5 = "+safetext.Line(f.high))
	}
	if f.rating == 0 {
		out += "\n" + st.Faint.Render("not rated yet")
	}
	return out
}

func (f fieldInput) choiceView(st Styles) string {
	rows := make([]string, len(f.options))
	for i, o := range f.options {
		if i == f.choice {
			rows[i] = st.Selected.Render("● " + optionLabel(o))
		} else {
			rows[i] = st.Subtle.Render("○ " + optionLabel(o))
		}
	}
	return strings.Join(rows, "\n")
}

// optionLabel shows a stored option as a person would say it.
func optionLabel(o string) string {
	if s := journal.Stage(o); s.Valid() && s != "" {
		return s.Label()
	}
	if f := journal.Format(o); f.Valid() && f != "" {
		return f.Label()
	}
	return safetext.Line(o)
}
