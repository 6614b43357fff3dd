package demo

// The technical and job-specific questions: designing systems, solving
// problems live, and knowledge of the trade.

var systemDesignTopic = topic{
	weight:  1,
	byStage: [numSlots]float64{slotScreen: 0.1, slotFirst: 0.6, slotMiddle: 3, slotFinal: 1},
	byTrack: buildTracks,
	tags:    []string{"technical", "system-design"},
	questions: []string{
		"Design a link shortener that handles millions of new links a day.",
		"How would you build a rate limiter for a public API?",
		"Sketch the architecture of a chat app with read receipts.",
		"Design a notification service that never sends the same message twice.",
		"Design the backend for tracking food deliveries on a map.",
		"How would you move a monolith's database to a new schema without downtime?",
		"Design a pipeline that takes in a billion events a day.",
		"How would you cache a feed that changes every few seconds?",
		"How would you build search over ten years of support tickets?",
	},
	answers: []string{
		"Dived into databases before asking how much traffic to expect.",
		"Drew a huge diagram and ran out of time before the trade-offs.",
		"Designed for a scale they never asked for.",
		"Went quiet for long stretches while I thought.",
		"Forgot about failure cases until they asked what happens when a node dies.",
	},
	better: []string{
		"Start with requirements and rough numbers, then a simple design, then scale it.",
		"Name two options for storage and say why I would choose one.",
		"Keep talking while I draw, so they can steer me early.",
		"Leave ten minutes for bottlenecks and what I would monitor.",
	},
	lesson: themeClarify,
}

var codingTopic = topic{
	weight:  1,
	byStage: [numSlots]float64{slotScreen: 0.3, slotFirst: 0.8, slotMiddle: 3, slotFinal: 0.6},
	byTrack: techTracks,
	tags:    []string{"technical", "coding"},
	questions: []string{
		"Reverse a linked list, then do it recursively.",
		"Find the longest substring without repeating characters.",
		"Merge a list of overlapping intervals.",
		"Detect a cycle in a directed graph.",
		"Implement an LRU cache.",
		"Write a function that checks whether brackets are balanced.",
		"Find the kth largest element in a stream of numbers.",
		"What's the complexity of your solution, and can you do better?",
		"Write a function that groups anagrams together.",
		"Parse this log file and count errors per hour, live.",
	},
	answers: []string{
		"Started typing before I understood the problem.",
		"Got a brute-force version working but could not improve it in time.",
		"Missed the empty-input case until they pointed it out.",
		"Coded in silence, so they had no idea what I was thinking.",
		"Got stuck on syntax in a language I had not used for a while.",
	},
	better: []string{
		"Restate the problem, walk through an example by hand, then code.",
		"Say the brute-force approach and its cost out loud, then improve it.",
		"List edge cases before writing a line.",
		"Narrate my reasoning, including the dead ends.",
	},
	lesson: themeThinkAloud,
}

var domainTopic = topic{
	weight:  1,
	byStage: [numSlots]float64{slotScreen: 0.4, slotFirst: 1, slotMiddle: 2, slotFinal: 1},
	byTrack: anyTrack,
	tags:    []string{"technical", "domain"},
	perTrack: [numTracks][]string{
		trackEngineering: {
			"What happens, step by step, when you type an address into a browser?",
			"Explain eventual consistency to someone who isn't an engineer.",
			"When would you decide not to write tests?",
			"How would you track down a memory leak in production?",
			"What's the difference between a process and a thread?",
			"How do you decide between a queue and a direct call between services?",
		},
		trackData: {
			"How would you explain a p-value to a marketing manager?",
			"Conversion dropped ten percent overnight. Where do you start?",
			"When is an A/B test the wrong tool?",
			"How do you deal with missing values in a model's features?",
			"Write SQL for the second highest salary in each department.",
			"How would you know your model has started to drift?",
		},
		trackDesign: {
			"Walk us through a design decision you would reverse now.",
			"How do you design when there is no time for research?",
			"Critique our onboarding flow, live.",
			"What do you do when an engineer says your design can't be built?",
			"Show us a product you think is well designed, and why.",
			"How do you know a design worked after launch?",
		},
		trackProduct: {
			"How would you rank three urgent requests from three executives?",
			"Which metric would you choose for our search feature?",
			"Tell us about a feature you decided to kill.",
			"How do you say no to your biggest customer?",
			"Estimate how many people book a taxi in this city on a Friday night.",
			"How do you write a spec engineers actually read?",
		},
		trackManagement: {
			"How do you handle a high performer who is bad for the team?",
			"How do you decide between hiring and moving people around?",
			"Walk me through how you run your one-to-ones.",
			"How do you balance technical debt against roadmap pressure?",
			"Tell me about a time you had to let someone go.",
			"How do you measure whether your team is healthy?",
		},
	},
	answers: []string{
		"Knew the answer but explained it in a muddle.",
		"Gave the textbook definition without any example from my work.",
		"Bluffed on a part I did not know, and they noticed.",
		"Answered a slightly different question from the one they asked.",
		"Spent too long on background and rushed the interesting part.",
	},
	better: []string{
		"Give the short answer first, then one example from my own work.",
		"Say plainly which part I do not know and how I would find out.",
		"Check that I understood the question before answering it.",
	},
	lesson: themeClarify,
}
