package e2e_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// printNow is the clock of these tests: the day after the interview, so its
// thank-you note is open.
const printNow = "DEBRIEF_NOW=2026-03-14T10:00:00Z"

// c1Quote is a closing curly quote read as Latin-1: "â", U+0080, U+009D.
// U+009D is the C1 control that starts an OSC sequence.
const c1Quote = "\u00e2\u0080\u009d"

// Payloads that must never be printed: they are the insides of sequences
// that end properly, which a terminal would act on.
var payloads = []string{"PWNED-title", "UFdORUQtY2xpcA=="}

// hostileDocument is an export whose texts hold misread quotes, escape
// sequences with and without an end, and bidi controls, each followed by a
// word that must still be printed.
func hostileDocument(t *testing.T) []byte {
	t.Helper()
	day := journal.NewDate(2026, 3, 13)
	iv := journal.Interview{
		ID: 1, Company: "Acme" + c1Quote + " AFTER-COMPANY", Role: "Engineer" + c1Quote + " AFTER-ROLE", Date: day,
		Stage:        journal.StageFirst,
		Interviewers: []journal.Person{{Name: "Dana" + c1Quote + " AFTER-NAME"}},
		Curveballs: []journal.Curveball{{
			Question:     "Why leave?",
			Answer:       "rambled",
			BetterAnswer: "I want " + c1Quote + "ownership" + c1Quote + " AFTER-BETTER",
		}},
		Fit:             "They said \u00e2\u0080\u009cship it" + c1Quote + " and AFTER-FIT",
		FirstImpression: "open \x1b]0;never closed AFTER-OPEN\nnext line AFTER-OPEN-2",
		ProudOf:         "title \x1b]0;PWNED-title\x07 clip \x1b]52;c;UFdORUQtY2xpcA==\x07 AFTER-OSC",
		QuestionsAsked:  []string{"bidi \u202eevil\u202c AFTER-BIDI"},
		Lessons:         []string{"bell\x07 and clear\x1b[2J AFTER-CSI"},
		Outcome:         journal.Outcome{Status: journal.StatusPending},
		CreatedAt:       time.Date(2026, 3, 13, 18, 0, 0, 0, time.UTC),
		UpdatedAt:       time.Date(2026, 3, 13, 18, 0, 0, 0, time.UTC),
	}
	review := journal.Review{
		ID: 1, WeekOf: journal.NewDate(2026, 3, 9), Focus: "slow" + c1Quote + " AFTER-FOCUS",
		Answers:   []journal.Answer{{Prompt: "wins", Value: "an offer\x1b]0;PWNED-title\x07 AFTER-WIN"}},
		CreatedAt: time.Date(2026, 3, 14, 9, 0, 0, 0, time.UTC),
	}
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, &export.Document{Interviews: []journal.Interview{iv}, Reviews: []journal.Review{review}}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// unsafeFor returns why out could act on a terminal, or "": it must be
// valid UTF-8 with no control but newline and tab (and the CR of a CR LF,
// as iCalendar ends its lines), no DEL, no C1 code point, no bidi control.
func unsafeFor(out string) string {
	if !utf8.ValidString(out) {
		return "invalid UTF-8"
	}
	for i, r := range out {
		switch {
		case r == '\r' && strings.HasPrefix(out[i:], "\r\n"):
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f,
			strings.ContainsRune("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", r):
			return fmt.Sprintf("%U at byte %d: %q", r, i, out[max(0, i-30):min(len(out), i+30)])
		}
	}
	return ""
}

// markdownBody drops the YAML front matter of each page, where values are
// kept exactly as YAML escapes (plain text, but holding the payload words).
func markdownBody(md string) string {
	var b strings.Builder
	inFront := false
	for _, line := range strings.SplitAfter(md, "\n") {
		if line == "---\n" {
			inFront = !inFront
			continue
		}
		if !inFront {
			b.WriteString(line)
		}
	}
	return b.String()
}

// checkPage fails unless a page printed for reading is safe, carries no
// payload outside its front matter, and holds every word in want.
func checkPage(t *testing.T, what, out string, want ...string) {
	t.Helper()
	if p := unsafeFor(out); p != "" {
		t.Errorf("%s: %s", what, p)
	}
	body := markdownBody(out)
	for _, p := range payloads {
		if strings.Contains(body, p) {
			t.Errorf("%s: printed the payload %q", what, p)
		}
	}
	for _, w := range want {
		if !strings.Contains(body, w) {
			t.Errorf("%s: lost %q; it printed:\n%s", what, w, out)
		}
	}
}

// TestPrintedTextIsWholeAndSafe imports hostile text and checks what every
// reading command prints, to a pipe and into files: nothing a terminal acts
// on, and nothing cut short after a misread quote (U+009D) or an escape
// sequence that never ends.
func TestPrintedTextIsWholeAndSafe(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "journal.db")
	doc := filepath.Join(dir, "hostile.json")
	if err := os.WriteFile(doc, hostileDocument(t), 0o600); err != nil {
		t.Fatal(err)
	}
	runWant := func(want int, args ...string) (string, string) {
		t.Helper()
		out, errOut, code := run(t, []string{"DEBRIEF_DB=" + db, printNow}, "", args...)
		if code != want {
			t.Fatalf("debrief %q: exit %d, want %d\n%s%s", args, code, want, out, errOut)
		}
		if p := unsafeFor(errOut); p != "" {
			t.Errorf("debrief %q: standard error: %s", args, p)
		}
		return out, errOut
	}
	runWant(0, "import", doc)

	interviewWords := []string{"AFTER-COMPANY", "AFTER-ROLE", "AFTER-NAME", "AFTER-BETTER", "AFTER-FIT",
		"AFTER-OPEN", "AFTER-OPEN-2", "AFTER-OSC", "AFTER-BIDI", "AFTER-CSI"}
	reviewWords := []string{"AFTER-FOCUS", "AFTER-WIN"}

	t.Run("Show", func(t *testing.T) {
		out, _ := runWant(0, "show", "1")
		checkPage(t, "show", out, interviewWords...)
	})
	t.Run("FollowUpDraft", func(t *testing.T) {
		out, _ := runWant(0, "followups", "draft", "1/thank_you")
		// A draft names the company and the role, and never quotes the
		// better answer, a note to self.
		checkPage(t, "followups draft", out, "AFTER-COMPANY", "AFTER-ROLE")
	})
	t.Run("ReviewShow", func(t *testing.T) {
		out, _ := runWant(0, "review", "show", "1")
		checkPage(t, "review show", out, reviewWords...)
	})
	for _, format := range []string{"md", "markdown"} {
		t.Run("ExportStream/"+format, func(t *testing.T) {
			out, _ := runWant(0, "export", "--format", format)
			checkPage(t, "export --format "+format, out, append(interviewWords, reviewWords...)...)
		})
		t.Run("ExportFiles/"+format, func(t *testing.T) {
			out := filepath.Join(dir, "md-"+format)
			runWant(0, "export", "--format", format, "-o", out)
			files, _ := filepath.Glob(filepath.Join(out, "*.md"))
			if len(files) != 3 || !slices.Contains(files, filepath.Join(out, "practice.md")) {
				t.Fatalf("wrote %v, want an interview, a review and the practice page", files)
			}
			var all strings.Builder
			for _, f := range files {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				checkPage(t, filepath.Base(f), string(b))
				all.Write(b)
			}
			checkPage(t, "the files", all.String(), append(interviewWords, reviewWords...)...)
		})
	}
	t.Run("JSONLosesNothingAndIsSafe", func(t *testing.T) {
		out, _ := runWant(0, "export")
		if p := unsafeFor(out); p != "" {
			t.Errorf("export: %s", p)
		}
		path := filepath.Join(dir, "again.json")
		os.WriteFile(path, []byte(out), 0o600)
		again := filepath.Join(dir, "again.db")
		debrief(t, again, 0, "import", path)
		if back, _ := debrief(t, again, 0, "export"); back != out {
			t.Error("JSON export, imported and exported again, is not the same document")
		}
	})
	for _, args := range [][]string{
		{"list", "--plain"},
		{"followups", "--plain"},
		{"followups", "--ics", "-"},
		{"patterns", "--format", "text"},
		{"review", "--list"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			out, _ := runWant(0, args...)
			checkPage(t, strings.Join(args, " "), out)
		})
	}
	t.Run("ErrorMessage", func(t *testing.T) {
		// A folder name as typed comes back in the message.
		file := filepath.Join(dir, "a-file")
		os.WriteFile(file, nil, 0o600)
		_, errOut := runWant(1, "export", "--format", "md", "-o", filepath.Join(file, "\x1b]0;PWNED-title\x07"))
		if errOut == "" || strings.Contains(errOut, "PWNED-title\x07") {
			t.Errorf("the message is missing or unsafe: %q", errOut)
		}
	})
}
