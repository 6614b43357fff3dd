package demo

import (
	"math/rand/v2"
	"slices"
)

// lessonTheme is one lesson people keep writing down, in different words
// each time, until they actually practise it.
type lessonTheme int

// The recurring lesson themes.
const (
	themePace lessonTheme = iota
	themeSalary
	themeQuestions
	themeStructure
	themeConcise
	themeResearch
	themeNumbers
	themeAuthentic
	themeFailureStory
	themeClarify
	themeThinkAloud
	themeLogistics
	themeOwnWork
	themeThankYou
	themeLeaving
	numThemes
)

// lessonWordings holds the ways each theme gets written, indexed by theme.
var lessonWordings = [numThemes][]string{
	themePace: {
		"Slow down when answering.",
		"Pause before I answer.",
		"Don't rush my answers.",
		"Take a breath before I start talking.",
		"It's fine to leave a few seconds of silence.",
	},
	themeSalary: {
		"Have a salary range ready before the call.",
		"Research the pay band beforehand.",
		"Name a number instead of dodging the money question.",
		"Decide my walk-away number before they ask.",
	},
	themeQuestions: {
		"Prepare three questions for the end.",
		"Have better questions ready for them.",
		"Never say I have no questions.",
		"Ask about the team, not just the perks.",
	},
	themeStructure: {
		"Tell stories as situation, action, result.",
		"Give my examples a clear beginning, middle and end.",
		"Lead with the result, then fill in the details.",
		"Structure my answers before I open my mouth.",
	},
	themeConcise: {
		"Keep answers under two minutes.",
		"Stop talking once I've answered.",
		"Cut the rambling.",
		"Say less and let them ask for more.",
	},
	themeResearch: {
		"Read up on the company properly beforehand.",
		"Use their product before the interview.",
		"Know what they shipped recently.",
		"Look up the people I'm meeting.",
	},
	themeNumbers: {
		"Bring numbers into my examples.",
		"Quantify the impact, not just the work.",
		"Mention results, with figures where I have them.",
	},
	themeAuthentic: {
		"Be myself instead of reciting.",
		"Drop the memorised lines.",
		"Talk the way I would to a colleague.",
		"Let my personality show; they are hiring a person.",
	},
	themeFailureStory: {
		"Prepare a real failure story.",
		"Have an honest example of a mistake ready.",
		"Own the mistake in the failure story instead of blaming others.",
	},
	themeClarify: {
		"Ask clarifying questions before solving anything.",
		"Check I understand the problem first.",
		"Restate the question before diving in.",
		"Pin down the requirements before designing.",
	},
	themeThinkAloud: {
		"Think out loud during technical problems.",
		"Narrate my reasoning, even the dead ends.",
		"Talk through the trade-offs as I go.",
	},
	themeLogistics: {
		"Test my camera and sound before a video call.",
		"Sleep properly the night before.",
		"Arrive fifteen minutes early and find the room first.",
		"Close every other window before the call starts.",
	},
	themeOwnWork: {
		"Say I, not we, when it was my work.",
		"Claim credit for my part.",
		"Be specific about my own contribution.",
	},
	themeThankYou: {
		"Send the thank-you note the same day.",
		"Write the follow-up email straight away.",
		"Don't forget the thank-you note this time.",
	},
	themeLeaving: {
		"Talk about what I'm moving towards, not what I'm escaping.",
		"Keep the reason for leaving short and positive.",
		"Never criticise my current employer in an interview.",
	},
}

// oneOffLessons are lessons that come up once.
var oneOffLessons = []string{
	"Bring a notebook; I forgot half of what they said about the team.",
	"Check which time zone the invite is in.",
	"Eat something before a three-hour panel.",
	"Bring printed copies of my portfolio in case the screen fails.",
	"Ask who I'll be meeting before the day.",
	"Have water within reach.",
	"Charge the laptop the night before.",
	"Don't schedule an interview straight after a hard meeting.",
	"Ask about on-call before the final round, not after the offer.",
	"Wear something comfortable; I was fidgeting with my collar.",
	"Practise the whiteboard marker thing; my diagrams were unreadable.",
	"Keep a list of recent wins so I don't blank on examples.",
	"Find out if the take-home is paid before agreeing to it.",
	"Don't accept a 7 a.m. slot again.",
	"Turn off notifications on my phone.",
	"Ask for the interview format in writing.",
	"Write down the names of everyone on the call.",
	"Don't mention other offers unless I'm ready to use them.",
}

// pickLessons returns count lessons, drawn mostly from the recurring themes:
// the candidate's usual ones, and those prompted by today's curveballs.
func pickLessons(r *rand.Rand, s *seeker, progress float64, asked []topicID, count int) []string {
	if count == 0 {
		return nil
	}
	var weights [numThemes]float64
	for i := range numThemes {
		weights[i] = s.themeBias(i, progress)
	}
	for _, id := range asked {
		weights[topicBank[id].lesson] += 2.5
	}
	lessons := make([]string, 0, count)
	for attempt := 0; len(lessons) < count && attempt < 4*count; attempt++ {
		var l string
		if chance(r, 0.15) {
			l = pick(r, oneOffLessons)
		} else {
			l = pick(r, lessonWordings[weighted(r, weights[:])])
		}
		if !slices.Contains(lessons, l) {
			lessons = append(lessons, l)
		}
	}
	return lessons
}
