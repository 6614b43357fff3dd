package store_test

import (
	"path/filepath"
	"testing"

	"github.com/debrief-journal/debrief/store"
)

// What reading a backup back costs, beside what writing it costs, on the
// journal of 10,000 interviews (1,000 with -short), plain and encrypted:
//
//	go test ./store/ -run '^$' -bench 'VerifyBackup|WriteBackup' -benchtime 20x

// BenchmarkVerifyBackup reads back a backup already written: every
// record's checksum, or its seal.
func BenchmarkVerifyBackup(b *testing.B) {
	eachSealedReading(b, func(b *testing.B, s *store.Store) {
		dst := filepath.Join(b.TempDir(), "backup.db")
		if err := s.Backup(dst); err != nil {
			b.Fatal(err)
		}
		b.ReportAllocs()
		for b.Loop() {
			if st, err := s.VerifyBackupFile(dst); err != nil || st != store.BackupGood {
				b.Fatalf("%v %v", st, err)
			}
		}
	})
}

// BenchmarkWriteBackup writes a whole backup: the copy, synced, read
// back, marked and renamed into place, as the day's backup does.
func BenchmarkWriteBackup(b *testing.B) {
	eachSealedReading(b, func(b *testing.B, s *store.Store) {
		dst := filepath.Join(b.TempDir(), "backup.db")
		b.ReportAllocs()
		for b.Loop() {
			if err := s.Backup(dst); err != nil {
				b.Fatal(err)
			}
		}
	})
}
