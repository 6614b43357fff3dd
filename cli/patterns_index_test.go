package cli_test

import (
	"encoding/json"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// TestPatternsOnJournalWithoutAnalysisIndex: a journal written before the
// analysis index gains it the first time patterns read it, and the patterns
// group salary questions by meaning, apart from an SQL exercise about
// salaries.
func TestPatternsOnJournalWithoutAnalysisIndex(t *testing.T) {
	questions := []string{
		"What are your salary expectations?", "What number would make you say yes to an offer today?",
		"How flexible are you on base pay?", "Write SQL for the second highest salary in each department.",
		"What is the difference between an inner and a left join?",
	}
	var ivs []journal.Interview
	for i, q := range questions {
		ivs = append(ivs, journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 1, 5).AddDays(i),
			Curveballs: []journal.Curveball{{Question: q}}})
	}
	db := seedJournal(t, ivs...)
	index := []byte("analysis.r2")
	bdb, err := bolt.Open(db, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := bdb.Update(func(tx *bolt.Tx) error { return tx.DeleteBucket(index) }); err != nil {
		t.Fatal(err)
	}
	bdb.Close()

	out, errOut, code := execCLI(t, db, "", "patterns", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc struct {
		Themes []struct {
			Label string `json:"label"`
			Items []struct {
				Question string `json:"question"`
			} `json:"items"`
		} `json:"themes"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	themeOf := map[string]string{}
	for _, th := range doc.Themes {
		for _, it := range th.Items {
			themeOf[it.Question] = th.Label
		}
	}
	for _, q := range questions[:3] {
		if themeOf[q] != "Salary expectations" {
			t.Errorf("%q is in %q, want Salary expectations", q, themeOf[q])
		}
	}
	for _, q := range questions[3:] {
		if themeOf[q] != "SQL and databases" {
			t.Errorf("%q is in %q, want SQL and databases", q, themeOf[q])
		}
	}

	bdb, err = bolt.Open(db, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	_ = bdb.View(func(tx *bolt.Tx) error {
		if tx.Bucket(index) != nil {
			t.Error("patterns, which only reads, wrote an analysis index into the journal")
		}
		return nil
	})
}
