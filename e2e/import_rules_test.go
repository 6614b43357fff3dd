package e2e_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goodDocument is an export holding one interview, written as a person
// might lay it out, one field a line.
const goodDocument = `{
  "format": "debrief",
  "version": 1,
  "interviews": [
    {
      "id": 1,
      "company": "Acme",
      "role": "Engineer",
      "date": "2026-03-10",
      "outcome": {"status": "pending"},
      "created_at": "2026-03-10T18:00:00Z",
      "updated_at": "2026-03-10T18:00:00Z"
    }
  ]
}
`

// journalWithOneInterview imports goodDocument into a new journal and
// returns the journal's path and its environment.
func journalWithOneInterview(t *testing.T) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	db := filepath.Join(dir, "journal.db")
	file := filepath.Join(dir, "good.json")
	if err := os.WriteFile(file, []byte(goodDocument), 0o600); err != nil {
		t.Fatal(err)
	}
	env := []string{"DEBRIEF_DB=" + db, "DEBRIEF_NOW=2026-03-14T10:00:00Z"}
	if out, errOut, code := run(t, env, "", "import", file); code != 0 {
		t.Fatalf("import: exit %d\n%s%s", code, out, errOut)
	}
	return db, env
}

// requireUnchanged fails unless the journal exports as before and check
// finds nothing wrong in it.
func requireUnchanged(t *testing.T, env []string, before string) {
	t.Helper()
	if after, _, _ := run(t, env, "", "export"); after != before {
		t.Fatalf("the journal changed:\nbefore\n%s\nafter\n%s", before, after)
	}
	if out, errOut, code := run(t, env, "", "check"); code != 0 {
		t.Fatalf("check: exit %d\n%s%s", code, out, errOut)
	}
}

// Records that nothing in debrief can make (an unknown follow-up kind, a
// snooze with no end, a done follow-up with no day, a rating of 0, a null, a NUL
// character) were imported as they were. Each is now refused with the
// line and column of the field and the reason, exit 5, and nothing
// imported; check holds what is stored to the same rules.
func TestImportRefusesWhatNoSaveMakes(t *testing.T) {
	_, env := journalWithOneInterview(t)
	before, _, _ := run(t, env, "", "export")
	cases := []struct {
		name     string
		old, new string // the change to goodDocument that makes it wrong
		at       string // where the message must point: the first place this begins
		reason   string
	}{
		{"UnknownKind", `"role": "Engineer",`, `"role": "Engineer",
      "followups": [{"id": "postcard", "kind": "postcard", "status": "done", "done_at": "2026-03-11"}],`,
			`"postcard", "status"`, `followups[0].kind: "postcard" is not a follow-up debrief knows`},
		{"SnoozedWithoutDate", `"role": "Engineer",`, `"role": "Engineer",
      "followups": [{"id": "check_in", "kind": "check_in", "status": "snoozed"}],`,
			`{"id": "check_in"`, "followups[0].snoozed_until: a snoozed follow-up needs the day it is snoozed until"},
		{"SnoozedEmptyDate", `"role": "Engineer",`, `"role": "Engineer",
      "followups": [{"id": "check_in", "kind": "check_in", "status": "snoozed", "snoozed_until": ""}],`,
			`""}`, "followups[0].snoozed_until: a snoozed follow-up needs the day"},
		{"DoneEmptyDate", `"role": "Engineer",`, `"role": "Engineer",
      "followups": [{"id": "connect", "kind": "connect", "status": "done", "done_at": ""}],`,
			`""}`, "followups[0].done_at: a done follow-up needs the day it was done"},
		{"RatingZero", `"role": "Engineer",`, `"role": "Engineer",
      "mood_after": 0,`, `0,`, "mood_after: 0 is not a rating"},
		{"NullCompany", `"company": "Acme",`, `"company": null,`, "null", "interviews[0].company: expected a value, found null"},
		{"NulCharacter", `"role": "Engineer",`, `"role": "Engineer",
      "lessons": ["Breathe", "Ask\u0000 for the range"],`, `"Ask`, "lessons[1]: the text holds a NUL character"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := strings.Replace(goodDocument, `"id": 1,`, `"id": 2,`, 1)
			if !strings.Contains(doc, tc.old) {
				t.Fatalf("%q is not in the document", tc.old)
			}
			doc = strings.Replace(doc, tc.old, tc.new, 1)
			file := filepath.Join(t.TempDir(), tc.name+".json")
			if err := os.WriteFile(file, []byte(doc), 0o600); err != nil {
				t.Fatal(err)
			}
			line, column := placeOf(t, doc, tc.at)
			out, errOut, code := run(t, env, "", "import", file)
			if code != 5 {
				t.Fatalf("exit %d, want 5\n%s%s", code, out, errOut)
			}
			want := fmt.Sprintf("line %d, column %d: ", line, column)
			if !strings.Contains(errOut, want) || !strings.Contains(errOut, tc.reason) {
				t.Fatalf("the message lacks %q or %q:\n%s", want, tc.reason, errOut)
			}
			requireUnchanged(t, env, before)
		})
	}
}

// placeOf returns the line and column (in bytes, from 1) where the first
// occurrence of what begins in doc.
func placeOf(t *testing.T, doc, what string) (int, int) {
	t.Helper()
	i := strings.Index(doc, what)
	if i < 0 {
		t.Fatalf("%q is not in the document", what)
	}
	return strings.Count(doc[:i], "\n") + 1, i - strings.LastIndexByte(doc[:i], '\n')
}
