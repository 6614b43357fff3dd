package cli_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
)

// TestEncryptedExportNotToTerminal: an encrypted export is refused on a
// terminal, before anything is asked or written.
func TestEncryptedExportNotToTerminal(t *testing.T) {
	db := seedJournal(t, dataInterviews()...)
	out, errOut, code := runCLI(db, "", testNow, true, "export", "--encrypt")
	if code != cli.ExitUsage || len(out) != 0 || !strings.Contains(errOut, "-o") {
		t.Fatalf("exit %d, wrote %d bytes\n%s", code, len(out), errOut)
	}
}
