package store

import (
	"os"

	bolt "go.etcd.io/bbolt"
)

// bbolt never overwrites a page in place: a change is written to free
// pages and the pages it replaces are only marked free, so an answer
// deleted or rewritten stays readable in the file (`strings journal.db`)
// until bbolt happens to reuse its page. scrub overwrites every free page
// with zeros.
//
// It runs with the journal's exclusive lock and no transaction of this
// process open, so every page bbolt lists as free (or pending) is reachable
// from no meta page and read by no one: zeroing it changes nothing a reader
// can see, and a crash midway leaves a whole journal.

// scrub zeroes the journal's free pages and the file's tail past its last
// page, then syncs the file.
func (s *Store) scrub() error {
	if s.readOnly {
		return nil
	}
	return s.withDB(func(db *bolt.DB) error {
		return guard(func() error {
			// A write transaction keeps other goroutines of this process from
			// writing meanwhile; it is rolled back, so bbolt writes nothing.
			tx, err := db.Begin(true)
			if err != nil {
				return err
			}
			defer tx.Rollback()
			free, end, err := freePages(tx)
			if err != nil || (len(free) == 0 && !tailDirty(db, end)) {
				return err
			}
			return zeroPages(db.Path(), db.Info().PageSize, free, end)
		})
	})
}

// freePages lists the free pages of the journal as of tx, and where its
// last page ends.
func freePages(tx *bolt.Tx) ([]int, int64, error) {
	high := int(tx.Size()) / tx.DB().Info().PageSize
	var free []int
	for id := 2; id < high; id++ {
		p, err := tx.Page(id)
		if err != nil {
			return nil, 0, err
		}
		if p != nil && p.Type == "free" {
			free = append(free, id)
		}
	}
	return free, tx.Size(), nil
}

// tailDirty reports whether the file holds anything past its last page.
func tailDirty(db *bolt.DB, end int64) bool {
	info, err := os.Stat(db.Path())
	return err == nil && info.Size() > end
}

// zeroPages writes zeros over the given pages of the file at path and over
// everything past end, then syncs it.
func zeroPages(path string, pageSize int, pages []int, end int64) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	zeros := make([]byte, pageSize)
	for _, id := range pages {
		if _, err := f.WriteAt(zeros, int64(id)*int64(pageSize)); err != nil {
			return err
		}
	}
	if info, err := f.Stat(); err == nil && info.Size() > end {
		if err := f.Truncate(end); err != nil {
			return err
		}
	}
	return f.Sync()
}
