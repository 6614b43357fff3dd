package e2e_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// richDocument is an export holding one interview with every field filled,
// custom answers, several scripts and a very long answer.
func richDocument(t *testing.T) []byte {
	t.Helper()
	long := strings.Repeat("Ein langer Absatz — 長い答え — with \"quotes\" and\nline breaks. ", 12000)
	iv := journal.Interview{
		ID: 50000, Company: "Zürich Rück & Co <AG>", Role: "Staff engineer 🚀", Date: journal.NewDate(2026, 3, 10),
		Stage: journal.StageTechnical, Format: journal.FormatVideo,
		Interviewers:     []journal.Person{{Name: "Ana Ødegaard", Title: "Recruiter", Contact: "ana@example.org"}, {Name: "李雷"}},
		DecisionExpected: journal.NewDate(2026, 3, 20), MoodBefore: 2, MoodAfter: 4, Authenticity: 5, Nerves: 1,
		WentWell:   []string{"pairing went well"},
		Curveballs: []journal.Curveball{{Question: "Your biggest failure?", Answer: "rambled", BetterAnswer: long[:3000], Tags: []string{"story"}}},
		Scripted:   []string{"intro"}, AuthenticityWhy: long, ShouldHaveTold: []string{"the migration"},
		FirstImpression: "calm", QuestionsAsked: []string{"on-call?"}, Fit: "good", OutsideControl: "budget",
		Lessons: []string{"slow down"}, ProudOf: "asked for time",
		Answers:         []journal.Answer{{Prompt: "energy", Title: "Energy", Value: "4"}, {Prompt: "notes", Value: "\u202eright to left\u202c"}},
		Tags:            []string{"remote"},
		Outcome:         journal.Outcome{Status: journal.StatusNextRound, Date: journal.NewDate(2026, 3, 12)},
		StillInterested: true,
		Feedback:        []journal.Feedback{{Date: journal.NewDate(2026, 3, 12), From: "Ana", Text: "liked the design part"}},
		FollowUps:       []journal.FollowUp{{ID: "thank-you", Kind: "thank_you", Status: journal.FollowUpDone, DoneAt: journal.NewDate(2026, 3, 10)}},
		CreatedAt:       time.Date(2026, 3, 10, 19, 0, 0, 123456789, time.FixedZone("", 3600)),
		UpdatedAt:       time.Date(2026, 3, 12, 9, 0, 0, 0, time.UTC),
	}
	review := journal.Review{
		ID: 9, WeekOf: journal.NewDate(2026, 3, 9), Focus: "negotiate", PreviousFocus: "slow down",
		PreviousFocusDone: journal.PractisedYes, Answers: []journal.Answer{{Prompt: "wins", Value: "an offer"}},
		CreatedAt: time.Date(2026, 3, 15, 18, 0, 0, 0, time.UTC),
	}
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, &export.Document{Interviews: []journal.Interview{iv}, Reviews: []journal.Review{review}}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// richJournal imports richDocument into a new journal and returns its
// folder, the journal and the imported file.
func richJournal(t *testing.T) (dir, db, doc string) {
	t.Helper()
	dir = t.TempDir()
	db = filepath.Join(dir, "journal.db")
	doc = filepath.Join(dir, "good.json")
	if err := os.WriteFile(doc, richDocument(t), 0o600); err != nil {
		t.Fatal(err)
	}
	debrief(t, db, 0, "import", doc)
	return dir, db, doc
}

// debrief runs the binary on db and fails the test unless it exits with
// want; it returns standard output and standard error.
func debrief(t *testing.T, db string, want int, args ...string) (string, string) {
	t.Helper()
	out, errOut, code := run(t, []string{"DEBRIEF_DB=" + db}, "", args...)
	if code != want {
		t.Fatalf("debrief %v: exit %d, want %d\n%s%s", args, code, want, out, errOut)
	}
	return out, errOut
}

func TestJSONRoundTripThroughTheBinary(t *testing.T) {
	dir := t.TempDir()
	first := filepath.Join(dir, "first.db")
	debrief(t, first, 0, "demo", "--interviews", "10000", "--today", "2026-03-14")
	rich := filepath.Join(dir, "rich.json")
	if err := os.WriteFile(rich, richDocument(t), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _ := debrief(t, first, 0, "import", rich)
	if !strings.Contains(out, "1 interview added") || !strings.Contains(out, "1 review added") {
		t.Fatalf("import: %s", out)
	}
	exported := filepath.Join(dir, "first.json")
	debrief(t, first, 0, "export", "--format", "json", "-o", exported)

	second := filepath.Join(dir, "second.db")
	out, _ = debrief(t, second, 0, "import", exported)
	if !strings.Contains(out, "10001 interviews added, 0 replaced, 0 skipped; 1 review added") {
		t.Fatalf("import into an empty journal: %s", out)
	}
	again, _ := debrief(t, second, 0, "export")
	want, err := os.ReadFile(exported)
	if err != nil {
		t.Fatal(err)
	}
	if again != string(want) {
		t.Fatal("export, import into an empty journal, export: the documents differ")
	}
	if !strings.Contains(again, `"authenticity_why": "Ein langer Absatz`) || !strings.Contains(again, `"company": "Zürich Rück & Co <AG>"`) {
		t.Fatal("the rich interview is not in the export as written")
	}
	out, _ = debrief(t, second, 0, "check")
	if out != "ok: 10001 interviews, 1 review, 0 drafts checked\n" {
		t.Fatalf("check: %q", out)
	}
}

func TestRejectedImportLeavesTheJournal(t *testing.T) {
	dir, db, _ := richJournal(t)
	before, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "bad.json")
	doc := strings.Replace(string(richDocument(t)), `"nerves": 1`, `"nerves": 9`, 1)
	if err := os.WriteFile(bad, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"import", bad}, {"import", "--replace", bad}} {
		_, errOut := debrief(t, db, 5, args...)
		if !strings.Contains(errOut, "line ") || !strings.Contains(errOut, "nerves") || !strings.Contains(errOut, "unchanged") {
			t.Fatalf("%v: %s", args, errOut)
		}
		if after, _ := os.ReadFile(db); !bytes.Equal(before, after) {
			t.Fatalf("%v: the journal changed", args)
		}
	}
}

