package demo

import (
	"math/rand/v2"
	"slices"

	"github.com/debrief-journal/debrief/journal"
)

// process is one hiring process: a company, a role and the interviews it
// led to, each planned with its day, ratings and outcome.
type process struct {
	company *company
	track   trackID
	role    string
	level   int
	dream   bool
	tags    []string
	people  cast
	stages  []stagePlan
}

// stagePlan is one planned interview of a process.
type stagePlan struct {
	day     int // counted from the first day of the span
	stage   journal.Stage
	format  journal.Format
	ratings ratings
	status  journal.Status
	// outcomeDay is when the status became known; unused while pending.
	outcomeDay int
}

// planner lays out hiring processes for one journal.
type planner struct {
	r       *rand.Rand
	tl      *timeline
	who     *seeker
	book    *companyBook
	today   int
	lastDay int
	// booked counts the interviews planned on each day of the span, so that
	// no day holds more than maxPerDay.
	booked []int
}

// maxPerDay is the most interviews the demo candidate has on one day.
const maxPerDay = 3

// reserve returns the first workday from day on with room for one more
// interview, and books it. When every later workday of the span is full,
// it takes the least busy of them; a day past the end of the span is taken
// as it is, since that interview will not be in the journal.
func (p *planner) reserve(day int) int {
	if p.booked == nil {
		p.booked = make([]int, p.lastDay+1)
	}
	best := -1
	for d := p.tl.nextWorkday(day); d <= p.lastDay; d = p.tl.nextWorkday(d + 1) {
		if p.booked[d] < maxPerDay {
			best = d
			break
		}
		if best < 0 || p.booked[d] < p.booked[best] {
			best = d
		}
	}
	if best < 0 {
		return day
	}
	p.booked[best]++
	return best
}

// plan lays out a process starting on day start with at most limit
// interviews. Later rounds that would fall after the end of the span are
// left out, so recent processes are still open.
func (p *planner) plan(start, limit int) *process {
	r := p.r
	progress := p.tl.progress(start)
	tr := p.who.trackAt(r, progress)
	level := p.who.levelAt(r, progress)
	c := p.book.next(r, start)
	pr := &process{
		company: c,
		track:   tr,
		role:    p.who.roleFor(r, tr, level),
		level:   level,
		dream:   chance(r, 0.07),
	}
	pr.people = newCast(r, c, tr)
	pr.tags = processTags(r, pr)

	sequence := stageSequence(r, tr)
	day := p.reserve(start)
	for i, stage := range sequence {
		slot := slotOf(stage)
		plan := stagePlan{
			day:     day,
			stage:   stage,
			format:  formatFor(r, slot, slices.Contains(pr.tags, "remote")),
			ratings: rate(r, p.tl.progress(day), slot, pr.dream),
		}
		last := i == len(sequence)-1 || len(pr.stages)+1 == limit
		if !last && chance(r, advanceChance(slot, plan.ratings)) {
			next := p.tl.nextWorkday(day + gapBefore(r, slotOf(sequence[i+1])))
			if next <= p.lastDay {
				next = p.reserve(next)
			}
			if next <= p.lastDay {
				plan.status = journal.StatusNextRound
				plan.outcomeDay = day + between(r, 1, min(6, next-day-1))
				pr.stages = append(pr.stages, plan)
				day = next
				continue
			}
			// The next round would come after today: the process is open.
			plan.status = journal.StatusPending
			pr.stages = append(pr.stages, plan)
			break
		}
		p.conclude(&plan, i == len(sequence)-1)
		pr.stages = append(pr.stages, plan)
		break
	}
	c.busyUntil = max(c.busyUntil, pr.stages[len(pr.stages)-1].day)
	return pr
}

// conclude sets the outcome of the interview that ended a process. Answers
// that would only arrive after today leave it pending.
func (p *planner) conclude(plan *stagePlan, final bool) {
	r := p.r
	switch {
	case final && chance(r, offerChance(plan.ratings)):
		plan.status, plan.outcomeDay = journal.StatusOffer, plan.day+between(r, 2, 12)
	default:
		switch x := r.Float64(); {
		case x < 0.64:
			// Most rejections come within days; some take weeks.
			wait := between(r, 1, 8)
			if chance(r, 0.3) {
				wait = between(r, 9, 24)
			}
			plan.status, plan.outcomeDay = journal.StatusRejected, plan.day+wait
		case x < 0.85:
			plan.status, plan.outcomeDay = journal.StatusNoResponse, plan.day+between(r, 21, 45)
		default:
			plan.status, plan.outcomeDay = journal.StatusWithdrew, plan.day+between(r, 1, 10)
		}
	}
	if plan.outcomeDay > p.today {
		plan.status, plan.outcomeDay = journal.StatusPending, 0
	}
}

