package insight

import "github.com/debrief-journal/debrief/journal"

// StageFunnel counts how the interviews at one stage turned out.
type StageFunnel struct {
	// Stage is the stage, or "" for interviews whose stage was not given.
	Stage journal.Stage
	// Label is how the stage is shown.
	Label string
	Total int
	// Advanced counts next rounds and offers.
	Advanced int
	Rejected int
	// Pending counts interviews still waiting for an answer, including
	// those with no outcome recorded.
	Pending int
	// Silent counts interviews that never got an answer.
	Silent   int
	Withdrew int
}

// Stopped returns how many processes ended at this stage without the
// candidate choosing to leave: rejections and silence.
func (f StageFunnel) Stopped() int { return f.Rejected + f.Silent }

// AdvanceRate returns the share of the stage's decided interviews
// (advanced, rejected or silent) that advanced, from 0 to 1; 0 when none
// is decided.
func (f StageFunnel) AdvanceRate() float64 {
	decided := f.Advanced + f.Stopped()
	if decided == 0 {
		return 0
	}
	return float64(f.Advanced) / float64(decided)
}

// UsualStop returns the stage where the most processes stopped and true,
// or false when none stopped. Ties go to the earlier stage.
func (p Patterns) UsualStop() (StageFunnel, bool) {
	var best StageFunnel
	found := false
	for _, f := range p.Funnel {
		if f.Stopped() > best.Stopped() {
			best, found = f, true
		}
	}
	return best, found
}

// stageFunnel counts the outcomes at each stage, in process order, with
// the interviews of no known stage last.
func stageFunnel(ivs []*journal.Interview) []StageFunnel {
	order := append(append([]journal.Stage(nil), journal.Stages...), "")
	rows := make([]StageFunnel, len(order))
	index := make(map[journal.Stage]int, len(order))
	for i, s := range order {
		rows[i] = StageFunnel{Stage: s, Label: s.Label()}
		index[s] = i
	}
	rows[len(rows)-1].Label = "stage not given"
	for _, iv := range ivs {
		i, ok := index[iv.Stage]
		if !ok {
			// A stage from a newer version or a hand-edited import: count
			// it with the stages nobody named rather than drop it.
			i = len(rows) - 1
		}
		r := &rows[i]
		r.Total++
		switch iv.Outcome.Status {
		case journal.StatusNextRound, journal.StatusOffer:
			r.Advanced++
		case journal.StatusRejected:
			r.Rejected++
		case journal.StatusNoResponse:
			r.Silent++
		case journal.StatusWithdrew:
			r.Withdrew++
		default:
			r.Pending++
		}
	}
	out := rows[:0]
	for _, r := range rows {
		if r.Total > 0 {
			out = append(out, r)
		}
	}
	return out
}

// OutcomeCount is how many interviews of a stage turned out one way.
type OutcomeCount struct {
	// Label names the outcome as a report shows it, such as "withdrew".
	Label string
	Count int
}

// Outcomes returns every way the stage's interviews turned out, in a fixed
// order and including those with a count of 0, so a report can show them
// all; the counts always add up to Total.
func (f StageFunnel) Outcomes() []OutcomeCount {
	return []OutcomeCount{
		{"advanced", f.Advanced},
		{"rejected", f.Rejected},
		{"no answer", f.Silent},
		{"withdrew", f.Withdrew},
		{"waiting", f.Pending},
	}
}
