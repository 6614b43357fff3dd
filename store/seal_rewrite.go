package store

import (
	"bytes"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"
)

// rewriteBatch is how many bytes a rewrite puts in one transaction, so
// memory stays flat for a journal of any size.
const rewriteBatch = 32 << 20

// rewriteInto copies the journal src into a new bbolt file at dst, every
// bucket and every key, with each record's value opened by src's own codec
// and written again by to: sealed (encrypting) or plain with its checksum
// (decrypting). Values that are not records (see carriesChecksum) are
// copied as they are. The copy is at SchemaVersion, and its meta holds
// sealedKey, or no sealed key when sealedKey is nil. A record that does not
// read (damage) stops the copy. Every bucket is walked, so a bucket added
// to the journal later is covered without a change here.
func rewriteInto(src *bolt.DB, dst string, to codec, sealedKey []byte) error {
	out, err := bolt.Open(dst, 0o600, &bolt.Options{Timeout: LockTimeout, NoSync: true})
	if err != nil {
		return err
	}
	w := &rewriter{db: out}
	err = guard(func() error {
		return src.View(func(stx *bolt.Tx) error {
			from := codecOf(stx)
			for _, name := range allBuckets() {
				if err := w.bucket(name, 0); err != nil {
					return err
				}
			}
			err := stx.ForEach(func(name []byte, b *bolt.Bucket) error {
				if err := w.bucket(name, b.Sequence()); err != nil {
					return err
				}
				return b.ForEach(func(k, v []byte) error {
					return w.copyValue(from, to, name, k, v)
				})
			})
			if err != nil {
				return err
			}
			if err := w.put(bucketMeta, keySchema, itob(SchemaVersion)); err != nil {
				return err
			}
			if sealedKey != nil {
				if err := w.put(bucketMeta, keySealing, sealedKey); err != nil {
					return err
				}
			}
			return w.commit()
		})
	})
	if w.tx != nil {
		_ = w.tx.Rollback()
	}
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// rewriter writes a copy in transactions of about rewriteBatch bytes.
type rewriter struct {
	db *bolt.DB
	tx *bolt.Tx
	n  int
}

// copyValue writes the value v of key k of bucket name into the copy.
func (w *rewriter) copyValue(from, to codec, name, k, v []byte) error {
	if v == nil {
		return corruptf(nil, "The journal is damaged: a section is nested where records of %s belong", name)
	}
	if bytes.Equal(name, bucketMeta) {
		if bytes.Equal(k, keySealing) || bytes.Equal(k, keySchema) {
			return nil // set afresh for the copy
		}
		return w.put(name, k, v)
	}
	if !carriesChecksum(name, k) {
		return w.put(name, k, v)
	}
	payload, err := from.open(name, k, v, func() string { return fmt.Sprintf("The record %d of %s", btoi(k), name) })
	if err != nil {
		return err
	}
	// A plain payload shares the journal's memory, and a checksum is
	// appended in place.
	sealed, err := to.wrap(name, k, bytes.Clone(payload))
	if err != nil {
		return err
	}
	return w.put(name, k, sealed)
}

// begin starts the next transaction when there is none.
func (w *rewriter) begin() error {
	if w.tx != nil {
		return nil
	}
	tx, err := w.db.Begin(true)
	if err != nil {
		return err
	}
	w.tx, w.n = tx, 0
	return nil
}

// bucket creates the bucket name in the copy, with the sequence seq when
// it is not 0.
func (w *rewriter) bucket(name []byte, seq uint64) error {
	if err := w.begin(); err != nil {
		return err
	}
	b, err := w.tx.CreateBucketIfNotExists(name)
	if err != nil {
		return err
	}
	if seq != 0 {
		return b.SetSequence(seq)
	}
	return nil
}

// put writes one value, committing the transaction once it is large.
func (w *rewriter) put(name, k, v []byte) error {
	if err := w.begin(); err != nil {
		return err
	}
	b := w.tx.Bucket(name)
	// Keys come in order: full pages make the smallest file.
	b.FillPercent = 1.0
	if err := b.Put(k, v); err != nil {
		return err
	}
	w.n += len(k) + len(v)
	if w.n >= rewriteBatch {
		return w.commit()
	}
	return nil
}

// commit ends the current transaction, if any.
func (w *rewriter) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx = nil
	return err
}

// newTempJournal returns the name of a new temporary file in dir for job,
// not yet made: bbolt sets up only a missing or empty file.
func newTempJournal(dir, job string) (string, error) {
	f, err := os.CreateTemp(dir, tempPattern(job))
	if err != nil {
		return "", err
	}
	name := f.Name()
	f.Close()
	os.Remove(name)
	return name, nil
}
