//go:build !linux

package cli_test

import (
	"os"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// readOnlyJournal returns a journal holding ivs whose file is read-only.
func readOnlyJournal(t *testing.T, ivs ...journal.Interview) string {
	t.Helper()
	db := seedJournal(t, ivs...)
	if err := os.Chmod(db, 0o400); err != nil {
		t.Fatal(err)
	}
	return db
}
