package cli_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

// attackInterview returns an interview with s in every text it holds.
func attackInterview(s string, n int) journal.Interview {
	short := s
	if len(short) > journal.MaxShortBytes {
		short = fmt.Sprintf("Company %d", n)
	}
	day := testNow.AddDate(0, 0, -1-n%20)
	d := journal.DateOf(day)
	return journal.Interview{
		ID: uint64(n + 1), Company: short, Role: short, Date: d, Stage: journal.StageFinal,
		Interviewers:     []journal.Person{{Name: s, Title: s, Contact: s}},
		DecisionExpected: d.AddDays(10),
		MoodBefore:       2, MoodAfter: 4, Authenticity: 3, Nerves: 2,
		WentWell:   []string{s},
		Curveballs: []journal.Curveball{{Question: s, Answer: s, BetterAnswer: s, Tags: []string{s}}},
		Scripted:   []string{s}, AuthenticityWhy: s, ShouldHaveTold: []string{s}, FirstImpression: s,
		QuestionsAsked: []string{s}, Fit: s, OutsideControl: s, Lessons: []string{s}, ProudOf: s,
		Answers:  []journal.Answer{{Prompt: "custom", Title: s, Value: s}},
		Tags:     []string{s},
		Outcome:  journal.Outcome{Status: journal.StatusPending},
		Feedback: []journal.Feedback{{Date: d.AddDays(2), From: s, Text: s}}, FeedbackLessons: []string{s},
		FollowUps: []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, DoneAt: d.AddDays(1), Note: s}},
		CreatedAt: day.Truncate(time.Second), UpdatedAt: day.Truncate(time.Second),
	}
}

func attackReview(s string, n int) journal.Review {
	return journal.Review{
		ID: uint64(n + 1), WeekOf: journal.NewDate(2026, 1, 5).AddDays(7 * n),
		Answers: []journal.Answer{{Prompt: "wins", Title: s, Value: s}},
		Focus:   s, PreviousFocus: s, PreviousFocusDone: journal.PractisedYes, PreviousFocusNote: s,
		CreatedAt: testNow.Add(time.Duration(n) * time.Minute),
	}
}

// terminalProblem returns why printed output is unsafe for a terminal, or
// "": no escape character, no control but newline and tab (and the CR of a
// CR LF), no DEL, no C1 code point, no bidirectional control, valid UTF-8,
// and none of the attacks' markers that are plain words (payloads), which a
// weak filter leaves behind. Pass no attacks for data formats (JSON, the
// YAML front matter of Markdown), where such words are inert escaped text
// that must stay for the data to be whole.
func terminalProblem(out string, attacks []safetext.Attack) string {
	if !utf8.ValidString(out) {
		return "invalid UTF-8"
	}
	for i, r := range out {
		switch {
		case r == '\r' && strings.HasPrefix(out[i:], "\r\n"):
			// The line ends of iCalendar: harmless before a line feed.
		case r < 0x20 && r != '\n' && r != '\t', r == 0x7f, r >= 0x80 && r <= 0x9f:
			return fmt.Sprintf("control %U at byte %d: %q", r, i, out[max(0, i-30):min(len(out), i+30)])
		case strings.ContainsRune("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", r):
			return fmt.Sprintf("bidirectional control %U at byte %d", r, i)
		}
	}
	for _, a := range attacks {
		if i := strings.Index(out, a.Marker); safetext.IsClean(a.Marker) && i >= 0 {
			return fmt.Sprintf("the payload of %s: %q", a.Name, out[max(0, i-60):min(len(out), i+len(a.Marker)+10)])
		}
	}
	return ""
}

