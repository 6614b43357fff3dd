package e2e_test

import (
	"bytes"
	be "encoding/binary"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// damagedJournal returns a journal of three interviews and two reviews
// whose interview 2 has had its stored bytes cut in half, as a bad sector
// or a torn copy would leave them.
func damagedJournal(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	doc := &export.Document{}
	for i := range 3 {
		doc.Interviews = append(doc.Interviews, journal.Interview{
			ID: uint64(i + 1), Company: "Company " + string(rune('A'+i)), Role: "Engineer",
			Date: journal.NewDate(2026, 3, 2+i), Stage: journal.StageFirst, Fit: "line one",
			Outcome:   journal.Outcome{Status: journal.StatusPending},
			CreatedAt: time.Date(2026, 3, 2+i, 18, 0, 0, 0, time.UTC), UpdatedAt: time.Date(2026, 3, 2+i, 18, 0, 0, 0, time.UTC),
		})
	}
	for i := range 2 {
		doc.Reviews = append(doc.Reviews, journal.Review{
			ID: uint64(i + 1), WeekOf: journal.NewDate(2026, 3, 2+7*i), Focus: "slow down",
			CreatedAt: time.Date(2026, 3, 8+7*i, 18, 0, 0, 0, time.UTC),
		})
	}
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, doc); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "journal.json")
	os.WriteFile(path, buf.Bytes(), 0o600)
	db := filepath.Join(dir, "journal.db")
	debrief(t, db, 0, "import", path)

	bdb, err := bolt.Open(db, 0o600, &bolt.Options{Timeout: 5 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	err = bdb.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("interviews"))
		key := be.BigEndian.AppendUint64(nil, 2)
		v := b.Get(key)
		if v == nil {
			t.Fatal("interview 2 is not stored under its ID")
		}
		return b.Put(key, bytes.Clone(v[:len(v)/2]))
	})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

// exportedIDs reads the IDs of the interviews and reviews of a JSON export.
func exportedIDs(t *testing.T, data []byte) (interviews, reviews []uint64) {
	t.Helper()
	doc, err := export.ReadJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("the export does not read back: %v", err)
	}
	for _, iv := range doc.Interviews {
		interviews = append(interviews, iv.ID)
	}
	for _, r := range doc.Reviews {
		reviews = append(reviews, r.ID)
	}
	return interviews, reviews
}

// TestExportSkipDamaged checks the way out of a damaged journal through the
// built binary: check names it, plain export refuses and points to it, and
// export --skip-damaged writes everything else, to standard output, a file
// or Markdown files, names what it left out and exits with code 4.
func TestExportSkipDamaged(t *testing.T) {
	db := damagedJournal(t)

	t.Run("CheckAdvises", func(t *testing.T) {
		_, errOut := debrief(t, db, 4, "check")
		if !strings.Contains(errOut, "debrief export --skip-damaged") {
			t.Errorf("check does not point to export --skip-damaged: %q", errOut)
		}
	})
	t.Run("PlainExportRefuses", func(t *testing.T) {
		_, errOut := debrief(t, db, 4, "export")
		if !strings.Contains(errOut, "--skip-damaged") {
			t.Errorf("export does not point to --skip-damaged: %q", errOut)
		}
	})
	t.Run("Stdout", func(t *testing.T) {
		out, errOut := debrief(t, db, 4, "export", "--skip-damaged")
		ivs, rs := exportedIDs(t, []byte(out))
		if !slices.Equal(ivs, []uint64{1, 3}) || !slices.Equal(rs, []uint64{1, 2}) {
			t.Errorf("exported interviews %v and reviews %v, want 1 and 3, and 1 and 2", ivs, rs)
		}
		if !strings.Contains(errOut, "skipped interview 2: damaged\n") || strings.Count(errOut, "skipped") != 1 {
			t.Errorf("standard error does not name exactly interview 2: %q", errOut)
		}
	})
	t.Run("File", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "rescued.json")
		_, errOut := debrief(t, db, 4, "export", "--skip-damaged", "-o", path)
		if !strings.Contains(errOut, "skipped interview 2: damaged") {
			t.Errorf("standard error: %q", errOut)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("no file written: %v", err)
		}
		// What was rescued makes a new, whole journal.
		fresh := filepath.Join(t.TempDir(), "fresh.db")
		debrief(t, fresh, 0, "import", path)
		debrief(t, fresh, 0, "check")
		if ivs, _ := exportedIDs(t, data); !slices.Equal(ivs, []uint64{1, 3}) {
			t.Errorf("the file holds interviews %v, want 1 and 3", ivs)
		}
	})
	t.Run("Markdown", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "md")
		_, errOut := debrief(t, db, 4, "export", "--skip-damaged", "--format", "markdown", "-o", dir)
		files, _ := filepath.Glob(filepath.Join(dir, "*.md"))
		if len(files) != 4 {
			t.Errorf("wrote %d files, want 2 interviews and 2 reviews", len(files))
		}
		if !strings.Contains(errOut, "skipped interview 2: damaged") {
			t.Errorf("standard error: %q", errOut)
		}
	})
	t.Run("HealthyJournal", func(t *testing.T) {
		healthy := filepath.Join(t.TempDir(), "healthy.db")
		debrief(t, healthy, 0, "demo", "--interviews", "5")
		out, errOut := debrief(t, healthy, 0, "export", "--skip-damaged")
		plain, _ := debrief(t, healthy, 0, "export")
		if errOut != "" || out != plain {
			t.Errorf("on a healthy journal --skip-damaged differs from export: %q", errOut)
		}
		if !json.Valid([]byte(out)) {
			t.Error("not JSON")
		}
	})
}
