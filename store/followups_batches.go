package store

import (
	"runtime"
	"sync"

	"github.com/debrief-journal/debrief/journal"
)

// EachFollowUpBatch reads the planning copies FollowUpInterviews returns
// without keeping them: it hands them to fn a batch at a time, from
// several goroutines at once, and uses their memory again for the next
// batch once fn returns, so fn must keep nothing of them. It suits a
// reader that only counts, such as the prompt's status: kept, the copies
// of a large journal take tens of megabytes, and making room for them was
// much of the cost of reading them.
func (s *Store) EachFollowUpBatch(today journal.Date, fn func(batch []*journal.Interview)) error {
	return s.readPlanning(today, func(cd codec, keys, values [][]byte) error {
		return eachPlanningBatch(cd, keys, values, fn)
	}, func(all []*journal.Interview) error {
		fn(all)
		return nil
	})
}

// followUpBatch is how many copies EachFollowUpBatch hands over at once.
const followUpBatch = 256

// eachPlanningBatch decodes the entries a batch at a time on every core,
// each goroutine into memory of its own that it uses again for each of its
// batches, and hands each batch to fn.
func eachPlanningBatch(cd codec, keys, values [][]byte, fn func([]*journal.Interview)) error {
	batches := (len(values) + followUpBatch - 1) / followUpBatch
	workers := min(runtime.GOMAXPROCS(0), max(1, len(values)/planningBatch), max(1, batches))
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var pd planningDecoder
			copies := make([]journal.Interview, followUpBatch)
			batch := make([]*journal.Interview, 0, followUpBatch)
			for first := w * followUpBatch; first < len(values); first += workers * followUpBatch {
				pd.rewind()
				batch = batch[:0]
				for i := first; i < min(first+followUpBatch, len(values)); i++ {
					iv := &copies[i-first]
					*iv = journal.Interview{}
					if err := cd.decodePlanningEntry(&pd, keys[i], values[i], iv); err != nil {
						errs[w] = err
						return
					}
					batch = append(batch, iv)
				}
				fn(batch)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}
