package cli

import (
	"io"
	"os"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// The help is drawn from the command tree: the description, the usage line,
// the examples, the subcommands and the flags. It never asks the terminal
// anything (such as its background colour, which a terminal may never
// answer), and never pads its lines: the few colours it uses come from the
// terminal's own palette, which suits its background, and are dropped when
// the output is not a terminal or NO_COLOR is set.

// helpStyles colour the help.
type helpStyles struct {
	title lipgloss.Style // section titles
	name  lipgloss.Style // command and flag names
	dim   lipgloss.Style // placeholders and defaults
}

func newHelpStyles() helpStyles {
	return helpStyles{
		title: lipgloss.NewStyle().Bold(true).Foreground(lipgloss.Magenta),
		name:  lipgloss.NewStyle().Foreground(lipgloss.Magenta),
		dim:   lipgloss.NewStyle().Faint(true),
	}
}

// showHelp is the help function of every command.
func showHelp(c *cobra.Command, _ []string) {
	w := colorprofile.NewWriter(c.OutOrStdout(), os.Environ())
	writeHelp(w, c, newHelpStyles())
}

// helpIndent is the indent of text under a section title.
const (
	helpIndent  = "  "
	blockIndent = "    "
	// minNameColumn is the narrowest the column of names gets.
	minNameColumn = 10
)

// writeHelp writes c's help to w.
func writeHelp(w io.Writer, c *cobra.Command, st helpStyles) {
	var b strings.Builder
	if text := c.Long; text != "" || c.Short != "" {
		if text == "" {
			text = c.Short
		}
		b.WriteString("\n")
		for _, line := range strings.Split(strings.TrimRight(text, "\n"), "\n") {
			writeIndented(&b, helpIndent, line)
		}
	}
	helpTitle(&b, st, "usage")
	writeIndented(&b, blockIndent, usageLine(c, st, true))
	if examples := exampleLines(c.Example); len(examples) > 0 {
		helpTitle(&b, st, "examples")
		for _, line := range examples {
			writeIndented(&b, blockIndent, line)
		}
	}
	cmds := commandRows(c, st)
	flags := flagRows(c, st)
	column := nameColumn(cmds, flags)
	if len(cmds) > 0 {
		helpTitle(&b, st, "commands")
		writeRows(&b, cmds, column)
	}
	if len(flags) > 0 {
		helpTitle(&b, st, "flags")
		writeRows(&b, flags, column)
	}
	b.WriteString("\n")
	_, _ = io.WriteString(w, b.String())
}

func helpTitle(b *strings.Builder, st helpStyles, title string) {
	b.WriteString("\n" + helpIndent + st.title.Render(strings.ToUpper(title)) + "\n\n")
}

// writeIndented writes one line, indented unless it is blank.
func writeIndented(b *strings.Builder, indent, line string) {
	if strings.TrimSpace(line) != "" {
		b.WriteString(indent + line)
	}
	b.WriteString("\n")
}

// helpRow is one line of the commands or flags section.
type helpRow struct {
	name  string // styled
	width int    // of name, in cells
	text  string
}

func writeRows(b *strings.Builder, rows []helpRow, column int) {
	for _, r := range rows {
		b.WriteString(blockIndent + r.name + strings.Repeat(" ", column-r.width) + r.text + "\n")
	}
}

// nameColumn is how wide the column of names is, so that the descriptions
// of commands and flags line up.
func nameColumn(sets ...[]helpRow) int {
	column := minNameColumn
	for _, rows := range sets {
		for _, r := range rows {
			column = max(column, r.width+2)
		}
	}
	return column
}

// commandRows lists c's visible subcommands with their usage and summary.
func commandRows(c *cobra.Command, st helpStyles) []helpRow {
	var rows []helpRow
	for _, sc := range c.Commands() {
		if !sc.IsAvailableCommand() && sc.Name() != "help" {
			continue
		}
		name := usageLine(sc, st, false)
		rows = append(rows, helpRow{name: name, width: lipgloss.Width(name), text: capitalize(sc.Short)})
	}
	return rows
}

// flagRows lists the flags c takes, its own and those it inherits, by name.
func flagRows(c *cobra.Command, st helpStyles) []helpRow {
	// Asking for the inherited flags merges them into c.Flags().
	c.InheritedFlags()
	var rows []helpRow
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		name := "--" + f.Name
		if f.Shorthand != "" {
			name = "-" + f.Shorthand + " " + name
		}
		text := capitalize(f.Usage)
		switch f.DefValue {
		case "", "false", "0", "[]":
		default:
			text += " " + st.dim.Render("("+f.DefValue+")")
		}
		rows = append(rows, helpRow{name: st.name.Render(name), width: utf8.RuneCountInString(name), text: text})
	})
	return rows
}

// placeholders are the bracketed arguments of a command's Use, such as
// "[FILE]" or "[ID...]".
// It is compiled when first needed, not as every command starts.
var placeholders = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\[.*\]`) })

// usageLine writes how c is called: "debrief backup [FILE] [--flags]". The
// full line starts with the program's name; the short one, for the list
// of commands, with the command's.
func usageLine(c *cobra.Command, st helpStyles, full bool) string {
	use := c.Use
	hasFlags := c.HasAvailableLocalFlags()
	if full {
		use = c.UseLine()
		hasFlags = c.HasAvailableFlags()
	}
	hasCommands := c.HasAvailableSubCommands() || strings.Contains(use, "[command]")
	for _, k := range []string{"[flags]", "[--flags]", "[command]"} {
		use = strings.ReplaceAll(use, k, "")
	}
	args := placeholders().FindAllString(use, -1)
	use = strings.TrimSpace(placeholders().ReplaceAllString(use, ""))
	parts := []string{st.name.Render(use)}
	if hasCommands {
		parts = append(parts, st.dim.Render("[command]"))
	}
	for _, a := range args {
		parts = append(parts, st.dim.Render(a))
	}
	if hasFlags {
		parts = append(parts, st.dim.Render("[--flags]"))
	}
	return strings.Join(parts, " ")
}

// exampleLines returns a command's examples, each on its own line, without
// the indent they are written with; a line that continues the one before
// it (after a trailing \ or |) keeps a small indent.
func exampleLines(example string) []string {
	var out []string
	continues := false
	for _, line := range strings.Split(strings.Trim(example, "\n"), "\n") {
		line = strings.TrimSpace(line)
		if continues {
			line = "  " + line
		}
		out = append(out, line)
		continues = strings.HasSuffix(line, `\`) || strings.HasSuffix(line, "|")
	}
	if len(out) == 1 && out[0] == "" {
		return nil
	}
	return out
}

// capitalize starts a description with a capital letter, as a sentence.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}
