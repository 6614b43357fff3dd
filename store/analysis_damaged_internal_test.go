package store

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// TestDamagedAnalysisRecordNamed: reading the analysis records stops at one
// that is damaged, with a message naming its interview, in a plain journal
// (its checksum, then its bytes) as in an encrypted one.
func TestDamagedAnalysisRecordNamed(t *testing.T) {
	fastKDF(t)
	for _, sealed := range []bool{false, true} {
		path := filepath.Join(t.TempDir(), "journal.db")
		opts := Options{}
		if sealed {
			if _, err := Encrypt(path, passOf(testPass), time.Now()); err != nil {
				t.Fatal(err)
			}
			opts.Passphrase = passOf(testPass)
		}
		s, err := Open(path, opts)
		must(t, err)
		for range 3 {
			must(t, s.CreateInterview(&journal.Interview{Company: "Acme", Role: "Nurse", Date: journal.NewDate(2026, 2, 1)}))
		}
		_, err = s.AnalysisInterviews()
		must(t, err)
		plant := func(v func(tx *bolt.Tx) ([]byte, error)) {
			must(t, s.update(func(tx *bolt.Tx) error {
				data, err := v(tx)
				if err != nil {
					return err
				}
				return tx.Bucket(bucketAnalysis).Put(itob(2), data)
			}))
		}
		// Bytes changed on disk after they were written.
		plant(func(tx *bolt.Tx) ([]byte, error) {
			v := append([]byte(nil), tx.Bucket(bucketAnalysis).Get(itob(2))...)
			v[len(v)/2] ^= 0xff
			return v, nil
		})
		if _, err := s.AnalysisInterviews(); journal.ErrorCode(err) != journal.ECorrupt || !strings.Contains(journal.ErrorMessage(err), "interview 2") {
			t.Errorf("sealed %v, changed bytes: %v", sealed, err)
		}
		// Whole, but not a record.
		plant(func(tx *bolt.Tx) ([]byte, error) {
			return codecOf(tx).wrap(bucketAnalysis, itob(2), []byte{analysisFormat, 2})
		})
		if _, err := s.AnalysisInterviews(); journal.ErrorCode(err) != journal.ECorrupt || !strings.Contains(journal.ErrorMessage(err), "interview 2") {
			t.Errorf("sealed %v, cut short: %v", sealed, err)
		}
		must(t, s.Close())
	}
}
