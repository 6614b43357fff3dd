package cli_test

import (
	"os"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// TestAccessibleResumeOfADraftOpenElsewhere resumes, from the plain
// prompts, a draft that a debrief in another terminal has open (played by
// the process that started the tests, which runs): it is refused with
// exit code 3 and a message saying where it is open, and left as it was.
func TestAccessibleResumeOfADraftOpenElsewhere(t *testing.T) {
	db := newJournalPath(t)
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Process = store.Process{PID: os.Getppid()}
	d := journal.Draft{Kind: journal.DraftInterview, Interview: journal.Interview{Company: "Acme"}, Step: 1}
	if _, err := s.KeepDraft(&d, false); err != nil {
		t.Fatal(err)
	}
	s.Close()

	out, errOut, code := execAtTerminal(t, db, "y\nEngineer\n"+blanks, "new", "--accessible")
	if code != 3 || !strings.Contains(errOut+out, "Open in another debrief window since") {
		t.Fatalf("exit %d:\n%s\n%s", code, errOut, out)
	}
	ivs, ds := stored(t, db)
	if len(ivs) != 0 || len(ds) != 1 || ds[0].Interview.Role != "" || ds[0].Holder == nil || ds[0].Holder.PID != os.Getppid() {
		t.Fatalf("interviews %d, drafts %+v", len(ivs), ds)
	}
}