func TestBackupWhileTheAppIsOpen(t *testing.T) {
	dir, db, _ := richJournal(t)

	term := start(t, 100, 30, []string{"DEBRIEF_DB=" + db}, "new", "--company", "Acme", "--role", "Backend engineer")
	term.waitFor("1/")
	term.typeText("typed while a backup is taken")
	term.waitFor("✓ saved")
	held, err := os.Stat(db)
	if err != nil {
		t.Fatal(err)
	}

	backup := filepath.Join(dir, "while-open.db")
	out, errOut := debrief(t, db, 0, "backup", backup)
	if !strings.Contains(out, "Backed up 1 interview, 1 review and 1 draft") {
		t.Fatalf("backup: %s %s", out, errOut)
	}
	out, _ = debrief(t, backup, 0, "check")
	if out != "ok: 1 interview, 1 review, 1 draft checked\n" {
		t.Fatalf("check of the backup: %q", out)
	}
	out, errOut = debrief(t, db, 0, "check")
	if !strings.HasPrefix(out, "ok: 1 interview") {
		t.Fatalf("check while open: %s %s", out, errOut)
	}
	if hidden, _ := filepath.Glob(filepath.Join(dir, ".*")); len(hidden) != 0 {
		t.Fatalf("check while open left copies beside the journal: %v", hidden)
	}

	// Restoring under the running app is refused, and nothing moves.
	_, errOut = debrief(t, db, 3, "restore", backup)
	if !strings.Contains(errOut, "open in debrief in another terminal") {
		t.Fatalf("restore: %s", errOut)
	}
	now, err := os.Stat(db)
	if err != nil || !os.SameFile(held, now) {
		t.Fatal("the journal was replaced under the running app")
	}
	if kept, _ := filepath.Glob(db + ".replaced-*"); len(kept) != 0 {
		t.Fatalf("kept %v although nothing was restored", kept)
	}

	// Once the app is closed, the backup goes back in place.
	term.keys("Escape")
	deadline := time.Now().Add(waitLimit)
	for {
		_, errOut, code := run(t, []string{"DEBRIEF_DB=" + db}, "", "restore", backup)
		if code == 0 {
			break
		}
		if code != 3 || time.Now().After(deadline) {
			t.Fatalf("restore after closing: exit %d: %s", code, errOut)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if kept, _ := filepath.Glob(db + ".replaced-*"); len(kept) != 1 {
		t.Fatalf("the replaced journal was not kept: %v", kept)
	}
	out, _ = debrief(t, db, 0, "check")
	if !strings.HasPrefix(out, "ok: 1 interview, 1 review, 1 draft") {
		t.Fatalf("check after restore: %q", out)
	}
}
