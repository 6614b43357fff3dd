package demo

import (
	"math/rand/v2"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// pcgStream is the second PCG word, fixed so that a seed alone decides the
// journal.
const pcgStream = 0x6465627269656621

// Generate returns n interviews made from seed, spread over the years
// before now, oldest first. IDs are left at zero for the store to assign;
// CreatedAt and UpdatedAt fall on evenings in now's location and never
// after now. The same n, seed and now always give the same interviews.
func Generate(n int, seed int64, now time.Time) []journal.Interview {
	out := make([]journal.Interview, 0, max(0, n))
	// Collecting cannot fail.
	_ = Stream(n, seed, now, func(iv journal.Interview) error {
		out = append(out, iv)
		return nil
	})
	return out
}

// Stream calls fn with each interview Generate would return, in the same
// order, without holding them all, and stops at the first error fn returns.
func Stream(n int, seed int64, now time.Time, fn func(journal.Interview) error) error {
	if n <= 0 {
		return nil
	}
	g := newGenerator(n, seed, now)
	planned, start := 0, 0
	for planned < n {
		// Processes start in date order, spread by the timeline's density
		// in proportion to the interviews already planned, so the journal
		// ends with exactly n interviews across the whole span.
		start = max(start, g.tl.dayAt((float64(planned)+g.r.Float64())/float64(n)))
		for len(g.queue) > 0 && g.queue.peek().day < start {
			if err := fn(g.build(g.queue.pop())); err != nil {
				return err
			}
		}
		pr := g.planner.plan(start, n-planned)
		for i, st := range pr.stages {
			g.queue.push(scheduled{day: st.day, seq: g.seq, proc: pr, index: i})
			g.seq++
		}
		planned += len(pr.stages)
	}
	for len(g.queue) > 0 {
		if err := fn(g.build(g.queue.pop())); err != nil {
			return err
		}
	}
	return nil
}

// generator holds the state of one journal being generated.
type generator struct {
	r       *rand.Rand
	now     time.Time
	tl      *timeline
	who     *seeker
	planner planner
	queue   schedule
	seq     int
}

func newGenerator(n int, seed int64, now time.Time) *generator {
	r := rand.New(rand.NewPCG(uint64(seed), pcgStream))
	tl := newTimeline(r, n, now)
	who := newSeeker(r, float64(tl.days)/daysPerYear)
	return &generator{
		r:   r,
		now: now,
		tl:  tl,
		who: who,
		planner: planner{
			r: r, tl: tl, who: who, book: newCompanyBook(),
			today: tl.todayOffset(), lastDay: tl.lastDay(),
		},
	}
}
