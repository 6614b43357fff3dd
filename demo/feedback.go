package demo

import (
	"math/rand/v2"
	"strconv"

	"github.com/debrief-journal/debrief/journal"
)

// feedbackChance is how often feedback arrives, by outcome. Recruiters give
// it more readily than companies, and rejections prompt it more than
// invitations to the next round.
func feedbackChance(s journal.Status) float64 {
	switch s {
	case journal.StatusRejected:
		return 0.2
	case journal.StatusOffer:
		return 0.25
	case journal.StatusNextRound:
		return 0.1
	case journal.StatusWithdrew:
		return 0.03
	}
	return 0
}

// feedbackLines holds what people said after an interview, by outcome and,
// for rejections after the deeper rounds, by what those rounds tested.
func feedbackLines(s journal.Status, slot stageSlot) []string {
	switch s {
	case journal.StatusRejected:
		if slot == slotMiddle || slot == slotFinal {
			return roundFeedback
		}
		return rejectionFeedback
	case journal.StatusOffer:
		return offerFeedback
	case journal.StatusNextRound:
		return nextRoundFeedback
	}
	return withdrawalFeedback
}

var (
	rejectionFeedback = []string{
		"They went with someone who has more hands-on experience in their industry.",
		"Strong on the craft, but they wanted more examples of leading others.",
		"They liked me, but the role needs someone who can start next month.",
		"They were looking for more experience with large teams.",
		"Good conversation, but another candidate matched the brief more closely.",
		"They found it hard to tell what I had done personally on the projects.",
		"The role was filled internally in the end.",
		"They thought I seemed unsure about whether I wanted the job.",
		"Nothing specific; they said it was very close.",
		"They would like to stay in touch for a more senior opening later.",
		"My salary expectations were above their band.",
	}
	// roundFeedback is about the later, deeper rounds.
	roundFeedback = []string{
		"The panel felt my answers stayed too high-level.",
		"The exercise was fine; the team felt I was quieter than they expected.",
		"The hiring manager wanted more depth in the design discussion.",
		"They found it hard to tell what I had done personally on the projects.",
		"Two of the interviewers were keen, one was not, and they need everyone to agree.",
		"Very close between me and one other person; the other had done this exact job before.",
		"They would like to stay in touch for a more senior opening later.",
	}
	offerFeedback = []string{
		"The panel liked how I talked through trade-offs.",
		"They said my questions at the end stood out.",
		"The hiring manager said I was the most genuine candidate they met.",
		"They valued the honesty in the failure story.",
		"They said the last conversation settled it for everyone.",
	}
	nextRoundFeedback = []string{
		"The recruiter said the hiring manager enjoyed the conversation.",
		"They liked my examples and want to go deeper next time.",
		"Positive so far; the next round will focus on technical depth.",
		"They asked me to prepare a short presentation for the next stage.",
		"Good first impression, they said; bring more numbers next time.",
	}
	withdrawalFeedback = []string{
		"They thanked me for being upfront and said the door stays open.",
		"The recruiter understood and asked to keep in touch.",
	}
)

// salaryBands are the usual base pay ranges, in thousands, by seniority.
var salaryBands = [maxLevel + 1][2]int{{36, 48}, {50, 66}, {68, 86}, {88, 115}}

// customAnswers returns a few answers to prompts of the person's own, such
// as the salary range that came up, on some interviews.
func customAnswers(r *rand.Rand, slot stageSlot, level int) []journal.Answer {
	var answers []journal.Answer
	salaryOdds := 0.1
	if slot == slotScreen || slot == slotFinal {
		salaryOdds = 0.3
	}
	if chance(r, salaryOdds) {
		band := salaryBands[level]
		lo := between(r, band[0], band[1]-6)
		hi := lo + between(r, 4, 14)
		value := strconv.Itoa(lo) + "k to " + strconv.Itoa(hi) + "k base"
		switch r.IntN(3) {
		case 0:
			value = "They said up to " + strconv.Itoa(hi) + "k; I asked for " + strconv.Itoa(hi-2) + "k."
		case 1:
			value += ", plus a bonus they wouldn't quantify"
		}
		answers = append(answers, journal.Answer{Prompt: "salary_range", Title: "Salary range discussed", Value: value})
	}
	if chance(r, 0.06) {
		answers = append(answers, journal.Answer{Prompt: "notice_period", Title: "Notice period", Value: pick(r, noticePeriods)})
	}
	if chance(r, 0.08) {
		answers = append(answers, journal.Answer{Prompt: "next_steps", Title: "Next steps they described", Value: pick(r, nextSteps)})
	}
	return answers
}

var (
	noticePeriods = []string{"One month", "Three months, and they said they can wait", "Two weeks", "Six weeks, negotiable", "I can start straight away"}
	nextSteps     = []string{
		"The recruiter will call by Friday either way.",
		"A take-home exercise, then a panel.",
		"They'll decide after meeting two more people.",
		"Reference checks, then an offer call if all is well.",
		"A final chat with the founders next week.",
		"No clear answer; they'll be in touch.",
	}
)
