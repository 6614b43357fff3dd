package store

import (
	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// readSummary decodes the summary stored under k into sm. A summary is
// only a copy of what its interview holds, kept for speed: when it cannot
// be read (bit rot caught by its checksum, say) but its interview can, the
// summary is made afresh from the interview, so one damaged copy hides no
// interview from home or the list. check still reports it, and the next
// save of the interview rewrites it.
func readSummary(tx *bolt.Tx, cd codec, k, v []byte, sm *journal.Summary, name func() string) error {
	err := cd.decodeSummary(k, v, sm, name)
	if err == nil || journal.ErrorCode(err) != journal.ECorrupt {
		return err
	}
	iv, ierr := getInterview(tx, btoi(k))
	if ierr != nil {
		return err
	}
	*sm = iv.Summarize()
	return nil
}
