package demo

import (
	"math/rand/v2"
	"slices"

	"github.com/debrief-journal/debrief/journal"
)

// topicID names a kind of question that keeps coming back across interviews
// under different wordings.
type topicID int

// The recurring question topics.
const (
	topicSalary topicID = iota
	topicWeakness
	topicFailure
	topicConflict
	topicLeadership
	topicLeaving
	topicWhyUs
	topicGoals
	topicGaps
	topicPitch
	topicPressure
	topicSystemDesign
	topicCoding
	topicDomain
	topicOdd
	numTopics
)

// stageSlot groups stages by the questions they tend to bring.
type stageSlot int

// The groups of stages.
const (
	slotScreen stageSlot = iota
	slotFirst
	slotMiddle // second, technical, panel and other rounds
	slotFinal
	numSlots
)

// slotOf returns the group of stage s.
func slotOf(s journal.Stage) stageSlot {
	switch s {
	case journal.StageScreen:
		return slotScreen
	case journal.StageFirst:
		return slotFirst
	case journal.StageFinal:
		return slotFinal
	}
	return slotMiddle
}

// topic is a recurring kind of question with the ways it has been asked,
// the ways the candidate tends to fumble it and what would have been better.
type topic struct {
	weight  float64
	byStage [numSlots]float64
	// byTrack scales the topic for each career track; zero means it is not
	// asked there.
	byTrack   [numTracks]float64
	tags      []string
	questions []string
	// perTrack replaces questions for topics that depend on the job.
	perTrack [numTracks][]string
	answers  []string
	better   []string
	// lesson is the lesson theme a stumble on this topic tends to prompt.
	lesson lessonTheme
}

// Common weightings of topics by stage and by track.
var (
	anyStage    = [numSlots]float64{1, 1, 1, 1}
	anyTrack    = [numTracks]float64{1, 1, 1, 1, 1}
	techTracks  = [numTracks]float64{trackEngineering: 1.3, trackData: 1, trackManagement: 0.4}
	buildTracks = [numTracks]float64{trackEngineering: 1.2, trackData: 0.9, trackManagement: 0.7, trackProduct: 0.15}
)

// questionFor returns the wordings of t asked in track tr.
func (t *topic) questionFor(tr trackID) []string {
	if len(t.perTrack[tr]) > 0 {
		return t.perTrack[tr]
	}
	return t.questions
}

// pickCurveballs chooses count curveballs for an interview at stage s in
// track tr, favouring the candidate's weak topics at this point of the span.
// It also returns the topics chosen, which steer the lessons.
func pickCurveballs(r *rand.Rand, s *seeker, tr trackID, slot stageSlot, progress float64, count int) ([]journal.Curveball, []topicID) {
	if count == 0 {
		return nil, nil
	}
	var weights [numTopics]float64
	for i := range numTopics {
		t := &topicBank[i]
		weights[i] = t.weight * t.byStage[slot] * t.byTrack[tr] * s.topicBias(i, progress)
	}
	balls := make([]journal.Curveball, 0, count)
	topics := make([]topicID, 0, count)
	for attempt := 0; len(balls) < count && attempt < 4*count; attempt++ {
		id := topicID(weighted(r, weights[:]))
		t := &topicBank[id]
		q := pick(r, t.questionFor(tr))
		if slices.ContainsFunc(balls, func(c journal.Curveball) bool { return c.Question == q }) {
			continue
		}
		balls = append(balls, curveball(r, t, q))
		topics = append(topics, id)
	}
	return balls, topics
}

// curveball fills in what the candidate said and, usually, what they would
// say now.
func curveball(r *rand.Rand, t *topic, question string) journal.Curveball {
	c := journal.Curveball{Question: question}
	if chance(r, 0.92) {
		c.Answer = pick(r, t.answers)
	}
	if chance(r, 0.8) {
		c.BetterAnswer = pick(r, betterAnswers(t, question))
	}
	if chance(r, 0.45) {
		c.Tags = slices.Clone(t.tags[:between(r, 1, len(t.tags))])
	}
	return c
}
