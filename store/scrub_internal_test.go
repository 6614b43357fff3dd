package store

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// TestScrubZeroesEveryFreePage deletes and rewrites many interviews, closes
// the store, then asks bbolt about every page of the file: each page it
// counts as free must hold only zeros, which checks that the free list
// scrub reads from disk is the whole of bbolt's.
func TestScrubZeroesEveryFreePage(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("a long answer about a hard day ", 400)
	var ids []uint64
	for i := range 300 {
		iv := &journal.Interview{Company: fmt.Sprintf("Company %d", i), Role: "Engineer", Date: journal.NewDate(2026, 3, 1+i%28),
			Stage: journal.StageFirst, Format: journal.FormatVideo, WentWell: []string{long}}
		if err := s.CreateInterview(iv); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, iv.ID)
	}
	for i, id := range ids {
		if i%3 == 0 {
			if _, err := s.DeleteInterview(id); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, PreLoadFreelist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	size := db.Info().PageSize
	zeros := make([]byte, size)
	free := 0
	err = db.View(func(tx *bolt.Tx) error {
		if int64(len(data)) != tx.Size() {
			t.Errorf("the file holds %d bytes past its last page", int64(len(data))-tx.Size())
		}
		for id := 2; id < int(tx.Size())/size; id++ {
			p, err := tx.Page(id)
			if err != nil {
				return err
			}
			if p == nil || p.Type != "free" {
				continue
			}
			free++
			if !bytes.Equal(data[id*size:(id+1)*size], zeros) {
				t.Errorf("free page %d still holds data", id)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if free == 0 {
		t.Fatal("no free page to look at: the test deleted too little")
	}
	t.Logf("%d free pages, all zero", free)
}
