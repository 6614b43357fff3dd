package kit

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

// FieldInput is the input of one step: a line, a text area, a 1-5 rating or
// a choice among options, depending on the kind of answer.
type FieldInput struct {
	Kind    journal.FieldKind
	line    textinput.Model
	area    textarea.Model
	Rating  journal.Rating
	options []string
	choice  int // index into options, -1 when nothing is chosen
	Low     string
	High    string
	// long holds an answer too long to edit on screen (see input_limit.go);
	// the widget is then empty and the answer changes only in $EDITOR.
	long string
	// notice says why the last typing or paste was refused or cut.
	notice string
	// limit is the most the answer may hold (see text_limit.go).
	limit TextLimit
	// overflow holds the whole of a text from the editor that was cut to
	// the limit, so ctrl+e can open it again to be shortened; typing on
	// screen drops it.
	overflow string
	width    int
}

// NewFieldInput builds the input for a kind of answer, filled with text.
func NewFieldInput(kind journal.FieldKind, text string, options []string, keys ReflectKeys) FieldInput {
	f := FieldInput{Kind: kind, options: options, choice: -1}
	// The widgets draw their value as it is: text from an import must be
	// made safe before they hold it (see input_filter.go).
	text = safetext.Text(text)
	if f.keepLong(text) {
		text = ""
	}
	switch kind {
	case journal.KindRating:
		n, _ := strconv.Atoi(text)
		f.Rating = journal.Rating(n)
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

// IsText reports whether the input takes typed text (so ? and digits are
// characters, not commands).
func (f FieldInput) IsText() bool {
	return f.Kind != journal.KindRating && f.Kind != journal.KindChoice
}

// UsesArea reports whether the input is a multi-line text area.
func (f FieldInput) UsesArea() bool {
	return f.Kind == journal.KindLong || f.Kind == journal.KindList || f.Kind == journal.KindPeople
}

// Text returns what the input holds, as text.
func (f FieldInput) Text() string {
	switch f.Kind {
	case journal.KindRating:
		if f.Rating == 0 {
			return ""
		}
		return strconv.Itoa(int(f.Rating))
	case journal.KindChoice:
		if f.choice < 0 {
			return ""
		}
		return f.options[f.choice]
	}
	if f.long != "" {
		return f.long
	}
	if f.UsesArea() {
		return f.area.Value()
	}
	return f.line.Value()
}

// SetText replaces what a text input holds (after $EDITOR), cut to the
// answer's limit with a notice saying so.
func (f *FieldInput) SetText(s string) {
	s = safetext.Text(s)
	if !f.UsesArea() {
		s = asWidgetStores(s, false)
	}
	f.notice, f.overflow = "", ""
	if lim := f.limit.orDefault(); len(s) > lim.Bytes {
		f.overflow = s
		f.notice = lim.notice(fromEditor, s)
		s = cutBytes(s, lim.Bytes)
	}
	f.setWidget(s)
}

// setWidget puts text in the widget, or aside when it is too long to edit
// on screen.
func (f *FieldInput) setWidget(s string) {
	if f.keepLong(s) {
		s = ""
	}
	if f.UsesArea() {
		f.area.SetValue(s)
	} else if f.IsText() {
		f.line.SetValue(s)
	}
}

// SetLimit sets the most the answer may hold, and says so at once when it
// already holds more (a draft written before limits were enforced).
func (f *FieldInput) SetLimit(l TextLimit) {
	f.limit = l
	if !f.IsText() {
		return
	}
	if lim := l.orDefault(); len(f.Text()) > lim.Bytes {
		f.notice = lim.overNotice(f.Text())
	}
}

// EditorText is the text ctrl+e opens: what the input holds, or the whole
// of a text from the editor that was cut to the limit.
func (f FieldInput) EditorText() string {
	if f.overflow != "" {
		return f.overflow
	}
	return f.Text()
}

// SetSize fits the input to the space it has.
func (f *FieldInput) SetSize(width, height int) {
	f.width = width
	if f.UsesArea() {
		f.area.SetWidth(max(10, width))
		f.area.SetHeight(max(1, height))
	} else if f.IsText() {
		f.line.SetWidth(max(10, width-3))
	}
}

// Update handles a message meant for the input and reports whether the
// answer changed.
func (f *FieldInput) Update(msg tea.Msg, keys ReflectKeys) (tea.Cmd, bool) {
	before := f.Text()
	var cmd tea.Cmd
	switch f.Kind {
	case journal.KindRating:
		if k, ok := msg.(tea.KeyPressMsg); ok {
			f.updateRating(k, keys)
		}
	case journal.KindChoice:
		if k, ok := msg.(tea.KeyPressMsg); ok {
			f.updateChoice(k, keys)
		}
	default:
		msg, ok := f.admit(CleanInput(msg), len(before))
		if !ok {
			return nil, false
		}
		if f.long != "" {
			return nil, false // an answer too long for the screen changes only in $EDITOR
		}
		if f.UsesArea() {
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

func (f *FieldInput) updateRating(k tea.KeyPressMsg, keys ReflectKeys) {
	s := k.String()
	switch {
	case len(s) == 1 && s[0] >= '1' && s[0] <= '5':
		f.Rating = journal.Rating(s[0] - '0')
	case key.Matches(k, keys.Clear):
		f.Rating = 0
	case s == "left" || s == "h":
		f.Rating = max(1, f.Rating-1)
	case s == "right" || s == "l":
		f.Rating = min(5, f.Rating+1)
	}
}

func (f *FieldInput) updateChoice(k tea.KeyPressMsg, keys ReflectKeys) {
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
func (f FieldInput) View(st Styles) string {
	switch f.Kind {
	case journal.KindRating:
		return f.ratingView(st)
	case journal.KindChoice:
		return f.choiceView(st)
	}
	if f.long != "" {
		return f.noticeView(f.longView(st, f.width), st, f.width)
	}
	if f.UsesArea() {
		return f.noticeView(f.area.View(), st, f.width)
	}
	return f.noticeView(f.line.View(), st, f.width)
}

func (f FieldInput) ratingView(st Styles) string {
	var b strings.Builder
	for i := journal.Rating(1); i <= 5; i++ {
		mark := "○"
		style := st.Prompt.Unrated
		if i <= f.Rating {
			mark, style = "●", st.Prompt.Rating
		}
		b.WriteString(style.Render(mark + " " + strconv.Itoa(int(i))))
		b.WriteString("   ")
	}
	out := b.String()
	if f.Low != "" || f.High != "" {
		out += "\n" + st.Faint.Render("1 = "+safetext.Line(f.Low)+" · 5 = "+safetext.Line(f.High))
	}
	if f.Rating == 0 {
		out += "\n" + st.Faint.Render("not rated yet")
	}
	return out
}

func (f FieldInput) choiceView(st Styles) string {
	rows := make([]string, len(f.options))
	for i, o := range f.options {
		if i == f.choice {
			rows[i] = st.Selected.Render("● " + OptionLabel(o))
		} else {
			rows[i] = st.Subtle.Render("○ " + OptionLabel(o))
		}
	}
	return strings.Join(rows, "\n")
}

// OptionLabel shows a stored option as a person would say it.
func OptionLabel(o string) string {
	if s := journal.Stage(o); s.Valid() && s != "" {
		return s.Label()
	}
	if f := journal.Format(o); f.Valid() && f != "" {
		return f.Label()
	}
	return safetext.Line(o)
}
