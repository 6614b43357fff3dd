package demo

// The sentences reflections are assembled from. "{company}" and "{person}"
// are replaced by the company and the first name of someone met.

var (
	wentWellCommon = []string{
		"Opened with a clear two-minute summary of my background.",
		"Got on well with {person} almost straight away.",
		"The migration story landed; they asked three follow-up questions.",
		"Stayed calm when the exercise went sideways.",
		"Asked for a moment to think instead of blurting something out.",
		"Had numbers ready for the onboarding project.",
		"Explained a trade-off without hedging.",
		"Laughed off my own slip and kept going.",
		"Linked my last project to what {company} is building next.",
		"Kept my answers short and let them steer.",
		"Was honest about what I haven't done yet, and it was fine.",
		"Asked about the team's hardest problem and got a real answer.",
		"Remembered everyone's names.",
		"Turned a tricky question into a conversation.",
		"Told the customer escalation story well, beginning to end.",
		"Was on time and set up early, so I started relaxed.",
		"Disagreed politely with {person} and it went down well.",
		"Showed real curiosity about their users.",
		"Recovered after a shaky first ten minutes.",
		"Gave concrete examples instead of generalities.",
		"Stayed myself even when the pace picked up.",
		"Closed by saying clearly that I want the job.",
		"Kept eye contact and didn't fidget much.",
	}
	// wentWellByTrack adds what goes well in each kind of job.
	wentWellByTrack = [numTracks][]string{
		trackEngineering: {
			"Talked through the caching design calmly.",
			"Wrote working code and tested it as I went.",
			"Spotted the race condition before they hinted at it.",
			"Explained the incident postmortem clearly.",
		},
		trackData: {
			"Walked through the churn model without jargon.",
			"The SQL exercise went smoothly.",
			"Explained why the experiment result was not significant.",
			"Turned the dashboard story into a business result.",
		},
		trackDesign: {
			"The portfolio walkthrough was tight and well paced.",
			"Explained the research behind the checkout redesign.",
			"Handled the live critique with good humour.",
			"Showed early sketches, not only polished screens.",
		},
		trackProduct: {
			"The prioritisation exercise went smoothly.",
			"Made a clear case for killing the legacy feature.",
			"Asked sharp questions about their metrics.",
			"Told the launch story with outcomes, not just output.",
		},
		trackManagement: {
			"Gave a concrete example of growing someone on my team.",
			"Explained how I run planning without sounding corporate.",
			"Talked honestly about a hard conversation I handled.",
			"Showed how I balance delivery with the team's wellbeing.",
		},
	}

	scriptedLines = []string{
		"My answer to 'tell me about yourself', word for word from my notes.",
		"The strengths answer sounded rehearsed.",
		"Used the same leadership story as always and it felt flat.",
		"Read my questions off the screen.",
		"The 'why {company}' answer was generic.",
		"Followed the situation-action-result format so rigidly it sounded robotic.",
		"Opened with the elevator pitch I've practised too often.",
		"The weakness answer; I could hear myself reciting it.",
		"My closing statement, which I had memorised.",
		"The failure story, polished until it had no life left in it.",
		"Listed my values like a careers brochure.",
		"The five-year plan answer; I don't even believe it.",
		"Described my current team in buzzwords.",
		"Repeated their job advert back to them.",
	}

	shouldHaveToldCommon = []string{
		"The time I rebuilt the reporting export under a tight deadline.",
		"How I mentored two new joiners last year.",
		"The volunteer project was the wrong example; the warehouse rollout shows the same skill far better.",
		"That I led the vendor negotiation and saved a third of the budget.",
		"The outage I handled at three in the morning and the review afterwards.",
		"How I turned around the project that was six weeks late.",
		"That I've already worked in a regulated industry.",
		"The customer I won back after a bad release.",
		"That I ran the hiring loop for my current team.",
		"The side project that taught me more than any course.",
		"How I changed our planning process, with the numbers to prove it.",
		"That I speak Spanish, which matters for their market.",
		"My university project was the wrong story; the payroll migration was the real one.",
		"The internal tool I built that half the company uses.",
		"That I took over a team mid-crisis and kept everyone.",
		"How I handled the reorganisation without losing anyone.",
	}
	shouldHaveToldByTrack = [numTracks][]string{
		trackEngineering: {
			"The performance work that cut page load times in half.",
			"That I designed the event pipeline we still run on.",
			"The accessibility fixes I pushed through.",
		},
		trackData: {
			"The forecast that finance now uses every month.",
			"The data quality checks I introduced.",
			"That my analysis stopped a launch that would have lost money.",
		},
		trackDesign: {
			"The accessibility audit I ran.",
			"The design system I started from scratch.",
			"The research that changed the product direction.",
		},
		trackProduct: {
			"The feature I killed and the support load it saved.",
			"The pricing experiment and what it earned.",
			"How I got sales and engineering agreeing on a roadmap.",
		},
		trackManagement: {
			"How I cut attrition on my team to zero in a year.",
			"The promotion cases I wrote for three people.",
			"How I introduced on-call that people didn't hate.",
		},
	}

	questionsAskedLines = []string{
		"What does success look like after six months?",
		"How does the team decide what to build next?",
		"What is on-call like in practice?",
		"Why is the role open?",
		"What do you enjoy most about working here?",
		"How does the team give each other feedback?",
		"What would make someone struggle in this role?",
		"How are remote people included in decisions?",
		"What's the biggest challenge the team faces this year?",
		"How do you support people learning new skills?",
		"What happened to the last person in this role?",
		"How are priorities set when everything is urgent?",
		"What does a typical week look like?",
		"How often do plans change, and who decides?",
		"What's the next step, and when will I hear back?",
		"How is performance reviewed?",
		"Who would I work with most closely?",
		"What would you change about the team if you could?",
		"How does the company handle disagreement?",
		"What has the team shipped recently that it's proud of?",
		"How much time goes into meetings each week?",
		"Is there a budget for conferences or courses?",
		"How does this role grow over a couple of years?",
		"What's the balance between new work and maintenance?",
		"How did the company come through the last downturn?",
		"What do new joiners usually find surprising?",
		"Is there anything in my background that worries you?",
		"How does {company} measure whether a project worked?",
	}

	fitOpeners      = []string{"", "", "Honestly, ", "Thinking it over, ", "After meeting {person}, ", "On reflection, ", "From what I saw, "}
	fitObservations = []string{
		"the team ships small changes often and talks to customers directly.",
		"the role is more maintenance than the advert suggested.",
		"on-call sounds heavy, one week in three.",
		"the manager clearly cares about people growing.",
		"they're reorganising and nobody could say who I'd report to.",
		"the product is something I would actually use.",
		"the job is mostly meetings and coordination.",
		"the pay band is below where I want to be.",
		"the commute would eat two hours a day.",
		"they write things down and decide in the open, which suits me.",
		"everyone I met seemed tired.",
		"the team is tiny, so I'd have a lot of say and not much support.",
		"they expect long hours around launches, and said so openly.",
		"the mission matters to me more than I expected.",
		"the tech stack is old but they have a real plan to change it.",
		"they seem to hire people and then leave them alone, in a good way.",
		"the person I would report to seems like someone I could learn a lot from.",
		"the day-to-day is nothing like the job description.",
		"it is a step up in scope, which is what I want.",
		"they didn't ask me a single question about how I work with people.",
		"remote work is allowed but clearly not loved.",
		"the team has been through three managers in two years.",
	}
	fitVerdicts = []string{
		"",
		" I'd take it if offered.",
		" I want it for itself, not only to get out of my current job.",
		" If I'm honest, part of the appeal is just escaping where I am now.",
		" Not sure it's right for me.",
		" It would be a sideways step, not a step up.",
		" If they say no, I may have had a lucky escape.",
		" Still keen, with a few questions to settle.",
		" I need to think about whether I really want this.",
	}

	impressionGood = []string{
		"Joined two minutes early, camera and sound fine, felt settled.",
		"Friendly start; we chatted about the weather and it broke the ice.",
		"Good energy from the first minute.",
		"Dressed about right, sat up straight, spoke clearly.",
		"Started calm and stayed calm.",
		"{person} smiled a lot, and I relaxed quickly.",
		"Firm greeting, good eye contact, and I remembered to smile.",
	}
	impressionMixed = []string{
		"A bit stiff for the first few minutes, better after that.",
		"Overdressed compared to them; it didn't seem to matter.",
		"Took a while to warm up.",
		"Fine, though I talked a little too fast at first.",
		"Neutral; they were hard to read.",
		"Arrived on time but slightly out of breath.",
	}
	impressionRough = []string{
		"The link didn't work and I started flustered.",
		"My mind went blank on the first question.",
		"Started talking far too fast.",
		"Was five minutes late because of the trains, and apologised too much.",
		"My voice was shaky for the first ten minutes.",
		"Fumbled with screen sharing and lost my thread.",
		"Felt tongue-tied from the start.",
	}

	outsideControlLines = []string{
		"They mentioned a hiring freeze might push everything back.",
		"Another candidate is already at the final stage.",
		"The role might move to another office.",
		"Budget approval for the role is still pending.",
		"They want deep payments experience, which I can't invent.",
		"The interviewer was twenty minutes late and rushed everything.",
		"The team is being reorganised next quarter.",
		"They may hire internally after all.",
		"The hiring manager is leaving, and the new one may change the role.",
		"They're looking for someone more senior than the advert said.",
		"They paused all hiring for a month while the funding round closes.",
		"The other candidate has worked with their exact tools for years.",
		"{person} seemed distracted by something going on at work.",
		"Their process has six stages and nobody knows how long it will take.",
	}

	proudLines = []string{
		"I said I didn't know instead of bluffing.",
		"I asked for the salary range directly.",
		"I stayed myself even when the panel was cold.",
		"I got through it after a terrible night's sleep.",
		"I turned the design question into a real conversation.",
		"I didn't apologise for my nerves.",
		"I pushed back on a question I thought was unfair, politely.",
		"I prepared properly this time, and it showed.",
		"I asked the question I was scared to ask about turnover.",
		"I told the failure story honestly.",
		"I kept going after a bad start.",
		"I named my achievements without downplaying them.",
		"I noticed I was rambling and stopped myself.",
		"I asked them to repeat the question rather than guess.",
		"I showed up at all, on a day I wanted to hide.",
		"I sent the thank-you note within the hour.",
	}

	authenticityLow = []string{
		"Leaned on memorised answers the whole time.",
		"I was performing the person I thought they wanted.",
		"Too careful; I filtered everything.",
		"Felt like reading from a script.",
		"I hid my opinions because I thought they'd be unwelcome.",
	}
	authenticityMid = []string{
		"Mostly myself, but the behavioural part felt canned.",
		"Relaxed in the technical part, stiff in the rest.",
		"Got more genuine once the small talk was over.",
		"Some answers were mine, some were rehearsed.",
		"I was myself with {person}, less so with the others.",
	}
	authenticityHigh = []string{
		"Talked the way I would with a colleague.",
		"Made a joke, disagreed once, and it all felt real.",
		"Didn't look at my notes once.",
		"Said what I actually think about remote teams.",
		"It felt like a conversation, not an exam.",
	}
)
