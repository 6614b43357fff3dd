package e2e_test

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// writeDocument writes an export holding the given interviews to a file in
// dir and returns its path.
func writeDocument(t *testing.T, dir string, ivs ...journal.Interview) string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, &export.Document{Interviews: ivs}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "import.json")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// newAccessible saves a reflection through `new --accessible`, answering
// the company and the role and leaving every other prompt empty.
func newAccessible(t *testing.T, db, company string) {
	t.Helper()
	input := company + "\nEngineer\n" + strings.Repeat("\n", 60)
	out, errOut, code := run(t, []string{"DEBRIEF_DB=" + db}, input, "new", "--accessible")
	if code != 0 {
		t.Fatalf("new --accessible: exit %d\n%s\n%s", code, out, errOut)
	}
}

func TestImportedHugeIDOverwritesNothing(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "journal.db")
	debrief(t, db, 0, "demo", "--interviews", "3", "--today", "2026-03-14")
	first, _ := debrief(t, db, 0, "show", "1")

	doc := writeDocument(t, dir, journal.Interview{
		ID: math.MaxUint64, Company: "Highest Numbered", Role: "Analyst",
		Date: journal.NewDate(2026, 2, 1), Stage: journal.StageScreen,
		CreatedAt: time.Date(2026, 2, 1, 12, 0, 0, 0, time.UTC),
	})
	out, _ := debrief(t, db, 0, "import", doc)
	if !strings.Contains(out, "1 interview added") || !strings.Contains(out, "got a new ID") {
		t.Fatalf("import: %s", out)
	}
	newAccessible(t, db, "First New")
	newAccessible(t, db, "Second New")

	if again, _ := debrief(t, db, 0, "show", "1"); again != first {
		t.Fatalf("interview 1 changed:\nbefore\n%s\nafter\n%s", first, again)
	}
	list, _ := debrief(t, db, 0, "list", "--plain")
	for _, want := range []string{"Highest Numbered", "First New", "Second New"} {
		if !strings.Contains(list, want) {
			t.Fatalf("the list lacks %s:\n%s", want, list)
		}
	}
	if strings.Contains(list, "18446744073709551615") {
		t.Fatalf("the imported interview kept its ID:\n%s", list)
	}
	if out, _ := debrief(t, db, 0, "check"); !strings.HasPrefix(out, "ok: 6 interviews") {
		t.Fatalf("check: %q", out)
	}
}

func TestBitRotIsFound(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "journal.db")
	doc := writeDocument(t, dir, journal.Interview{
		ID: 1, Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 2, 1),
		Stage: journal.StageScreen, WentWell: []string{"line one"},
		CreatedAt: time.Date(2026, 2, 1, 12, 0, 0, 0, time.UTC),
	})
	debrief(t, db, 0, "import", doc)
	debrief(t, db, 0, "check")

	data, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("line one")) {
		t.Fatal("the journal does not hold the text as written")
	}
	data = bytes.ReplaceAll(data, []byte("line one"), []byte("liXe one"))
	if err := os.WriteFile(db, data, 0o600); err != nil {
		t.Fatal(err)
	}

	out, errOut := debrief(t, db, 4, "check")
	if !strings.Contains(out+errOut, "interview 1: it is damaged") {
		t.Fatalf("check does not name the damaged interview:\n%s%s", out, errOut)
	}
	if _, errOut := debrief(t, db, 4, "show", "1"); !strings.Contains(errOut, "Interview 1 is damaged") {
		t.Fatalf("show: %s", errOut)
	}
	debrief(t, db, 4, "export")
}
