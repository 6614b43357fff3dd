package cli_test

import (
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// TestPatternsJSONKept: the JSON document is kept in the journal and read
// back while nothing changes, and drawn again once an interview is added.
func TestPatternsJSONKept(t *testing.T) {
	db := seedJournal(t, plantedInterviews()...)
	first, errOut, code := execCLI(t, db, "", "patterns", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	kept := false
	bdb, err := bolt.Open(db, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	_ = bdb.View(func(tx *bolt.Tx) error {
		kept = tx.Bucket([]byte("analysis.results")) != nil
		return nil
	})
	bdb.Close()
	if !kept {
		t.Fatal("no result kept in the journal")
	}
	again, _, code := execCLI(t, db, "", "patterns", "--format", "json")
	if code != 0 || again != first {
		t.Fatalf("exit %d; the kept document differs:\n%s\nfirst:\n%s", code, again, first)
	}

	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	iv := journal.Interview{Company: "Later Ltd", Role: "Engineer", Date: journal.NewDate(2025, 12, 1),
		Curveballs: []journal.Curveball{{Question: "What salary are you looking for?"}}}
	if err := s.CreateInterview(&iv); err != nil {
		t.Fatal(err)
	}
	s.Close()
	after, _, code := execCLI(t, db, "", "patterns", "--format", "json")
	if code != 0 || !strings.Contains(after, `"interviews": 41`) || !strings.Contains(after, "Later Ltd") {
		t.Fatalf("exit %d; after a new interview:\n%s", code, after)
	}
}
