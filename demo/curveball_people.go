package demo

// The questions about money, motivation and behaviour that come back in
// nearly every search, each under many wordings.

var salaryTopic = topic{
	weight:  1.4,
	byStage: [numSlots]float64{slotScreen: 4, slotFirst: 1, slotMiddle: 0.3, slotFinal: 2},
	byTrack: anyTrack,
	tags:    []string{"salary", "negotiation"},
	questions: []string{
		"What are your salary expectations?",
		"What number would make you say yes to an offer today?",
		"What are you earning at the moment?",
		"Our budget sits below your range. Would that still work for you?",
		"How flexible are you on base pay?",
		"What total compensation are you aiming for?",
		"If we offered the bottom of the band, would you walk away?",
		"Can you give me one figure rather than a range?",
		"How do you weigh equity against a higher salary?",
		"What did your last pay rise look like?",
		"What would it take, money-wise, to get you to move?",
	},
	answers: []string{
		"Dodged it and said I was open to anything reasonable.",
		"Told them my current salary, which anchored everything low.",
		"Gave a range so wide it meant nothing.",
		"Said whatever is fair for the role; they simply asked again.",
		"Blurted out a number well under what I had planned.",
		"Froze, then said I would have to think about it.",
		"Apologised for asking too much before they had even reacted.",
	},
	better: []string{
		"Give a researched range with my real target near its bottom.",
		"Ask for their band first, then say where I would expect to sit in it.",
		"Talk about the whole package and name a specific range with confidence.",
		"Decline politely to share my current pay and talk about market rate for the role.",
		"Say the number I prepared, then stop talking and let them respond.",
	},
	lesson: themeSalary,
}

var weaknessTopic = topic{
	weight:  1,
	byStage: [numSlots]float64{slotScreen: 0.6, slotFirst: 1.5, slotMiddle: 1, slotFinal: 1},
	byTrack: anyTrack,
	tags:    []string{"behavioural", "self-awareness"},
	questions: []string{
		"What's your biggest weakness?",
		"What would your last manager say you need to work on?",
		"Tell me about an area where you are still growing.",
		"What feedback do you hear most often?",
		"Which part of this job would you find hardest?",
		"What skill are you actively trying to improve right now?",
		"If we called your references, what criticism might come up?",
	},
	answers: []string{
		"Said I work too hard, and watched their face fall.",
		"Named a real weakness but then talked myself into a corner.",
		"Picked something so minor it sounded evasive.",
		"Rambled for two minutes without landing anywhere.",
		"Gave an honest answer but forgot to say what I am doing about it.",
	},
	better: []string{
		"Name one real weakness, show a concrete step I am taking, and a sign it is working.",
		"Use the feedback from my last review and how I acted on it.",
		"Keep it short: the weakness, what I changed, what happened next.",
		"Pick something relevant but not central to the role, and be specific.",
	},
	lesson: themeAuthentic,
}

var failureTopic = topic{
	weight:  1,
	byStage: [numSlots]float64{slotScreen: 0.3, slotFirst: 1.4, slotMiddle: 1.2, slotFinal: 1},
	byTrack: anyTrack,
	tags:    []string{"behavioural", "failure"},
	questions: []string{
		"Tell me about a time you failed.",
		"Describe a project that didn't go to plan.",
		"What's a mistake you made that affected other people?",
		"Walk me through a decision you got wrong.",
		"When did you miss a deadline, and what happened then?",
		"Tell me about something you shipped that you're not proud of.",
		"What's the worst professional call you've made?",
	},
	answers: []string{
		"Told a story where it was really someone else's fault.",
		"Chose a failure so small it was not a failure at all.",
		"Went into too much detail and never got to the lesson.",
		"Went blank and grabbed a story from university.",
		"Told a good story but sounded defensive about it.",
	},
	better: []string{
		"Tell the launch that slipped: my part in it, what I changed, and the next launch.",
		"Own the mistake in one sentence, then spend most of the time on what I learned.",
		"Use a real failure with stakes, and finish with what I do differently now.",
		"Keep the setup short and the recovery detailed.",
	},
	lesson: themeFailureStory,
}

