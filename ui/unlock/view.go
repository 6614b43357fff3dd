package unlock

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// View draws the question. Nothing of what was typed is drawn, not even
// how many characters: only whether something was.
func (s *Screen) View() string {
	st := s.sh.Styles
	width := max(20, min(s.sh.Width-2, 100))
	wrap := func(text string) string { return ansi.Wrap(text, width, "") }
	var b strings.Builder
	b.WriteString(st.Title.Render("Unlock the journal") + "\n")
	b.WriteString(st.Subtle.Render(kit.Truncate(safetext.Line(s.sh.Path), width)) + "\n\n")
	if s.failed != "" {
		s.failedView(&b, wrap)
		return kit.LayoutBody(b.String(), s.footer(width), s.sh.Height)
	}
	b.WriteString(wrap("This journal is encrypted. Type its passphrase to open it.") + "\n\n")
	field := st.Faint.Render("nothing typed yet")
	if !s.typed.empty() {
		field = st.Accent.Render("typed, not shown")
	}
	b.WriteString(st.Heading.Render("Passphrase") + "  " + field + "\n\n")
	switch {
	case s.unlocking:
		b.WriteString(st.Subtle.Render("Unlocking…") + "\n")
	case s.hint:
		b.WriteString(st.Warning.Render(wrap("Type the passphrase first, then press enter.")) + "\n")
	case s.busy != "":
		b.WriteString(st.Warning.Render(wrap("✗ "+s.busy)) + "\n")
		b.WriteString(st.Faint.Render(wrap("Type the passphrase again and press enter, or press esc to leave.")) + "\n")
	case s.wrong > 0:
		b.WriteString(st.Error.Render(wrap("✗ "+wrongText(s.wrong))) + "\n")
		b.WriteString(st.Faint.Render(wrap("Type it again and press enter, or press esc to leave.")) + "\n")
	default:
		b.WriteString(st.Faint.Render(wrap("What you type is not shown. Press enter to unlock.")) + "\n")
	}
	return kit.LayoutBody(b.String(), s.footer(width), s.sh.Height)
}

// wrongText says that the passphrase was wrong, and how many times when
// more than once, so a retry that changed nothing shows.
func wrongText(n int) string {
	if n == 1 {
		return "That passphrase does not open this journal."
	}
	return fmt.Sprintf("That passphrase does not open this journal either (%d tries).", n)
}

// failedView says why the journal cannot be opened and what to do.
func (s *Screen) failedView(b *strings.Builder, wrap func(string) string) {
	st := s.sh.Styles
	if s.damaged {
		b.WriteString(st.Error.Render(wrap("✗ The journal is damaged, so it cannot be opened.")) + "\n\n")
		b.WriteString(wrap(s.failed) + "\n\n")
		b.WriteString(st.Faint.Render(wrap("This is not about the passphrase. Press esc to leave.")) + "\n")
		return
	}
	b.WriteString(st.Error.Render(wrap("✗ The journal cannot be opened.")) + "\n\n")
	b.WriteString(wrap(s.failed) + "\n\n")
	b.WriteString(st.Faint.Render(wrap("Press esc to leave.")) + "\n")
}

// footer draws the keys that work now.
func (s *Screen) footer(width int) string {
	bindings := []key.Binding{s.keys.Quit}
	if s.accepting() {
		bindings = []key.Binding{s.keys.Unlock, s.keys.Clear, s.keys.Quit}
	}
	return kit.KeysFooter(s.sh, bindings, width)
}
