package demo

import (
	"math/rand/v2"
	"slices"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// Count weights: index i is the chance of writing i items.
var (
	wentWellCounts = [...][]float64{
		toneRough: {0.2, 0.6, 0.2},
		toneMixed: {0.08, 0.45, 0.35, 0.12},
		toneGood:  {0.02, 0.3, 0.4, 0.28},
	}
	curveballCounts = [...][]float64{
		toneRough: {0.06, 0.3, 0.34, 0.2, 0.1},
		toneMixed: {0.15, 0.36, 0.3, 0.13, 0.06},
		toneGood:  {0.25, 0.4, 0.24, 0.08, 0.03},
	}
	// Lower authenticity means more answers felt scripted.
	scriptedOdds = [...]float64{0: 0.3, 1: 0.65, 2: 0.55, 3: 0.35, 4: 0.18, 5: 0.1}
)

// interviewerChance is how often the people met were written down.
const interviewerChance = 0.92

// build writes the reflection of one planned interview the way its
// candidate might have: some fields full, some skipped, with the tone
// following how it went.
func (g *generator) build(s scheduled) journal.Interview {
	r, pr := g.r, s.proc
	plan := &pr.stages[s.index]
	date := g.tl.date(plan.day)
	progress := g.tl.progress(plan.day)
	slot := slotOf(plan.stage)
	rt := plan.ratings
	t := toneOf(rt)

	iv := journal.Interview{
		Company:      pr.company.name,
		Role:         pr.role,
		Date:         date,
		Stage:        plan.stage,
		Format:       plan.format,
		MoodBefore:   rt.moodBefore,
		MoodAfter:    rt.moodAfter,
		Authenticity: rt.authenticity,
		Nerves:       rt.nerves,
	}
	m := mention{company: pr.company.name, person: "the interviewer"}
	if chance(r, interviewerChance) {
		iv.Interviewers = pr.people.interviewersFor(r, plan.stage)
		m.person = firstName(pick(r, iv.Interviewers))
	}
	if chance(r, 0.5) {
		iv.DecisionExpected = date.AddDays(between(r, 3, 14))
	}

	iv.WentWell = m.items(r, weighted(r, wentWellCounts[t]), wentWellCommon, wentWellByTrack[pr.track])
	var asked []topicID
	iv.Curveballs, asked = pickCurveballs(r, g.who, pr.track, slot, progress, weighted(r, curveballCounts[t]))
	if chance(r, scriptedOdds[rt.authenticity]) {
		iv.Scripted = m.items(r, between(r, 1, 2), scriptedLines)
	}
	if rt.authenticity != 0 && chance(r, 0.75) {
		iv.AuthenticityWhy = m.authenticityWhy(r, rt.authenticity)
	}
	if chance(r, 0.55) {
		iv.ShouldHaveTold = m.items(r, between(r, 1, 2), shouldHaveToldCommon, shouldHaveToldByTrack[pr.track])
	}
	if chance(r, 0.65) {
		iv.FirstImpression = m.firstImpression(r, t)
	}
	if chance(r, 0.8) {
		iv.QuestionsAsked = m.items(r, between(r, 1, 3), questionsAskedLines)
	}
	if chance(r, 0.7) {
		iv.Fit = m.fit(r)
	}
	if chance(r, outsideControlOdds(plan.status)) {
		iv.OutsideControl = m.fill(pick(r, outsideControlLines))
	}
	if chance(r, 0.9) {
		iv.Lessons = pickLessons(r, g.who, progress, asked, between(r, 1, 3))
	}
	if chance(r, 0.6) {
		iv.ProudOf = m.fill(pick(r, proudLines))
	}
	iv.Answers = customAnswers(r, slot, pr.level)
	iv.Tags = interviewTags(r, pr, plan)

	g.settle(&iv, pr, plan)
	g.recordFollowUps(&iv, progress)
	return iv
}

// outsideControlOdds is how often the candidate notes something beyond their
// control; more often when the answer was no or has not come.
func outsideControlOdds(s journal.Status) float64 {
	switch s {
	case journal.StatusRejected, journal.StatusNoResponse, journal.StatusPending:
		return 0.45
	}
	return 0.2
}

// interviewTags returns the process's tags on most interviews, plus a tag
// for the kind of exercise a round involved.
func interviewTags(r *rand.Rand, pr *process, plan *stagePlan) []string {
	var tags []string
	if len(pr.tags) > 0 && chance(r, 0.75) {
		tags = slices.Clone(pr.tags)
	}
	switch {
	case plan.stage == journal.StageOther && chance(r, 0.6):
		tags = append(tags, pick(r, []string{"take-home", "presentation", "case-study"}))
	case plan.stage == journal.StageTechnical && chance(r, 0.3):
		tags = append(tags, pick(r, []string{"live-coding", "whiteboard", "pair-programming"}))
	}
	return tags
}

// settle records the outcome, any feedback and the record's timestamps.
// Nothing is dated after now.
func (g *generator) settle(iv *journal.Interview, pr *process, plan *stagePlan) {
	r := g.r
	iv.Outcome.Status = plan.status
	loc := g.now.Location()
	iv.CreatedAt = evening(iv.Date, loc, 19+r.IntN(4), r.IntN(60))
	iv.UpdatedAt = iv.CreatedAt
	if plan.status == journal.StatusPending {
		return
	}
	iv.Outcome.Date = g.tl.date(plan.outcomeDay)
	g.touch(iv, evening(iv.Outcome.Date, loc, 18+r.IntN(5), r.IntN(60)))

	switch plan.status {
	case journal.StatusRejected, journal.StatusNoResponse:
		odds := 0.35
		if pr.dream {
			odds = 0.7
		}
		iv.StillInterested = chance(r, odds)
	}
	if plan.status.Decided() && chance(r, feedbackChance(plan.status)) {
		day := min(plan.outcomeDay+between(r, 0, 6), g.tl.todayOffset())
		from := pr.people.recruiter
		if chance(r, 0.35) {
			from = pr.people.manager
		}
		f := journal.Feedback{Date: g.tl.date(day), From: from.Name, Text: pick(r, feedbackLines(plan.status, slotOf(plan.stage)))}
		iv.Feedback = []journal.Feedback{f}
		g.touch(iv, evening(f.Date, loc, 18+r.IntN(5), r.IntN(60)))
	}
}

// touch moves UpdatedAt to t when t is later, but never past now.
func (g *generator) touch(iv *journal.Interview, t time.Time) {
	if t.After(g.now) {
		t = g.now
	}
	if t.After(iv.UpdatedAt) {
		iv.UpdatedAt = t
	}
}

// evening returns hour:minute on day d in loc.
func evening(d journal.Date, loc *time.Location, hour, minute int) time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), hour, minute, 0, 0, loc)
}
