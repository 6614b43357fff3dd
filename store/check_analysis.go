package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"

	"github.com/debrief-journal/debrief/journal"
)

// analysisIndexRecord names the analysis index in problems that concern no
// interview of the journal.
const analysisIndexRecord = "analysis index"

// expectAnalysis notes the record a readable interview must have in the
// analysis index, when the journal has the index: its compact form before
// any checksum or seal, since a sealed value differs at every write, and
// without the classes of its texts, which are checked against the record's
// own texts (classesMatch).
func (c *checker) expectAnalysis(iv *journal.Interview) {
	if c.analysis == nil {
		return
	}
	c.analysis[iv.ID] = encodeAnalysisInterview(analysisCopy(iv))
}

// classesMatch reports whether the classes at the end of a record (tail)
// are what the classifier makes of the record's texts (iv), when they are
// of this debrief's classifier; classes of another version are not
// damage, only out of date, and the analysis makes them again.
func classesMatch(tail []byte, iv *journal.Interview) bool {
	version, n := binary.Uvarint(tail)
	if n <= 0 {
		return false
	}
	if version != classesVersion() {
		return true
	}
	return bytes.Equal(tail, appendClasses(nil, iv))
}

// checkAnalysisIndex compares the analysis index, which patterns and the
// weekly review read instead of the interviews, with the interviews: every
// record reads, belongs to an interview of the journal and holds what that
// interview gives, and every readable interview has one. A journal that has
// never had its patterns read has no index, which is whole.
func (c *checker) checkAnalysisIndex() {
	b := c.tx.Bucket(bucketAnalysis)
	if b == nil || c.analysis == nil {
		return
	}
	interviews := c.tx.Bucket(bucketInterviews)
	cd := codecOf(c.tx)
	found := map[uint64]bool{}
	_ = b.ForEach(func(k, v []byte) error {
		if len(k) != 8 || btoi(k) == 0 {
			c.add(analysisIndexRecord, 0, "it holds the key %q, which it never writes", clipKey(k))
			return nil
		}
		id := btoi(k)
		record := fmt.Sprintf("interview %d", id)
		found[id] = true
		if v == nil {
			c.add(analysisIndexRecord, id, "a section is stored where the record of interview %d belongs", id)
			return nil
		}
		// Opened once (on a sealed journal, decrypted once), then read.
		var rec analysisRecord
		payload, err := cd.open(bucketAnalysis, k, v, func() string { return analysisRecordName(k) })
		if err == nil {
			err = decodeAnalysis(payload, &rec, func() string { return analysisRecordName(k) })
		}
		if err != nil {
			c.add(record, id, "its record in the analysis index is damaged and cannot be read, so patterns cannot be drawn")
			return nil
		}
		want, readable := c.analysis[id]
		switch {
		case interviews.Get(k) == nil:
			c.add(analysisIndexRecord, id, "it holds a record of interview %d, which does not exist, so patterns count an interview that is gone", id)
		case !readable:
			// The interview itself is reported with the interviews.
		case !bytes.HasPrefix(payload, want) || !classesMatch(payload[len(want):], rec.iv) || rec.iv.ID != id:
			c.add(record, id, "its record in the analysis index does not match it, so patterns and the weekly review show it wrongly")
		}
		return nil
	})
	var missing []uint64
	for id := range c.analysis {
		if !found[id] {
			missing = append(missing, id)
		}
	}
	slices.Sort(missing)
	for _, id := range missing {
		c.add(fmt.Sprintf("interview %d", id), id, "it is missing from the analysis index, so patterns and the weekly review leave it out")
	}
}