// TestHostileImportAndPrint imports a document with a terminal attack in
// every text of an interview and a review, then checks that the journal
// keeps every byte (exporting gives back the same document, twice the
// same), and that nothing a command prints can act on a terminal.
func TestHostileImportAndPrint(t *testing.T) {
	var attacks []safetext.Attack
	for _, a := range safetext.Attacks() {
		// An export file cannot hold invalid UTF-8 (see
		// TestImportRefusesInvalidUTF8); JSON has no way to write it. No
		// text debrief keeps can hold NUL, so import refuses it too.
		if utf8.ValidString(a.Seq) && !strings.ContainsRune(a.Seq, 0) {
			attacks = append(attacks, a)
		}
	}
	doc := &export.Document{}
	for i, a := range attacks {
		doc.Interviews = append(doc.Interviews, attackInterview(a.Seq, i))
		doc.Reviews = append(doc.Reviews, attackReview(a.Seq, i))
	}
	var file bytes.Buffer
	if err := export.WriteJSON(&file, doc); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "attacks.json")
	if err := os.WriteFile(path, file.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "journal.db")
	if out, errOut, code := execCLI(t, db, "", "import", path); code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}

	t.Run("StoredExactly", func(t *testing.T) {
		s, err := store.Open(db, store.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range doc.Interviews {
			got, err := s.Interview(want.ID)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(*got, want) {
				t.Fatalf("%s: the stored interview differs from the imported one:\n%+v\nwant\n%+v", attacks[i].Name, *got, want)
			}
		}
		s.Close()
		exported, errOut, code := execCLI(t, db, "", "export")
		if code != 0 {
			t.Fatalf("export: %d %s", code, errOut)
		}
		back, err := export.ReadJSON(strings.NewReader(exported))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(back.Interviews, doc.Interviews) || !reflect.DeepEqual(back.Reviews, doc.Reviews) {
			t.Fatal("export after import does not give back the imported records")
		}
		again, _, _ := execCLI(t, db, "", "export")
		if again != exported {
			t.Fatal("two exports of the same journal differ")
		}
	})

	ids := make([]string, len(doc.Interviews))
	for i, iv := range doc.Interviews {
		ids[i] = fmt.Sprint(iv.ID)
	}
	commands := [][]string{
		{"export"},
		{"export", "--format", "md"},
		{"export", "--format", "markdown"},
		{"list", "--plain"},
		{"list", "--json"},
		append([]string{"show"}, ids...),
		{"show", "--search", "PWNED"},
		{"followups", "--plain"},
		{"followups", "--json"},
		{"followups", "--ics", "-"},
		{"patterns", "--format", "text"},
		{"patterns", "--format", "json"},
		{"review", "--list"},
		{"review", "show", "1"},
		{"check"},
	}
	for _, args := range commands {
		name := strings.Join(args[:min(3, len(args))], " ")
		isJSON := strings.HasSuffix(args[len(args)-1], "json") || args[0] == "export" && len(args) == 1
		isMarkdown := args[0] == "show" || args[len(args)-1] == "md" || args[len(args)-1] == "markdown" || args[0] == "review" && args[1] == "show"
		t.Run(name, func(t *testing.T) {
			// Printed to a terminal or not, nothing may act on a terminal:
			// output into a pipe or a file is read by a person too (cat of a
			// saved export). JSON is escaped, losing nothing.
			for _, onTerminal := range []bool{true, false} {
				out, errOut, code := execCLIOn(t, db, onTerminal, args...)
				if code != 0 {
					t.Fatalf("terminal %v: exit %d: %s", onTerminal, code, errOut)
				}
				words := attacks
				switch {
				case isJSON:
					words = nil
				case isMarkdown:
					out = withoutFrontMatter(out)
				}
				if p := terminalProblem(out, words); p != "" {
					t.Errorf("terminal %v: standard output: %s", onTerminal, p)
				}
				if p := terminalProblem(errOut, attacks); p != "" {
					t.Errorf("terminal %v: standard error: %s", onTerminal, p)
				}
				if isJSON {
					checkJSONLines(t, out)
				}
			}
		})
	}
	t.Logf("%d attacks × every text of an interview and a review, imported and printed by %d commands", len(attacks), len(commands))
}

// checkJSONLines checks that JSON output is still JSON: a document, or one
// value a line.
func checkJSONLines(t *testing.T, out string) {
	t.Helper()
	if json.Valid([]byte(out)) {
		return
	}
	for i, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if !json.Valid([]byte(line)) {
			t.Fatalf("line %d is not JSON: %q", i+1, line)
		}
	}
}

// TestImportRefusesInvalidUTF8 checks that a file with bytes that are not
// UTF-8 inside a text is refused, the place named, and nothing imported.
func TestImportRefusesInvalidUTF8(t *testing.T) {
	doc := &export.Document{Interviews: []journal.Interview{attackInterview("PLACEHOLDER", 0)}}
	var file bytes.Buffer
	if err := export.WriteJSON(&file, doc); err != nil {
		t.Fatal(err)
	}
	for _, a := range safetext.Attacks() {
		if utf8.ValidString(a.Seq) {
			continue
		}
		t.Run(a.Name, func(t *testing.T) {
			raw := bytes.Replace(file.Bytes(), []byte(`"fit": "PLACEHOLDER"`), []byte(`"fit": "`+a.Seq+`"`), 1)
			if bytes.Equal(raw, file.Bytes()) {
				t.Fatal("no fit field to spoil")
			}
			dir := t.TempDir()
			path := filepath.Join(dir, "bad.json")
			os.WriteFile(path, raw, 0o600)
			db := filepath.Join(dir, "journal.db")
			_, errOut, code := execCLI(t, db, "", "import", path)
			if code != 5 {
				t.Fatalf("exit %d, want 5: %s", code, errOut)
			}
			line := 1 + bytes.Count(raw[:bytes.Index(raw, []byte(`"fit": "`))], []byte("\n"))
			if !strings.Contains(errOut, fmt.Sprintf("line %d, column", line)) {
				t.Fatalf("the message does not name line %d: %q", line, errOut)
			}
			// A raw control character breaks the JSON itself; otherwise the
			// message names the record and the field.
			if !strings.Contains(errOut, "interviews[0].fit") && !strings.Contains(errOut, "malformed") {
				t.Fatalf("the message does not name the field: %q", errOut)
			}
			if p := terminalProblem(errOut, nil); p != "" {
				t.Fatalf("the message itself is unsafe: %s", p)
			}
			if n := countInterviews(t, db); n != 0 {
				t.Fatalf("%d interviews imported from a refused file", n)
			}
		})
	}
}

func countInterviews(t *testing.T, db string) int {
	t.Helper()
	if _, err := os.Stat(db); os.IsNotExist(err) {
		return 0
	}
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n, err := s.CountInterviews()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// execCLIOn runs debrief as execCLI does, with standard output a terminal
// or not (standard input never is, so commands print rather than open a
// screen).
func execCLIOn(t *testing.T, db string, stdoutTerminal bool, args ...string) (string, string, int) {
	t.Helper()
	return runCLI(db, "", testNow, stdoutTerminal, args...)
}

// withoutFrontMatter drops the YAML block that opens each Markdown page,
// where text is quoted with escapes, leaving the page's body.
func withoutFrontMatter(md string) string {
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
