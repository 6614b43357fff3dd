package cli_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/cli"
)

// TestEncryptedExportNotToTerminal: an encrypted export is refused on a
// terminal, before anything is asked or written.
func TestEncryptedExportNotToTerminal(t *testing.T) {
	db := seedJournal(t, dataInterviews()...)
	var out, errOut bytes.Buffer
	env := cli.Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string {
			if k == "DEBRIEF_DB" {
				return db
			}
			return ""
		},
		Now:        func() time.Time { return testNow },
		IsTerminal: func(f any) bool { return f == any(&out) },
	}
	code := cli.Execute(context.Background(), "test", []string{"export", "--encrypt"}, env)
	if code != cli.ExitUsage || out.Len() != 0 || !strings.Contains(errOut.String(), "-o") {
		t.Fatalf("exit %d, wrote %d bytes\n%s", code, out.Len(), errOut.String())
	}
}