// stageSequence is the full set of rounds a process would have if the
// candidate went all the way: an optional screen, a first round, one or two
// middle rounds that suit the track, and a final.
func stageSequence(r *rand.Rand, tr trackID) []journal.Stage {
	seq := make([]journal.Stage, 0, 5)
	if !chance(r, 0.18) {
		seq = append(seq, journal.StageScreen)
	}
	seq = append(seq, journal.StageFirst)
	middle := []journal.Stage{journal.StageSecond, journal.StagePanel, journal.StageOther}
	weights := []float64{0.4, 0.45, 0.15}
	if tracks[tr].technical {
		middle[0], weights = journal.StageTechnical, []float64{0.65, 0.2, 0.15}
	}
	m := middle[weighted(r, weights)]
	seq = append(seq, m)
	if chance(r, 0.2) && m != journal.StagePanel {
		seq = append(seq, journal.StagePanel)
	}
	return append(seq, journal.StageFinal)
}

// advanceChance is the probability of being invited to the next round.
// Being genuine helps and visible nerves hurt, a little, which is what a
// journal's patterns should be able to find.
func advanceChance(slot stageSlot, rt ratings) float64 {
	base := [numSlots]float64{slotScreen: 0.62, slotFirst: 0.55, slotMiddle: 0.55, slotFinal: 0}[slot]
	p := base + 0.08*(orNeutral(rt.authenticity)-3) - 0.04*(orNeutral(rt.nerves)-3)
	return min(0.9, max(0.05, p))
}

// offerChance is the probability that a final round ends in an offer.
func offerChance(rt ratings) float64 {
	p := 0.3 + 0.08*(orNeutral(rt.authenticity)-3) - 0.03*(orNeutral(rt.nerves)-3)
	return min(0.85, max(0.05, p))
}

// gapBefore is the number of days between a round and the next one of slot.
func gapBefore(r *rand.Rand, slot stageSlot) int {
	if slot == slotFinal {
		return between(r, 5, 16)
	}
	return between(r, 3, 12)
}

// formatFor chooses how an interview is held: screens by phone or video,
// later rounds increasingly on site unless the job is remote.
func formatFor(r *rand.Rand, slot stageSlot, remote bool) journal.Format {
	onsite := [numSlots]float64{slotScreen: 0, slotFirst: 0.15, slotMiddle: 0.4, slotFinal: 0.55}[slot]
	if remote {
		onsite /= 4
	}
	phone := [numSlots]float64{slotScreen: 0.6, slotFirst: 0.1, slotMiddle: 0.03, slotFinal: 0.02}[slot]
	switch x := r.Float64(); {
	case x < onsite:
		return journal.FormatOnsite
	case x < onsite+phone:
		return journal.FormatPhone
	}
	return journal.FormatVideo
}

// processTags are the tags a candidate might put on every interview of a
// process: how the job is worked, how they got in, what kind of place it is.
func processTags(r *rand.Rand, pr *process) []string {
	var tags []string
	switch x := r.Float64(); {
	case x < 0.27:
		tags = append(tags, "remote")
	case x < 0.47:
		tags = append(tags, "hybrid")
	}
	if pr.dream {
		tags = append(tags, "dream-job")
	}
	if chance(r, 0.12) {
		tags = append(tags, "referral")
	}
	switch pr.company.kind {
	case kindStartup:
		if chance(r, 0.6) {
			tags = append(tags, "startup")
		}
	case kindPublic:
		if chance(r, 0.5) {
			tags = append(tags, "public-sector")
		}
	case kindNonprofit:
		if chance(r, 0.5) {
			tags = append(tags, "nonprofit")
		}
	}
	if pr.company.tag != "" && chance(r, 0.3) {
		tags = append(tags, pr.company.tag)
	}
	if pr.people.agency && chance(r, 0.5) {
		tags = append(tags, "agency")
	}
	if chance(r, 0.05) {
		tags = append(tags, "relocation")
	}
	if chance(r, 0.05) {
		tags = append(tags, "contract")
	}
	return tags
}
