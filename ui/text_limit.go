package ui

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

// textLimit is the most text an input may hold, and what the answer is
// called in the message that explains it.
type textLimit struct {
	name  string
	bytes int
}

// fieldLimit returns the limit journal validation puts on a field of an
// interview (a built-in field, or a prompt's own answer), named name.
func fieldLimit(field, name string) textLimit {
	switch field {
	case "company", "role":
		return textLimit{name: name, bytes: journal.MaxShortBytes}
	}
	return textLimit{name: name, bytes: journal.MaxTextBytes}
}

// CheckAnswerLength returns an *journal.Error naming the limit when text is
// longer than journal validation accepts for the answer to field (named
// name, as the prompt's title), and nil when it fits. The plain prompts of
// 'debrief new --accessible' ask again with it.
func CheckAnswerLength(field, name, text string) error {
	l := fieldLimit(field, name).orDefault()
	if len(text) <= l.bytes {
		return nil
	}
	is := l.amount(len(text), text)
	if is == l.amount(l.bytes, text) {
		is = "a little longer"
	}
	return journal.Errorf(journal.EInvalid, "%s is limited to %s; this answer is %s.", l.subject(), l.size(text), is)
}

// orDefault returns the limit, or the limit of any answer when none was
// set.
func (l textLimit) orDefault() textLimit {
	if l.bytes <= 0 {
		l.bytes = journal.MaxTextBytes
	}
	if l.name == "" {
		l.name = "This answer"
	}
	return l
}

// fit cuts text that an input holding held bytes is about to take to what
// still fits. It returns the text to take ("" when nothing fits) and, when
// something was left out, the message that says so.
func (l textLimit) fit(text string, held int, how textSource) (string, string) {
	l = l.orDefault()
	if held+len(text) <= l.bytes {
		return text, ""
	}
	if held > l.bytes {
		return "", l.overNotice(text)
	}
	if held == l.bytes {
		return "", l.notice(how, text)
	}
	return cutBytes(text, l.bytes-held), l.notice(how, text)
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
func (l textLimit) notice(how textSource, text string) string {
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
func (l textLimit) overNotice(text string) string {
	l = l.orDefault()
	return l.subject() + " holds more than the " + l.size(text) + " it is limited to; shorten it before you finish."
}

// subject names the answer at the start of a sentence; a title that is a
// question is quoted.
func (l textLimit) subject() string {
	name := safetext.Line(l.name)
	if strings.HasSuffix(name, "?") || strings.HasSuffix(name, ":") {
		return "“" + name + "”"
	}
	return name
}

// size says how much the answer may hold. The limit counts bytes: in plain
// English a byte is a character, and where the text has other letters the
// message says they count for more.
func (l textLimit) size(text string) string {
	if l.bytes < 1<<10 && !isASCII(text) {
		return fmt.Sprintf("%d bytes (a letter beyond plain English counts 2 to 4)", l.bytes)
	}
	return l.amount(l.bytes, text)
}

// amount says n bytes in the unit the limit is given in.
func (l textLimit) amount(n int, text string) string {
	switch {
	case l.bytes >= 1<<10:
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

// limitMsg applies a limit to a key or paste for a widget holding held
// bytes: it returns the message to pass on, false when nothing of it
// fits, and the message explaining what was left out, if anything.
func limitMsg(l textLimit, msg tea.Msg, held int, area bool) (tea.Msg, bool, string) {
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
