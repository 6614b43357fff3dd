package demo

import "math/rand/v2"

// seeker is the invented person whose journal is generated: the career
// tracks they apply in, how senior they are, and the habits that make their
// journal show patterns (the topics that trip them up and the lessons they
// keep writing down).
type seeker struct {
	primary, secondary trackID
	// switching means the person is moving into the secondary track, so it
	// takes a growing share of their applications.
	switching  bool
	startLevel int
	years      float64
	// families are the roles of each of the two tracks the person mostly
	// applies for, as indexes into the track's roles.
	families   [numTracks][]int
	weakTopics [numTopics]float64
	// practisedTopic is a weak topic the person works on, so it trips them
	// up less and less over the span.
	practisedTopic topicID
	habits         [numThemes]float64
	// practisedTheme is a lesson the person eventually takes to heart, so it
	// is written less often later on.
	practisedTheme lessonTheme
}

// weakTopicChoices are the topics that can become a person's weak spots;
// the technical ones only for technical tracks.
var weakTopicChoices = []topicID{topicWeakness, topicFailure, topicConflict, topicLeaving, topicWhyUs, topicGaps, topicPitch, topicGoals}

// newSeeker invents the person behind a journal spanning years.
func newSeeker(r *rand.Rand, years float64) *seeker {
	s := &seeker{primary: trackID(r.IntN(int(numTracks))), years: years}
	s.secondary = pick(r, tracks[s.primary].neighbors)
	s.switching = chance(r, 0.3)
	s.startLevel = weighted(r, []float64{0.3, 0.45, 0.25})
	s.families[s.primary] = r.Perm(len(tracks[s.primary].roles))[:2]
	s.families[s.secondary] = r.Perm(len(tracks[s.secondary].roles))[:between(r, 1, 2)]

	for i := range s.weakTopics {
		s.weakTopics[i] = 1
	}
	// Money questions unsettle nearly everyone, so they are always a bit
	// weak; two more topics are personal.
	s.weakTopics[topicSalary] = 2
	choices := weakTopicChoices
	if tracks[s.primary].technical {
		choices = append([]topicID{topicSystemDesign, topicCoding}, choices...)
	}
	first := pick(r, choices)
	second := pick(r, choices)
	for second == first {
		second = pick(r, choices)
	}
	s.weakTopics[first], s.weakTopics[second] = 3, 3
	s.practisedTopic = first

	for i := range s.habits {
		s.habits[i] = 1
	}
	for range 3 {
		s.habits[r.IntN(int(numThemes))] = 4
	}
	s.practisedTheme = lessonTheme(r.IntN(int(numThemes)))
	s.habits[s.practisedTheme] = 5
	return s
}

// topicBias is how much more often than usual topic id trips the person up
// at progress (0 to 1) through the span.
func (s *seeker) topicBias(id topicID, progress float64) float64 {
	b := s.weakTopics[id]
	if id == s.practisedTopic {
		b *= 1 - 0.75*progress
	}
	return b
}

// themeBias is how likely the person is to write down a lesson of theme th
// at progress through the span.
func (s *seeker) themeBias(th lessonTheme, progress float64) float64 {
	b := s.habits[th]
	if th == s.practisedTheme {
		b *= 1.2 - progress
	}
	return b
}

// trackAt chooses the career track of an application at progress.
func (s *seeker) trackAt(r *rand.Rand, progress float64) trackID {
	share := 0.18
	if s.switching {
		share = 0.1 + 0.5*progress
	}
	if chance(r, share) {
		return s.secondary
	}
	return s.primary
}

// roleFor returns the title of an application in track tr at seniority
// level: nearly always one of the person's usual roles, now and then
// something a little different.
func (s *seeker) roleFor(r *rand.Rand, tr trackID, level int) string {
	roles := tracks[tr].roles
	if families := s.families[tr]; len(families) > 0 && chance(r, 0.9) {
		return roles[pick(r, families)][level]
	}
	return pick(r, roles)[level]
}

// levelAt chooses the seniority of an application at progress: people move
// up about every three years, and sometimes aim a level above or below.
func (s *seeker) levelAt(r *rand.Rand, progress float64) int {
	level := s.startLevel + int(progress*s.years/3)
	switch x := r.Float64(); {
	case x < 0.15:
		level++
	case x < 0.25:
		level--
	}
	return min(maxLevel, max(0, level))
}
