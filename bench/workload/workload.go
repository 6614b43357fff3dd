// Package workload builds the data the benchmarks measure: demo journals of
// a given size and the draft of a reflection in progress, the same for
// every run so that runs can be compared.
package workload

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// Seed is the seed of every demo journal the benchmarks build.
const Seed = 1

// Now is the fixed clock demo journals are generated against.
var Now = time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)

// importBatch is how many interviews go into one import transaction: large
// enough to be quick, small enough that a huge journal is never held in
// memory whole.
const importBatch = 5000

// BuildJournal creates a journal at path holding n demo interviews, one
// draft in progress and the indexes the app keeps, as a person who has used
// debrief for a while would have. The file must not exist yet.
func BuildJournal(path string, n int) error {
	if _, err := os.Stat(path); err == nil {
		return fmt.Errorf("%s already exists", path)
	}
	s, err := store.Open(path)
	if err != nil {
		return err
	}
	defer s.Close()
	pending := make([]journal.Interview, 0, importBatch)
	flush := func() error {
		_, err := s.Import(pending, nil, false, false)
		pending = pending[:0]
		return err
	}
	err = demo.Stream(n, Seed, Now, func(iv journal.Interview) error {
		if pending = append(pending, iv); len(pending) == importBatch {
			return flush()
		}
		return nil
	})
	if err == nil && len(pending) > 0 {
		err = flush()
	}
	if err != nil {
		return err
	}
	d := Draft()
	if err := s.SaveDraft(&d); err != nil {
		return err
	}
	// The index of open follow-ups, which the app builds the first time it
	// draws up the agenda and keeps from then on: a journal used for a
	// while has it.
	return s.EnsureFollowUpIndex()
}

// Draft returns a reflection half written: the interview's facts, the
// people met, curveballs and a few free-text answers, as the app saves it
// while someone types.
func Draft() journal.Draft {
	iv := demo.Generate(1, Seed+1, Now)[0]
	iv.Lessons, iv.ProudOf, iv.FollowUps, iv.Feedback = nil, "", nil, nil
	return journal.Draft{Kind: journal.DraftInterview, Interview: iv, Step: 9, Answered: 9, Total: 17}
}

// DraftBytes returns about the bytes the store writes for d: its JSON in a
// versioned envelope. A bare write of them is the yardstick of a save.
func DraftBytes(d *journal.Draft) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := enc.Encode(struct {
		V int            `json:"v"`
		D *journal.Draft `json:"d"`
	}{1, d})
	return bytes.TrimSpace(buf.Bytes()), err
}
