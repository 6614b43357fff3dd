package kit

import (
	"fmt"
	"strings"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// An input never holds more than the journal would accept for the answer it
// fills, so a draft can never hold what finishing would refuse. Typing past
// the limit stops there, a paste is cut to what fits, and text from the
// editor is cut too, each time with a message that names the limit and
// says that the rest was left out. The limits are journal validation's
// (journal.MaxShortBytes, journal.MaxTextBytes), counted in bytes as it
// counts them.

// TextLimit is the most text an input may hold, and what the answer is
// called in the message that explains it.
type TextLimit struct {
	Name  string
	Bytes int
}

// FieldLimit returns the limit journal validation puts on a field of an
// interview (a built-in field, or a prompt's own answer), named name.
func FieldLimit(field, name string) TextLimit {
	switch field {
	case "company", "role":
		return TextLimit{Name: name, Bytes: journal.MaxShortBytes}
	}
	return TextLimit{Name: name, Bytes: journal.MaxTextBytes}
}

// CheckAnswerLength returns an *journal.Error naming the limit when text is
// longer than journal validation accepts for the answer to field (named
// name, as the prompt's title), and nil when it fits. The plain prompts of
// 'debrief new --accessible' ask again with it.
func CheckAnswerLength(field, name, text string) error {
	l := FieldLimit(field, name).orDefault()
	if len(text) <= l.Bytes {
		return nil
	}
	is := l.amount(len(text), text)
	if is == l.amount(l.Bytes, text) {
		is = "a little longer"
	}
	return journal.Errorf(journal.EInvalid, "%s is limited to %s; this answer is %s.", l.subject(), l.size(text), is)
}

// orDefault returns the limit, or the limit of any answer when none was
// set.
func (l TextLimit) orDefault() TextLimit {
	if l.Bytes <= 0 {
		l.Bytes = journal.MaxTextBytes
	}
	if l.Name == "" {
		l.Name = "This answer"
	}
	return l
}

// fit cuts text that an input holding held bytes is about to take to what
// still fits. It returns the text to take ("" when nothing fits) and, when
// something was left out, the message that says so.
func (l TextLimit) fit(text string, held int, how textSource) (string, string) {
	l = l.orDefault()
	if held+len(text) <= l.Bytes {
		return text, ""
	}
	if held > l.Bytes {
		return "", l.overNotice(text)
	}
	if held == l.Bytes {
		return "", l.notice(how, text)
	}
	return cutBytes(text, l.Bytes-held), l.notice(how, text)
}

// textSource is where text being added comes from; the message about what
// was left out names it.
type textSource int

const (
	fromTyping textSource = iota
	fromPaste
	fromEditor
)

// notice says that the rest of text was left out.
func (l TextLimit) notice(how textSource, text string) string {
	head := l.subject() + " is limited to " + l.size(text) + "; "
	switch how {
	case fromPaste:
		return head + "the rest of the paste was left out."
	case fromEditor:
		return head + "only the start of what you wrote in your editor was kept. Press ctrl+e to shorten it there."
	}
	return head + "what you typed past that was left out."
}

// overNotice explains an answer loaded with more than its limit (written
// before limits were enforced as it was typed).
func (l TextLimit) overNotice(text string) string {
	l = l.orDefault()
	return l.subject() + " holds more than the " + l.size(text) + " it is limited to; shorten it before you finish."
}

// subject names the answer at the start of a sentence; a title that is a
// question is quoted.
func (l TextLimit) subject() string {
	name := safetext.Line(l.Name)
	if strings.HasSuffix(name, "?") || strings.HasSuffix(name, ":") {
		return "“" + name + "”"
	}
	return name
}

// size says how much the answer may hold. The limit counts bytes: in plain
// English a byte is a character, and where the text has other letters the
// message says they count for more.
func (l TextLimit) size(text string) string {
	if l.Bytes < 1<<10 && !isASCII(text) {
		return fmt.Sprintf("%d bytes (a letter beyond plain English counts 2 to 4)", l.Bytes)
	}
	return l.amount(l.Bytes, text)
}

// amount says n bytes in the unit the limit is given in.
func (l TextLimit) amount(n int, text string) string {
	switch {
	case l.Bytes >= 1<<10:
		return byteSize(n) + " of text"
	case isASCII(text):
		return fmt.Sprintf("%d characters", n)
	}
	return fmt.Sprintf("%d bytes", n)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// cutBytes returns the longest start of s of at most n bytes that does not
// split a character.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// asWidgetStores returns text as the bubbles widgets store it when it is
// typed or pasted: a line turns tabs and line breaks into spaces, a text
// area turns a tab into four spaces and a carriage return into a line
// break. Measuring this, not the raw text, keeps a widget within a limit.
func asWidgetStores(text string, area bool) string {
	if !strings.ContainsAny(text, "\t\r\n") {
		return text
	}
	if area {
		return strings.NewReplacer("\t", "    ", "\r", "\n").Replace(text)
	}
	return strings.NewReplacer("\t", " ", "\r", " ", "\n", " ").Replace(text)
}

// addedText returns the text a key or a paste brings, and where it comes
// from.
func addedText(msg tea.Msg) (string, textSource) {
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		return m.Text, fromTyping
	case tea.PasteMsg:
		return m.Content, fromPaste
	}
	return "", fromTyping
}

// withText returns msg carrying text instead of what it brought.
func withText(msg tea.Msg, text string) tea.Msg {
	switch m := msg.(type) {
	case tea.KeyPressMsg:
		m.Text = text
		return m
	case tea.PasteMsg:
		m.Content = text
		return m
	}
	return msg
}

// LimitMsg applies a limit to a key or paste for a widget holding held
// bytes: it returns the message to pass on, false when nothing of it
// fits, and the message explaining what was left out, if anything.
func LimitMsg(l TextLimit, msg tea.Msg, held int, area bool) (tea.Msg, bool, string) {
	text, how := addedText(msg)
	if text == "" {
		return msg, true, ""
	}
	kept, notice := l.fit(asWidgetStores(text, area), held, how)
	if kept == "" {
		return msg, false, notice
	}
	return withText(msg, kept), true, notice
}
