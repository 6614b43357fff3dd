package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/cli"
)

// Counts of one read in the singular: "1 interview", never "1 interviews".
func TestCountsOfOne(t *testing.T) {
	one := dataInterviews()[:1]
	t.Run("DemoNotEmpty", func(t *testing.T) {
		db := seedJournal(t, one...)
		_, errOut, code := execCLI(t, db, "", "demo", "--interviews", "5")
		if code != cli.ExitInvalid || !strings.Contains(errOut, "(1 interview, 0 drafts, 0 reviews)") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
	})
	t.Run("DemoOne", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "journal.db")
		out, errOut, code := execCLI(t, db, "", "demo", "--interviews", "1", "--today", "2026-03-01")
		if code != cli.ExitOK || !strings.Contains(out, "Added 1 demo interview to") {
			t.Fatalf("exit %d: %s%s", code, out, errOut)
		}
	})
	t.Run("Import", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "journal.json")
		if err := os.WriteFile(file, []byte(exportJSON(t, seedJournal(t, one...))), 0o600); err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(t.TempDir(), "journal.db")
		out, errOut, code := execCLI(t, dst, "", "import", file)
		if code != 0 || !strings.Contains(out, "Imported: 1 interview added, 0 replaced, 0 skipped; 0 reviews added") {
			t.Fatalf("import (%d): %s%s", code, out, errOut)
		}
	})
}
