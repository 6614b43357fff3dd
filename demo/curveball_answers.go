package demo

import "sync"

// betterFor holds, for the questions that the general better answers of
// their topic do not fit, what the candidate would say to that very
// question now. A question listed here draws its better answer from here
// only, so that a better answer always answers its question. The map is
// built when the demo first needs it, not as every command starts.
var betterFor = sync.OnceValue(func() map[string][]string {
	return map[string][]string{
		// Pay.
		"What are your salary expectations?": {
			"Give a researched range with my real target near its bottom.",
			"Ask for their band first, then say where I would expect to sit in it.",
		},
		"What number would make you say yes to an offer today?": {
			"Say the number I prepared, then stop talking and let them respond.",
			"Name my target and say I would decide once I had the whole offer in writing.",
		},
		"What are you earning at the moment?": {
			"Decline politely to share my current pay and talk about the market rate for the role.",
			"Say I would rather talk about what this role is worth, and give my range.",
		},
		"Our budget sits below your range. Would that still work for you?": {
			"Ask what the rest of the package looks like before saying yes or no.",
			"Say the role interests me, and ask whether the band could move for the right person.",
		},
		"How flexible are you on base pay?": {
			"Say I have some room if the rest of the package is strong, and name my floor.",
			"Be clear about the number I would not go below, then listen.",
		},
		"What total compensation are you aiming for?": {
			"Talk about the whole package and name a specific range with confidence.",
			"Give one total figure and say which parts of it matter most to me.",
		},
		"If we offered the bottom of the band, would you walk away?": {
			"Say calmly that the bottom of the band would not work, and where I would need it to be.",
			"Ask what would move me up the band, and say I would weigh the whole offer.",
		},
		"Can you give me one figure rather than a range?": {
			"Give the single number I researched, without apologising for it.",
			"Name my target figure and stop talking.",
		},
		"How do you weigh equity against a higher salary?": {
			"Say I value cash I can count on, and would take equity only on top of a fair base.",
			"Explain how I would value their equity, and ask about the last funding round.",
		},
		"What did your last pay rise look like?": {
			"Keep it short, then say I am looking at the market rate for this role, not my history.",
			"Say it was in line with the company, and move on to what this role is worth.",
		},
		"What would it take, money-wise, to get you to move?": {
			"Name the figure that makes the move worth it, and what else would count.",
			"Say a clear step up from where I am, and give the range.",
		},
		// Why this company.
		"Why do you want to work here?": {
			"Link one thing they are building to something I have done before.",
			"Say which problem of theirs I want to work on, and why it matters to me.",
		},
		"What do you know about our product?": {
			"Mention the feature I actually used and what I would try next with it.",
			"Describe who it is for, what it does best, and the launch I read about.",
		},
		"Why us rather than a bigger company?": {
			"Say I want to see the effect of my work quickly, and a team this size allows it.",
			"Give the honest reason: broader ownership, and how I have thrived with it before.",
		},
		"What would you change about our app?": {
			"Pick one small, specific thing from using it, and say how I would test the change.",
			"Start with what works, then name the one rough edge I hit as a user.",
		},
		"Who do you see as our main competitors?": {
			"Name the two companies I found, and where each one beats them or falls behind.",
			"Say who their customers compare them with, and what sets them apart.",
		},
		"What drew you to this particular team?": {
			"Mention what the team shipped last year, and the part I would want to work on.",
			"Say what I learned from their talk and why that way of working suits me.",
		},
		// Gaps and moves.
		"Can you explain the gap on your CV?": {
			"One calm sentence on why, then what I learned or built in that time.",
			"Mention the course and the side project, and move on without apologising.",
		},
		"What were you doing between those two jobs?": {
			"Say it plainly: the contract ended, I chose carefully, and here is what I did meanwhile.",
			"Name the course and the side project, then turn to why this role.",
		},
		"Why have you changed jobs so often?": {
			"Show the thread through the moves, and say I am looking for somewhere to stay.",
			"Give the real reason for each move in a few words, without blaming anyone.",
		},
		"Your CV shows a step down in title. Why?": {
			"Say I chose the work over the title, and what that move taught me.",
			"Explain the two companies' titles differ, and what I actually did there.",
		},
		"You've been out of work for a while. How have you kept your skills current?": {
			"Name the course I finished and the project I built, with what I learned.",
			"Describe the open-source work and the reading group, briefly and without apologising.",
		},
		// Leadership.
		"Tell me about a time you delegated something important.": {
			"Tell how I handed the release over: what I kept, what I let go, and how it went.",
			"Say what I delegated, how I checked in without hovering, and the result.",
		},
		"How would you handle someone who is underperforming?": {
			"Talk to them early and privately, agree one clear goal, and check in weekly.",
			"Find out what is getting in their way first, then set expectations together.",
		},
		"How have you helped someone on your team grow?": {
			"Walk through mentoring the new hire: where they started, what I did weekly, where they are now.",
			"Give one person's progress and what I changed in how I supported them.",
		},
		// Conflict.
		"Describe a time someone took credit for your work.": {
			"Say I raised it with them calmly in private, and how we share credit now.",
			"Keep it factual, stay generous to them, and end with what I do differently.",
		},
		"How do you handle a teammate who isn't pulling their weight?": {
			"Talk to them first to understand why, and only then involve the manager.",
			"Give the example where a quiet word and clearer tasks sorted it out.",
		},
		// The odd ones.
		"Tell me a joke.": {
			"Have one short, clean joke ready, tell it, and smile.",
			"Tell the harmless joke about debugging I like, and keep it light.",
		},
		"Why are manhole covers round?": {
			"Say a round cover cannot fall through its own hole, and it is easy to roll.",
			"Reason out loud: a circle has the same width every way, so it never drops in.",
		},
		"How would you weigh a plane without a scale?": {
			"Float it: measure how much water it displaces on a barge, or ask for its papers.",
			"Talk it through: fuel, passengers and the plane's own listed weight, then check the sum.",
		},
		"How many windows are there in this city?": {
			"Estimate out loud: people, homes, windows per home, then add offices.",
			"Break it down step by step and say my assumptions as I go.",
		},
		"Sell me this pen.": {
			"Ask what they write and when, then sell the pen to that need.",
			"Find out what they care about first, then one reason the pen fits it.",
		},
		"Describe yourself in three words.": {
			"Pick three words I can back with a quick example each.",
			"Say curious, steady and direct, with a sentence of proof for each.",
		},
		"What did you have for breakfast, and why?": {
			"Answer simply and honestly, and enjoy the small talk.",
			"Keep it short and light, then let them move on.",
		},
	}
})

// betterAnswers returns what the candidate might now say to question q of
// topic t: the answers written for that question, or else the topic's
// general ones.
func betterAnswers(t *topic, q string) []string {
	if bs := betterFor()[q]; len(bs) > 0 {
		return bs
	}
	return t.better
}