var conflictTopic = topic{
	weight:  0.9,
	byStage: [numSlots]float64{slotScreen: 0.3, slotFirst: 1.3, slotMiddle: 1.3, slotFinal: 1},
	byTrack: anyTrack,
	tags:    []string{"behavioural", "conflict"},
	questions: []string{
		"Tell me about a disagreement with a colleague.",
		"Describe a time you clashed with your manager.",
		"How do you handle a teammate who isn't pulling their weight?",
		"Tell me about working with a difficult stakeholder.",
		"When did you push back on a decision, and how did you do it?",
		"Describe a time someone took credit for your work.",
		"How did you resolve the last real conflict on your team?",
	},
	answers: []string{
		"Said I never really have conflicts, which nobody believes.",
		"Made the other person sound like a villain.",
		"Described the conflict well but not how it ended.",
		"Picked a trivial disagreement about meeting times.",
		"Got a bit heated retelling it, which was not a good look.",
	},
	better: []string{
		"Tell the code review disagreement: what each of us wanted, how we settled it, what we kept.",
		"Show that I tried to understand their side before arguing mine.",
		"End with the outcome and how we work together now.",
		"Pick a conflict about substance, and stay generous to the other person.",
	},
	lesson: themeStructure,
}

var leadershipTopic = topic{
	weight:  0.9,
	byStage: [numSlots]float64{slotScreen: 0.3, slotFirst: 1.2, slotMiddle: 1.2, slotFinal: 1.5},
	byTrack: [numTracks]float64{trackEngineering: 0.8, trackData: 0.7, trackDesign: 0.8, trackProduct: 1.3, trackManagement: 2.5},
	tags:    []string{"leadership", "behavioural"},
	questions: []string{
		"Tell me about a time you led without formal authority.",
		"How have you helped someone on your team grow?",
		"Describe a time you had to make an unpopular call.",
		"When did you take ownership of something nobody else wanted?",
		"How do you get a team behind an idea they doubt?",
		"Tell me about a time you delegated something important.",
		"How would you handle someone who is underperforming?",
	},
	answers: []string{
		"Kept saying we and never made clear what I did.",
		"Talked in principles instead of giving an example.",
		"Told a story where I basically did everything myself.",
		"Lost the thread halfway and wrapped up awkwardly.",
	},
	better: []string{
		"Say I clearly, and give the decision, the pushback and the result.",
		"Pick a story where I changed minds with evidence rather than rank.",
		"Show how I set the direction and then stepped back.",
	},
	lesson: themeOwnWork,
}

var leavingTopic = topic{
	weight:  1,
	byStage: [numSlots]float64{slotScreen: 2.5, slotFirst: 1.4, slotMiddle: 0.4, slotFinal: 0.8},
	byTrack: anyTrack,
	tags:    []string{"motivation", "leaving"},
	questions: []string{
		"Why are you leaving your current job?",
		"What's pushing you to look now?",
		"Why did you leave your last role after only a year?",
		"What would your employer have to change to keep you?",
		"Are you running away from something or towards something?",
		"Why this move, and why now?",
	},
	answers: []string{
		"Complained about my manager more than I meant to.",
		"Said I was bored, which sounded worse out loud.",
		"Gave a vague answer about growth that convinced no one.",
		"Was so careful to stay positive that I said nothing at all.",
	},
	better: []string{
		"Talk about what I want next, with one honest reason I cannot get it where I am.",
		"Frame it as moving towards this kind of work, without criticising anyone.",
		"Be brief and factual about the reorganisation, then turn to this role.",
	},
	lesson: themeLeaving,
}

var whyUsTopic = topic{
	weight:  1,
	byStage: [numSlots]float64{slotScreen: 2, slotFirst: 1.5, slotMiddle: 0.5, slotFinal: 1.2},
	byTrack: anyTrack,
	tags:    []string{"motivation", "research"},
	questions: []string{
		"Why do you want to work here?",
		"What do you know about our product?",
		"Why us rather than a bigger company?",
		"What would you change about our app?",
		"Who do you see as our main competitors?",
		"What drew you to this particular team?",
	},
	answers: []string{
		"Repeated their mission statement back to them.",
		"Realised mid-answer that I had not looked at their recent launches.",
		"Said it seemed like a great place to work, and nothing more.",
		"Named a competitor they had acquired last year.",
	},
	better: []string{
		"Mention the feature I actually used and what I would try next with it.",
		"Link one thing they are building to something I have done before.",
		"Spend twenty minutes on their blog and changelog before the call.",
	},
	lesson: themeResearch,
}

