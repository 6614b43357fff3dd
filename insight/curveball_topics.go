package insight

// curveballTopics returns the taxonomy of interview questions that commonly
// trip candidates up. Earlier topics win ties, so a question that mentions
// both a salary and a team is read as a salary question.
func curveballTopics() []topicDef {
	return []topicDef{
		{
			key: "compensation", label: "Salary and compensation",
			names: "salary|salary expectations|compensation|pay|money|comp|negotiation",
			words: "salary compensation pay earn earnings wage wages remuneration bonus equity " +
				"stock:2 money:2 negotiate:2 benefits:2 range:1 package:1 base:1 raise:1 expectations:1 options:1 offer:1",
			phrases: "currently making|current salary|lowest base|lowest you would accept|lowest salary|base pay|pay wise|salary expectations|total comp|" +
				"expected salary|desired salary|salary range|pay range|number in mind|ballpark figure",
		},
		{
			key: "weaknesses", label: "Weaknesses",
			names: "weakness|weaknesses|flaws|areas to improve",
			words: "weakness weak flaw flaws shortcoming shortcomings improve:1 improvement:1 struggle:1",
			phrases: "area to improve|areas for improvement|need to improve|development area|areas you need to work on|biggest weakness|" +
				"greatest weakness|worst trait|what would you change about yourself",
		},
		{
			key: "strengths", label: "Strengths",
			names: "strength|strengths",
			words: "strength strengths superpower",
			phrases: "greatest asset|bring to the table|best quality|colleagues describe you|" +
				"manager describe you|friends describe you",
		},
		{
			key: "failure", label: "Failure and mistakes",
			names:   "failure|failures|mistake|mistakes",
			words:   "fail failure failed mistake mistakes regret setback wrong:2 screwed:1",
			phrases: "went wrong|drop the ball|dropped the ball|biggest regret|lessons learned",
		},
		{
			key: "conflict", label: "Conflict and disagreement",
			names: "conflict|disagreement|difficult people",
			words: "conflict conflicts disagree disagreement disagreed argument argue tension clash dispute " +
				"friction confrontation pushback difficult:1",
			phrases: "push back|pushed back|difficult coworker|difficult colleague|difficult person|" +
				"difficult stakeholder|difficult manager|difficult customer|see eye to eye|get along",
		},
		{
			key: "leadership", label: "Leadership and influence",
			names: "leadership|leading|management|mentoring",
			words: "lead leader leadership mentor mentoring mentored delegate delegation influence:2 coach:2 " +
				"coaching:2 initiative:2 ownership:2 manage:1 managed:1 managing:1 authority:1 vision:1",
			phrases: "influence without authority|manage people|managed a team|took initiative|people management|" +
				"direct reports|took ownership",
		},
		{
			key: "leaving", label: "Why you are leaving",
			names: "leaving|why leaving|reasons for leaving",
			words: "quit resign resignation leave:2 leaving:2 left:1",
			phrases: "why leave|why did you leave|leave your current|reason for leaving|looking for new|" +
				"looking for a change|current employer|why change jobs|job hopping|short tenure",
		},
		{
			key: "why_company", label: "Why this company or role",
			names: "why this company|why us|why this role|motivation for the role",
			words: "attract:2 attracted:2 excites:1",
			phrases: "why company|why here|why want work here|work here|why join|why apply|why applied|" +
				"know about company|interest role|interested in position|why role|why position|why industry|" +
				"why this job|excited about opportunity|excites you about role|led you to apply:4",
		},
		{
			key: "career_goals", label: "Career goals",
			names: "career goals|goals|five year plan|ambitions",
			words: "goal goals ambition ambitions aspiration aspire:2 future:1",
			phrases: "five years|5 years|ten years|10 years|see yourself|career path|long term|" +
				"next step in career|career plans|plans for future",
		},
		{
			key: "cv_gap", label: "Gaps in your CV",
			names:   "cv gap|gap|employment gap|career break|resume gap",
			words:   "gap gaps sabbatical unemployed unemployment layoff laid:2 redundant:2 redundancy:2 fired:2",
			phrases: "career break|took a break|break in employment|months without work|gap in cv",
		},
		{
			key: "system_design", label: "System design",
			names: "system design|architecture",
			words: "architecture scalability scalable throughput latency sharding shard microservices microservice " +
				"monolith architect:2 scale:2 scaling:2 distributed:2 cache:2 caching:2 design:1 system:1 " +
				"systems:1 database:1 databases:1 load:1",
			phrases: "system design|design a system|million users|scale a service|scale the system|load balancer|high level design|rate limiter|message queue|" +
				"api design|design an api|data model|url shortener|back of the envelope",
		},
		{
			key: "coding", label: "Coding and algorithms",
			names: "coding|algorithms|leetcode|data structures|live coding",
			words: "algorithm algorithms leetcode recursion recursive hashmap whiteboard complexity:2 hash:2 " +
				"sorting:2 code:2 coding:2 debug:2 debugging:2 binary:2 pointer:2 tree:1 graph:1 sort:1 " +
				"linked:1 array:1 program:1 programming:1 function:1 string:1",
			phrases: "data structure|big o|time complexity|space complexity|linked list|binary search|" +
				"dynamic programming|write a function|reverse a string|live coding|coding challenge",
		},
		{
			key: "domain", label: "Industry and domain knowledge",
			names:   "domain knowledge|industry|domain",
			words:   "industry competitor competitors regulation:2 regulatory:2 compliance:2 domain:2 market:1 trends:1",
			phrases: "domain knowledge|industry trends|market trends",
		},
		{
			key: "teamwork", label: "Teamwork",
			names: "teamwork|team player|collaboration",
			words: "teamwork teammate teammates collaborate collaboration collaborative team:2 teams:2 " +
				"cooperate:2 colleagues:1 coworkers:1",
			phrases: "team player|cross functional|team environment|work with people|group project",
		},
		{
			key: "pressure", label: "Pressure and deadlines",
			names: "pressure|deadlines|stress|prioritization",
			words: "pressure deadline deadlines stress stressful overwhelmed overwhelm prioritize prioritization " +
				"juggle juggling multitask multitasking crunch workload priorities:2 urgent:2",
			phrases: "tight deadline|competing priorities|multiple projects|short notice|fast paced",
		},
		{
			key: "about_you", label: "Tell me about yourself",
			names: "tell me about yourself|introduction|intro|elevator pitch",
			words: "introduce introduction yourself:1 background:1 pitch:1",
			phrases: "tell me about yourself|walk me through your resume|walk me through your background|" +
				"describe yourself|elevator pitch|introduce yourself",
		},
		{
			key: "questions_for_them", label: "Your questions for them",
			names:   "questions for us|questions for them|questions to ask",
			words:   "question:3 questions:3",
			phrases: "anything to ask|like to ask|want to ask|like to know about us",
		},
		{
			key: "motivation", label: "Motivation",
			names: "motivation|what motivates you|passion",
			words: "motivate motivates motivation motivated passion passionate drive drives inspire:2 " +
				"fulfilling:2 enjoy:1",
			phrases: "get out of bed|love about your job|ideal job|dream job",
		},
		{
			key: "achievements", label: "Achievements",
			names:   "achievements|accomplishments|proudest moment",
			words:   "achievement achievements accomplishment accomplishments proud proudest achieve:2 accomplish:2",
			phrases: "biggest success|greatest success|biggest win|greatest achievement",
		},
		{
			key: "feedback", label: "Handling feedback and criticism",
			names: "feedback|criticism",
			words: "criticism critique criticized criticised feedback:2 constructive:2",
			phrases: "negative feedback|critical feedback|constructive criticism|receive feedback|" +
				"received feedback|handle criticism|give feedback|difficult feedback",
		},
		{
			key: "logistics", label: "Notice, location and availability",
			names: "logistics|notice period|relocation|availability|visa",
			words: "relocate relocation relocating visa sponsorship commute:2 commuting:2 availability:2 travel:2 " +
				"notice:1 available:1 onsite:1 remote:1 hybrid:1",
			phrases: "notice period|start date|work remotely|right to work|work permit|willing to travel|" +
				"willing to relocate|days in the office",
		},
		{
			key: "change", label: "Change and ambiguity",
			names: "ambiguity|adaptability|change",
			words: "ambiguity ambiguous adapt adaptable adaptability uncertainty:2 uncertain:2 pivot:2 flexible:1",
			phrases: "handle change|deal with change|changing priorities|changing requirements|unclear requirements|" +
				"shifting priorities|last minute change|learn quickly|learn new|new technology|learning curve",
		},
		{
			key: "brain_teasers", label: "Brain teasers and estimates",
			names:   "brain teaser|brainteaser|estimation|puzzle|guesstimate",
			words:   "puzzle riddle brainteaser guesstimate manhole estimate:2 golf:2 animal:2",
			phrases: "brain teaser|golf balls|piano tuners|what kind of animal",
		},
		{
			key: "values", label: "Values and culture fit",
			names: "culture|culture fit|values|ethics",
			words: "culture cultural ethics ethical integrity values:2 dilemma:2 honest:1",
			phrases: "culture fit|ideal work environment|work environment|company culture|core values|" +
				"ethical dilemma|ideal manager|management style|working style|work style",
		},
		{
			key: "why_you", label: "Why hire you",
			names: "why hire you|why should we hire you|selling yourself",
			words: "hire:2 hiring:1",
			phrases: "why should we hire|why should we choose|stand out from other candidates|set you apart|" +
				"different from other candidates|best candidate|right person|what makes you unique|sell yourself",
		},
		{
			key: "experience_level", label: "Experience and seniority",
			names:   "overqualified|underqualified|experience level|seniority",
			words:   "overqualified underqualified qualified:2 qualifications:2 seniority:2 junior:1 senior:1",
			phrases: "not enough experience|lack of experience|years of experience",
		},
	}
}
