package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// mdWriter writes a Markdown page block by block, with one blank line
// between blocks. Write errors are kept by the bufio.Writer and reported by
// finish.
//
// A page is read by a person, in a terminal as often as in an editor, so
// every text it is given goes through the filter the screens use
// (safetext) on its way in: escape sequences, controls and bidirectional
// controls never reach the page, and the page as a whole comes out of
// safetext.Text unchanged. The front matter keeps values exactly, as YAML
// escapes (see yamlQuote), which are plain text.
type mdWriter struct {
	out *bufio.Writer
}

func newMDWriter(w io.Writer) *mdWriter {
	return &mdWriter{out: bufio.NewWriter(w)}
}

// frontMatter writes the YAML block that opens the page; values must
// already be YAML (see yamlQuote).
func (m *mdWriter) frontMatter(fields [][2]string) {
	m.out.WriteString("---\n")
	for _, f := range fields {
		m.out.WriteString(f[0] + ": " + f[1] + "\n")
	}
	m.out.WriteString("---\n")
}

// block starts a new block, separated from the previous one.
func (m *mdWriter) block() {
	m.out.WriteByte('\n')
}

func (m *mdWriter) heading(level int, text string) {
	m.block()
	m.out.WriteString(strings.Repeat("#", level) + " " + oneLine(text) + "\n")
}

// paragraph writes text the user wrote, made safe to read, without the
// blank lines around it.
func (m *mdWriter) paragraph(text string) {
	m.block()
	m.out.WriteString(trimBlankLines(text) + "\n")
}

// labelled writes text after a bold label: on the same line when the text
// is one line, otherwise in its own block so that lists or paragraphs in it
// keep their shape.
func (m *mdWriter) labelled(label, text string) {
	text = trimBlankLines(text)
	if !strings.Contains(text, "\n") {
		m.paragraph("**" + label + ":** " + text)
		return
	}
	m.paragraph("**" + label + ":**")
	m.paragraph(text)
}

// bullets writes a list, leaving out empty items. Lines after the first of
// an item are indented so they stay inside it.
func (m *mdWriter) bullets(items []string) {
	m.block()
	for _, item := range items {
		if isBlank(item) {
			continue
		}
		m.out.WriteString("- " + indentRest(trimBlankLines(item), "  ") + "\n")
	}
}

func (m *mdWriter) finish() error { return m.out.Flush() }

// indentRest indents every line of s but the first, leaving blank lines
// empty.
func indentRest(s, indent string) string {
	lines := strings.Split(s, "\n")
	for i := 1; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "" {
			lines[i] = indent + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// trimBlankLines makes s safe to read (safetext.Text, which also turns every
// line break into "\n" and tabs into spaces), then removes blank lines and
// trailing spaces at both ends but keeps the indentation of its first line.
func trimBlankLines(s string) string {
	lines := strings.Split(safetext.Text(s), "\n")
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return strings.TrimRight(strings.Join(lines, "\n"), " \t")
}

// oneLine makes s safe to read and joins its lines with spaces, for
// headings and list items.
func oneLine(s string) string {
	return strings.Join(strings.Fields(safetext.Line(s)), " ")
}

// isBlank reports whether s has nothing to read once made safe.
func isBlank(s string) bool { return strings.TrimSpace(safetext.Line(s)) == "" }

func hasItems(items []string) bool {
	for _, s := range items {
		if !isBlank(s) {
			return true
		}
	}
	return false
}

func ratingText(r journal.Rating) string { return strconv.Itoa(int(r)) + "/5" }

// humanize turns an identifier such as "thank_you" into "thank you".
func humanize(id string) string {
	return strings.NewReplacer("_", " ", "-", " ").Replace(id)
}
