package insight

// lessonTopics returns the taxonomy of lessons candidates commonly write
// down after interviews. Earlier topics win ties: the specific ones (pace,
// conciseness, examples) come before the broad "prepare more", which almost
// any lesson could be read as.
func lessonTopics() []topicDef {
	return []topicDef{
		{
			key: "pace", label: "Slow down and take your time",
			names: "pace|slow down",
			words: "slow slower slowly rush rushed rushing hurry hurried pause pauses breathe breath " +
				"pace:2 fast:1 quickly:1",
			phrases: "take my time|take your time|take a moment|think before answering|collect my thoughts|" +
				"gather my thoughts|speaking too fast|talking too fast|speak slower",
		},
		{
			key: "concise", label: "Keep answers short and on point",
			names: "conciseness|concise|brevity",
			words: "concise concisely brief briefly ramble rambling rambled succinct tangent tangents verbose " +
				"waffle waffling short:2 shorter:2",
			phrases: "get to the point|keep answers short|shorter answers|stop talking|long winded|talk less|" +
				"stay on topic",
		},
		{
			key: "examples", label: "Answer with concrete examples",
			names: "star|examples|stories",
			words: "star anecdote concrete metrics quantify example:2 examples:2 story:2 stories:2 specific:2 " +
				"numbers:1 results:1 impact:1",
			phrases: "star method|star format|situation task action result|concrete examples|specific examples|" +
				"real examples|tell stories|use numbers|quantify impact|prepare stories|story bank",
		},
		{
			key: "listening", label: "Listen and clarify the question",
			names: "listening|clarifying",
			words: "listen listening listened clarify clarifying clarification interrupt interrupted " +
				"misunderstood misread:2",
			phrases: "answer the question asked|ask clarifying questions|understand the question|" +
				"answer the actual question|read the question|repeat the question",
		},
		{
			key: "asking", label: "Ask good questions",
			names: "questions to ask|asking questions",
			words: "questions:2 question:2 curious:2 ask:1 asking:1",
			phrases: "ask questions|ask more questions|prepare questions|questions to ask|" +
				"questions at the end|smart questions|have questions ready",
		},
		{
			key: "research", label: "Research the company",
			names: "research|company research",
			words: "research researched glassdoor mission:2 website:2 annual:1",
			phrases: "research the company|look up interviewers|look up the company|read about the company|" +
				"company website|know the product|learn about the company|check linkedin|job description|" +
				"job posting|job ad",
		},
		{
			key: "salary", label: "Handle the salary conversation",
			names: "salary|negotiation|compensation|salary negotiation",
			words: "salary salaries negotiate negotiation compensation lowball counteroffer pay:2 anchor:2",
			phrases: "name a number|salary range|market rate|research salary|know my number|counter offer|" +
				"total compensation|salary expectations",
		},
		{
			key: "confidence", label: "Speak with confidence",
			names: "confidence|nerves",
			words: "confidence confident nervous nerves anxious anxiety undersell downplay imposter calm:2 relax:2 " +
				"relaxed:2 apologise:2 apologize:2 apologizing:2 assertive:2 believe:1",
			phrases: "sell myself|take credit|stop apologizing|believe in myself|stay calm",
		},
		{
			key: "authenticity", label: "Be yourself",
			names: "authenticity|be yourself",
			words: "authentic authenticity genuine genuinely scripted script memorised memorized robotic " +
				"personality myself yourself natural:2 naturally:2 honest:2 real:1",
			phrases: "show personality|less scripted|less rehearsed|sound natural",
		},
		{
			key: "technical", label: "Practise technical skills",
			names:   "technical practice|leetcode|coding practice",
			words:   "leetcode algorithms algorithm whiteboard coding:2 syntax:2 code:1",
			phrases: "system design|data structures|practice coding|coding problems|live coding|mock coding",
		},
		{
			key: "preparation", label: "Prepare more",
			names: "preparation|prep|practice",
			words: "prepare prepared preparation prep practice practise rehearse:2 mock:2 study:2 revise:2",
			phrases: "mock interview|practice out loud|practise answers|review notes|prepare better|" +
				"prepare answers",
		},
		{
			key: "follow_up", label: "Follow up promptly",
			names:   "follow up|thank you notes",
			words:   "thank:3 thanks:3 follow:3",
			phrases: "thank you note|send notes|connect on linkedin",
		},
		{
			key: "presence", label: "Body language and energy",
			names: "body language|presence|eye contact",
			words: "posture smile smiling handshake enthusiasm enthusiastic fidget fidgeting eye:2 camera:2 " +
				"energy:2 contact:1",
			phrases: "eye contact|body language|sit up straight|look at the camera|show enthusiasm|" +
				"speak louder|speak clearly",
		},
		{
			key: "logistics", label: "Logistics and setup",
			names: "logistics|setup",
			words: "sleep punctual microphone headphones wifi outfit attire early:2 late:2 internet:2 dress:2 " +
				"connection:1",
			phrases: "arrive early|test my setup|check the tech|get enough sleep|plan the route|charge laptop|" +
				"test audio|quiet room",
		},
		{
			key: "highlight", label: "Highlight your most relevant experience",
			names: "highlight experience|selling experience",
			words: "highlight showcase mention:2 relevant:2",
			phrases: "relevant experience|professional experience|right stories|volunteer work|" +
				"work experience instead",
		},
	}
}