var goalsTopic = topic{
	weight:  0.8,
	byStage: [numSlots]float64{slotScreen: 1.2, slotFirst: 1.3, slotMiddle: 0.5, slotFinal: 1.3},
	byTrack: anyTrack,
	tags:    []string{"motivation", "career"},
	questions: []string{
		"Where do you see yourself in five years?",
		"What's your long-term career plan?",
		"Do you want to manage people eventually?",
		"What would your ideal role after this one look like?",
		"How does this job fit your career path?",
		"What are you hoping to learn here?",
	},
	answers: []string{
		"Said I had no idea, with a nervous laugh.",
		"Described a job two levels above the person interviewing me.",
		"Gave a textbook answer I did not really mean.",
		"Talked about going freelance, which worried them.",
	},
	better: []string{
		"Say what I want to get better at and how this role gets me there.",
		"Be honest that I am weighing management against going deeper, and why.",
		"Describe the kind of problems I want to own in a few years.",
	},
	lesson: themeAuthentic,
}

var gapsTopic = topic{
	weight:  0.6,
	byStage: [numSlots]float64{slotScreen: 2.5, slotFirst: 1, slotMiddle: 0.2, slotFinal: 0.4},
	byTrack: anyTrack,
	tags:    []string{"cv", "gaps"},
	questions: []string{
		"Can you explain the gap on your CV?",
		"What were you doing between those two jobs?",
		"Why have you changed jobs so often?",
		"Your CV shows a step down in title. Why?",
		"You've been out of work for a while. How have you kept your skills current?",
	},
	answers: []string{
		"Over-explained and sounded apologetic.",
		"Said I was travelling, and left it there.",
		"Got flustered and mixed up the dates.",
	},
	better: []string{
		"One calm sentence on why, then what I learned or built in that time.",
		"Mention the course and the side project, and move on without apologising.",
		"Say it plainly: the contract ended, I chose carefully, and here is why this role.",
	},
	lesson: themeConcise,
}

var pitchTopic = topic{
	weight:  0.7,
	byStage: [numSlots]float64{slotScreen: 1.5, slotFirst: 1.2, slotMiddle: 0.4, slotFinal: 0.8},
	byTrack: anyTrack,
	tags:    []string{"pitch"},
	questions: []string{
		"Tell me about yourself.",
		"Walk me through your CV in two minutes.",
		"What are you best at?",
		"Why should we hire you over the other candidates?",
		"What makes you different from everyone else we are seeing?",
	},
	answers: []string{
		"Recited my CV in order, job by job.",
		"Went on for five minutes and could see them drifting.",
		"Undersold myself and hedged every sentence.",
		"Gave the pitch I always give, and it sounded rehearsed.",
	},
	better: []string{
		"Two minutes: what I do, the one result I am proudest of, and why this role is next.",
		"Lead with the thread that ties my jobs together, not the chronology.",
		"Name one strength with proof, and tie it to their problem.",
	},
	lesson: themeAuthentic,
}

var pressureTopic = topic{
	weight:  0.6,
	byStage: [numSlots]float64{slotScreen: 0.5, slotFirst: 1.2, slotMiddle: 1, slotFinal: 0.8},
	byTrack: anyTrack,
	tags:    []string{"behavioural", "pressure"},
	questions: []string{
		"How do you handle tight deadlines?",
		"Tell me about your most stressful week at work.",
		"What do you do when priorities change overnight?",
		"How do you cope when everything is urgent?",
	},
	answers: []string{
		"Said I thrive under pressure, with no example.",
		"Admitted I get stressed and left it at that.",
		"Told a story about working all weekend as if it were a virtue.",
	},
	better: []string{
		"Describe the release week: how I cut scope, told people early and still shipped.",
		"Show how I decide what can wait, with a real example.",
		"Be honest that pressure gets to me and explain what I do about it.",
	},
	lesson: themeStructure,
}
