package e2e_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestDeletedTextLeavesTheFile deletes an interview in the list and checks
// that, once the app has exited, none of its words can be read anywhere in
// the journal's file.
func TestDeletedTextLeavesTheFile(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "journal.db")
	doc := filepath.Join(dir, "doc.json")
	secret := "Ozymandias said my salary ask was absurd"
	data := `{"format":"debrief","version":1,"interviews":[` +
		`{"id":1,"company":"Keepco","role":"Engineer","date":"2026-03-10","stage":"first","format":"video","went_well":["kept words"]},` +
		`{"id":2,"company":"Goneco","role":"Engineer","date":"2026-03-12","stage":"first","format":"video","went_well":["` + secret + `"],"lessons":["Ozymandias again"]}]}`
	if err := os.WriteFile(doc, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	debrief(t, db, 0, "import", doc)
	if raw, _ := os.ReadFile(db); !bytes.Contains(raw, []byte("Ozymandias")) {
		t.Skip("the journal does not store this text as plain bytes")
	}

	term := start(t, 100, 30, []string{"DEBRIEF_DB=" + db}, "list")
	term.waitFor("Goneco")
	// The newest interview is selected first.
	term.keys("d")
	term.waitFor("y")
	term.keys("y")
	term.waitFor("Deleted")
	term.keys("q")
	deadline := time.Now().Add(waitLimit)
	for term.pidOrZero() != 0 {
		if time.Now().After(deadline) {
			t.Fatal("debrief did not exit")
		}
		time.Sleep(50 * time.Millisecond)
	}
	raw, err := os.ReadFile(db)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(raw, []byte("Ozymandias")) {
		t.Fatal("the deleted interview's text is still readable in the journal file")
	}
	if !bytes.Contains(raw, []byte("kept words")) {
		t.Fatal("the interview that was kept is gone from the file")
	}
	out, _ := debrief(t, db, 0, "list", "--plain")
	if !strings.Contains(out, "Keepco") || strings.Contains(out, "Goneco") {
		t.Fatalf("list after the deletion:\n%s", out)
	}
	debrief(t, db, 0, "check")
}
