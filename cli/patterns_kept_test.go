package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// TestPatternsJSONKept: the app keeps the JSON document of patterns in
// the journal once its changes settle; 'debrief patterns', which only
// reads, prints it as kept and writes nothing, and draws it afresh once an
// interview changes.
func TestPatternsJSONKept(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	for _, co := range []string{"Acme", "Globex", "Initech"} {
		iv := journal.Interview{Company: co, Role: "Engineer", Date: journal.NewDate(2026, 3, 1),
			Curveballs: []journal.Curveball{{Question: "What salary are you looking for?"}}}
		if err := s.CreateInterview(&iv); err != nil {
			t.Fatal(err)
		}
	}
	env := Env{Getenv: func(string) string { return "" }, Now: func() time.Time { return now }}
	k := &statusKeeper{env: env}
	k.watch(s, db, time.Hour)
	k.settled()
	if keptIn(t, db) {
		t.Fatal("the app drew the patterns as it started, before any change")
	}
	k.written() // as a save in the app does
	k.settled()
	s.Close()

	if !keptIn(t, db) {
		t.Fatal("the app kept no patterns document in the journal")
	}
	run := func() string {
		t.Helper()
		var out, errOut bytes.Buffer
		e := env
		e.Stdin, e.Stdout, e.Stderr = strings.NewReader(""), &out, &errOut
		e.IsTerminal = func(any) bool { return false }
		if code := Execute(context.Background(), "test", []string{"--db", db, "patterns", "--format", "json"}, e); code != 0 {
			t.Fatalf("exit %d: %s", code, errOut.String())
		}
		return out.String()
	}
	first := run()
	if again := run(); again != first || !strings.Contains(first, `"interviews": 3`) {
		t.Fatalf("the kept document differs or is wrong:\n%s\nfirst:\n%s", again, first)
	}
	s, err = store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	iv := journal.Interview{Company: "Later Ltd", Role: "Engineer", Date: journal.NewDate(2026, 3, 2)}
	if err := s.CreateInterview(&iv); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if after := run(); !strings.Contains(after, `"interviews": 4`) {
		t.Fatalf("after a new interview:\n%s", after)
	}
}

// keptIn reports whether the journal at db keeps a patterns document.
func keptIn(t *testing.T, db string) bool {
	t.Helper()
	kept := false
	bdb, err := bolt.Open(db, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	_ = bdb.View(func(tx *bolt.Tx) error {
		kept = tx.Bucket([]byte("analysis.results")) != nil
		return nil
	})
	return kept
}
