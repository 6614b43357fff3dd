package cli

import (
	"sync"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/remind"
	"github.com/debrief-journal/debrief/statusfile"
	"github.com/debrief-journal/debrief/store"
)

// promptStatus reads the prompt's status from an open journal: the same
// as gatherReminders, without the report. It keeps no follow-up, only the
// day each needs the user: the interviews that can have one are planned a
// batch at a time, on every core, as they are read (see
// store.EachFollowUpBatch). Every command that writes the journal ends by
// this, so on a large journal its cost is theirs too.
func promptStatus(s *store.Store, env Env, today journal.Date) (statusfile.Counts, error) {
	var (
		mu    sync.Mutex
		spans []remind.Span
		rest  dueBesides
	)
	err := s.Holding(func() error {
		err := s.EachFollowUpBatch(today, func(batch []*journal.Interview) {
			found := followUpSpans(journal.BuildAgenda(batch, today))
			mu.Lock()
			defer mu.Unlock()
			spans = append(spans, found...)
		})
		if err != nil {
			return err
		}
		rest, err = readDueBesides(s, env)
		return err
	})
	if err != nil {
		return statusfile.Counts{}, err
	}
	return rest.status(spans, today), nil
}
