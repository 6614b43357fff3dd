package store

import (
	"bytes"
	"encoding/binary"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// bucketAnalysisResults keeps results drawn from the analysis index, such
// as the document `debrief patterns --format json` prints, so that asking
// again before anything changed reads one value instead of analysing every
// record again.
//
// Each result is kept with the generation of the analysis index it was
// drawn from (the index bucket's sequence, which every change of a record
// raises) and a stamp chosen by the caller for everything else it depends
// on, such as the day and the build. A result of another generation or
// stamp is never returned. Like the index it is derived data, deliberately
// not among allBuckets; its values go through the codec, so they are
// checksummed or sealed as the journal's are, and one that does not read is
// simply drawn again.
var bucketAnalysisResults = []byte("analysis.results")

// AnalysisResult returns the result kept under name for stamp when the
// analysis index has not changed since it was kept. Otherwise it reads the
// analysis records (as AnalysisInterviews), calls draw with them, keeps
// what draw returns for the next call (unless the journal was opened
// read-only other than by OpenReading, cannot be written, or changed while
// draw ran), and returns it.
func (s *Store) AnalysisResult(name, stamp string, draw func([]*journal.Interview) ([]byte, error)) ([]byte, error) {
	return s.AnalysisResultKnown(name, stamp, func(aj AnalysisJournal) ([]byte, error) { return draw(aj.Interviews) })
}

// AnalysisResultKnown is AnalysisResult with draw given the whole
// AnalysisJournal: the records and what the classifier made of their
// texts. When some records hold no classes of this debrief's classifier
// (an older debrief wrote them), keeping the result also classifies
// their texts afresh and keeps that in them, for the next analysis.
func (s *Store) AnalysisResultKnown(name, stamp string, draw func(AnalysisJournal) ([]byte, error)) ([]byte, error) {
	return s.analysisResult(name, stamp, false, draw)
}

// KeptResult returns the result kept under name for stamp when
// AnalysisResult would return it as it is, without reading the records;
// nil otherwise.
func (s *Store) KeptResult(name, stamp string) []byte {
	var kept []byte
	_ = s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketAnalysis); b != nil {
			kept = keptResult(tx, name, stamp, b.Sequence())
		}
		return nil
	})
	return kept
}

// PatternsResult is AnalysisResultKnown with draw given the PatternsJournal.
func (s *Store) PatternsResult(name, stamp string, draw func(AnalysisJournal) ([]byte, error)) ([]byte, error) {
	return s.analysisResult(name, stamp, true, draw)
}

// analysisResult is AnalysisResultKnown, or PatternsResult forPatterns.
func (s *Store) analysisResult(name, stamp string, forPatterns bool, draw func(AnalysisJournal) ([]byte, error)) ([]byte, error) {
	if err := s.ensureAnalysisIndex(); err != nil {
		return nil, err
	}
	// One reading: the kept result when it still holds, or else the
	// records, of the same generation.
	var kept []byte
	var aj AnalysisJournal
	var generation uint64
	var indexed bool
	err := s.view(func(tx *bolt.Tx) error {
		if b := tx.Bucket(bucketAnalysis); b != nil {
			indexed, generation = true, b.Sequence()
			if kept = keptResult(tx, name, stamp, generation); kept != nil {
				return nil
			}
		}
		var err error
		aj, err = analysisJournalTx(tx, forPatterns)
		return err
	})
	if err != nil || kept != nil {
		return kept, err
	}
	out, err := draw(aj)
	if err != nil || !indexed {
		return out, err
	}
	keep := func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketAnalysis)
		if b == nil || b.Sequence() != generation {
			return nil // changed meanwhile: what was drawn is already old
		}
		if aj.stale > 0 {
			if err := refreshClasses(tx, b); err != nil {
				return err
			}
		}
		return keepResult(tx, name, stamp, generation, out)
	}
	// Keeping is only a saving for next time: a journal that cannot be
	// written now (a full disk, another debrief writing) gives the result
	// all the same. A journal opened by a command that only reads is not
	// written at all; the app keeps the result for it (see the status
	// keeper in cli).
	if !s.readOnly {
		_ = s.update(keep)
	}
	return out, nil
}

// keptResult returns the result kept under name for stamp and generation,
// or nil.
func keptResult(tx *bolt.Tx, name, stamp string, generation uint64) []byte {
	rb := tx.Bucket(bucketAnalysisResults)
	if rb == nil {
		return nil
	}
	key := []byte(name)
	v := rb.Get(key)
	if v == nil {
		return nil
	}
	payload, err := codecOf(tx).open(bucketAnalysisResults, key, v, func() string { return "A kept result" })
	if err != nil {
		return nil // derived data: drawn again and kept afresh
	}
	gen, n := binary.Uvarint(payload)
	if n <= 0 || gen != generation {
		return nil
	}
	payload = payload[n:]
	size, n := binary.Uvarint(payload)
	if n <= 0 || size > uint64(len(payload)-n) || string(payload[n:n+int(size)]) != stamp {
		return nil
	}
	return bytes.Clone(payload[n+int(size):])
}

// keepResult stores data as the result under name for stamp and
// generation: the generation, the stamp's length and bytes, then data.
func keepResult(tx *bolt.Tx, name, stamp string, generation uint64, data []byte) error {
	rb, err := tx.CreateBucketIfNotExists(bucketAnalysisResults)
	if err != nil {
		return err
	}
	payload := binary.AppendUvarint(make([]byte, 0, len(data)+len(stamp)+24), generation)
	payload = binary.AppendUvarint(payload, uint64(len(stamp)))
	payload = append(append(payload, stamp...), data...)
	key := []byte(name)
	value, err := codecOf(tx).wrap(bucketAnalysisResults, key, payload)
	if err != nil {
		return err
	}
	return rb.Put(key, value)
}

// forgetAnalysisResults drops every kept result, when the analysis index
// is rebuilt and its generation starts again.
func forgetAnalysisResults(tx *bolt.Tx) error {
	if tx.Bucket(bucketAnalysisResults) == nil {
		return nil
	}
	return tx.DeleteBucket(bucketAnalysisResults)
}
