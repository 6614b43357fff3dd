package store

import (
	"bytes"
	"encoding/binary"
	"io"
	"os"
	"slices"
)

// bbolt never overwrites a page in place: a change is written to free
// pages and the pages it replaces are only marked free, so an answer
// deleted or rewritten stays readable in the file (`strings journal.db`)
// until bbolt happens to reuse its page. scrub overwrites every free page
// with zeros.
//
// It runs on a handle of its own, with the journal's exclusive lock and no
// other transaction on that handle, so every page bbolt counts as free is
// reachable from no meta page and read by no one: zeroing it changes
// nothing a reader can see, and a crash midway leaves a whole journal.
//
// bbolt lists its free pages only inside itself. Asking it page by page
// (tx.Page) would read every page of the file, 0.35 s per save on a journal
// of 100,000 interviews, so the candidates come from the free list bbolt
// keeps on disk (freelistIDs), and each is zeroed only once bbolt itself
// says it is free: a misreading can only leave a page unscrubbed, never
// zero one in use.

// scrub zeroes the journal's free pages and cuts the file after its last
// page, then syncs it. It opens a handle of its own rather than share the
// one operations use: bbolt counts a page freed under a read still open on
// a handle as free too, and zeroing it would cut that read short. Its own
// handle has no other transaction, and holds the journal's lock, so no
// operation of this process or another can start meanwhile; one that tries
// waits, as for any operation.
func (s *Store) scrub() error {
	if s.readOnly {
		return nil
	}
	db, err := openBolt(s.path, s.opts, false, false)
	if err != nil {
		return err
	}
	defer db.Close()
	info, _ := os.Stat(s.path)
	if err := s.checkIdentity(info); err != nil {
		return err
	}
	return guard(func() error {
		// A write transaction, rolled back: bbolt writes nothing, and
		// releases the pages earlier transactions left pending.
		tx, err := db.Begin(true)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		pageSize := db.Info().PageSize
		high := int(tx.Size()) / pageSize
		var candidates []int
		for _, id := range freelistIDs(db.Path(), pageSize) {
			if id >= 2 && id < high {
				candidates = append(candidates, id)
			}
		}
		free := func(id int) bool {
			p, err := tx.Page(id)
			return err == nil && p != nil && p.Type == "free"
		}
		return zeroPages(db.Path(), pageSize, candidates, free, tx.Size())
	})
}

// Where bbolt keeps what freelistIDs reads: a page starts with a 16-byte
// header (id, flags, count, overflow); a meta page's body holds the free
// list's page at byte 32 and the transaction ID at byte 48; a free-list
// page holds count page IDs after its header, or, when count is 0xFFFF,
// the real count first.
const (
	pageHeaderSize   = 16
	metaFreelistAt   = pageHeaderSize + 32
	metaTxidAt       = pageHeaderSize + 48
	freelistPageFlag = 0x10
	maxFreelistBytes = 64 << 20
)

// freelistIDs reads the IDs of the free pages from the free list of the
// newest meta page of the bbolt file at path. It returns nil when it cannot
// tell.
func freelistIDs(path string, pageSize int) []int {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	var order binary.ByteOrder
	var list, txid uint64
	for m := range 2 {
		head := make([]byte, metaTxidAt+8)
		if _, err := f.ReadAt(head, int64(m*pageSize)); err != nil {
			return nil
		}
		o, ok := boltByteOrder(head[pageHeaderSize : pageHeaderSize+4])
		if !ok {
			continue
		}
		if t := o.Uint64(head[metaTxidAt:]); order == nil || t > txid {
			order, txid, list = o, t, o.Uint64(head[metaFreelistAt:])
		}
	}
	if order == nil || list < 2 || list > 1<<40 {
		return nil
	}
	head := make([]byte, pageHeaderSize+8)
	if _, err := f.ReadAt(head, int64(list)*int64(pageSize)); err != nil {
		return nil
	}
	if order.Uint16(head[8:]) != freelistPageFlag {
		return nil
	}
	count, at := uint64(order.Uint16(head[10:])), int64(pageHeaderSize)
	if count == 0xFFFF {
		count, at = order.Uint64(head[pageHeaderSize:]), pageHeaderSize+8
	}
	if count == 0 || count*8 > maxFreelistBytes {
		return nil
	}
	raw := make([]byte, count*8)
	if _, err := f.ReadAt(raw, int64(list)*int64(pageSize)+at); err != nil && err != io.EOF {
		return nil
	}
	ids := make([]int, 0, count)
	for i := range int(count) {
		ids = append(ids, int(order.Uint64(raw[i*8:])))
	}
	return ids
}

// zeroPages writes zeros over those of the given pages of the file at path
// that free says are free, and cuts the file after end, then syncs it; it
// does nothing when there is nothing to do.
//
// A page scrubbed before and not used since is zero already, which is most
// of them on a large journal: the pages are read in runs of neighbours, a
// few hundred at a time, and only one that is not zero is asked about
// (free reads it through bbolt, a fault on its memory each) and written.
func zeroPages(path string, pageSize int, pages []int, free func(int) bool, end int64) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if len(pages) == 0 && info.Size() <= end {
		return nil
	}
	pages = slices.Clone(pages)
	slices.Sort(pages)
	zeros, run := make([]byte, pageSize), make([]byte, 0, scrubRun*pageSize)
	wrote := false
	for len(pages) > 0 {
		n := 1
		for n < len(pages) && n < scrubRun && pages[n] == pages[0]+n {
			n++
		}
		at := int64(pages[0]) * int64(pageSize)
		run = run[:n*pageSize]
		got, _ := f.ReadAt(run, at)
		for i, id := range pages[:n] {
			page := run[i*pageSize : (i+1)*pageSize]
			if (i+1)*pageSize > got || bytes.Equal(page, zeros) || !free(id) {
				continue // past the end of the file, zero already, or in use
			}
			if _, err := f.WriteAt(zeros, int64(id)*int64(pageSize)); err != nil {
				return err
			}
			wrote = true
		}
		pages = pages[n:]
	}
	if info.Size() > end {
		if err := f.Truncate(end); err != nil {
			return err
		}
		wrote = true
	}
	if !wrote {
		return nil
	}
	return f.Sync()
}

// scrubRun is how many neighbouring pages zeroPages reads at once.
const scrubRun = 256
