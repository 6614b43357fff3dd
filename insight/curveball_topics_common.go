package insight

// commonTopics returns the questions asked in interviews for almost any
// job: about money, the candidate's story, their motives and how they
// behave at work. The money topic comes first, so that a question naming
// both a salary and something else is read as about the salary.
func commonTopics() []topicDef {
	return []topicDef{
		{
			key: "compensation", label: "Salary expectations",
			names: "salary|salary expectations|compensation|pay|money|comp|negotiation|package|rate",
			words: "numbers:1 scale:1 base:2 rise:1 pension:2 dealbreaker:1 ctc hike increment paycheck perks pension:2 grade:1 paid:2 comp:2 overtime:1 salary salaries compensation pay paid payslip earn earning earnings wage wages remuneration " +
				"bonus bonuses equity income commission ote stock:2 money:2 negotiate:2 negotiation:2 benefits:2 " +
				"band:2 figure:2 rate:1 range:1 package:2 base:1 raise:1 expectations:1 options:1 offer:1 " +
				"number:1 budget:1 afford:2 worth:1 cash:2 sql:-6 query:-6 table:-4 column:-4 employees:-2 " +
				"department:-2 statements:-3 depreciation:-4 interest:-1 charge:1 tempt:2 tempting:2",
			phrases: "talk numbers|current base|scale point|compare with what you|what you are on now|lower salary|more holiday|pay scale|spine point|kind of money|money you are after|money are you after|taking home|number wise|to sign|advertised range|figure in your head|figure in mind|pension scheme|match your current employer|match your salary|signing bonus|sort of rise|rise are you looking|how much money|what money|financial expectations|cost us|how much do you cost|below your range|our budget|budget sits|within budget|fit our budget|how much do you make|what do you make|what are you making|salary history|expect to be paid|take home|pay grade|benefits package|what would you need|number would you need|current ctc|expected ctc|how much would you want|how much are you looking|price yourself|worth to you|currently making|current salary|lowest base|lowest you would accept|lowest salary|base pay|pay wise|money wise|" +
				"salary expectations|total comp|total compensation|expected salary|desired salary|salary range|pay range|number in mind|" +
				"ballpark figure|how much are you on|what are you on|on right now|hourly rate|day rate|minimum you would accept|" +
				"minimum accept|bottom of band|one figure|number would make|figure would need|pay rise|what job pays|" +
				"role pays|earning at moment|on target earnings|make the move worthwhile|take to tempt|would take to move|" +
				"take to get you to move|tempt you away|base and bonus|pay expectations|bump in pay|pay cut|lower base",
		},
		{
			key: "other_offers", label: "Other interviews and offers",
			names: "other offers|other interviews|competing offers",
			words: "",
			phrases: "interviewing anywhere else|interviewing elsewhere|other offers|other companies|other interviews|" +
				"offers on table|offer on table|competing offer|accept straight away|accept offer today|applying elsewhere|" +
				"other processes|how far along|other opportunities",
		},
		{
			key: "weaknesses", label: "Weaknesses",
			names: "weakness|weaknesses|flaws|areas to improve",
			words: "annoys:2 worries:1 improving:2 worst:2 least:1 weakness weaknesses weak flaw flaws shortcoming shortcomings improve:1 improvement:1 " +
				"struggle:1 blind:2 hardest:1 develop:1 developing:1",
			phrases: "working on improving|want to get better|annoys them about you|annoys people|worries you most|least comfortable|fix one thing|harshest critic|least confident|work hardest to improve|hardest to improve|find frustrating about|frustrating about working with you|one thing about how you work|what you are not good at|improve on|room for improvement|area of growth|growth area|not your strong suit|find difficult|worst at|least good at|development needs|one thing you would improve|what would you change|not so good at|most difficult for you|need to work on|area to improve|areas for improvement|need to improve|development area|areas you need to work on|biggest weakness|" +
				"greatest weakness|worst trait|what would you change about yourself|get better at|still not good|not very good|" +
				"fall short|blind spots|gets in the way|improve about yourself|area developing|skill set needs|needs most work|" +
				"area you are developing|work on most",
		},
		{
			key: "strengths", label: "Strengths",
			names: "strength|strengths",
			words: "strongest:2 quality:1 qualities:1 shine:2 underrated:1 excel:2 known:1 talent:2 talents:2 strength strengths superpower brilliant:2 confident:1",
			phrases: "strongest quality|like working with you|miss most if you left|best qualities|your best|better than most|really shine|great at|talent of yours|what are you great|you are great at|what you are best|good at what|what you do well|do well|key skills|known for|best skill|strongest skill|strong suit|good at|what are you good|greatest asset|bring to the table|best quality|colleagues describe you|manager describe you|" +
				"friends describe you|best at|good at what you do|people come to you|three words|describe you|" +
				"skills most confident|what are you good at|brilliant at|your best skill",
		},
		{
			key: "failure", label: "Failure and mistakes",
			names: "failure|failures|mistake|mistakes",
			words: "backfire:3 backfired:3 reach:1 badly:1 unsuccessful oversight messed slip:1 slipped:1 fail failure failed failing mistake mistakes regret regrets setback setbacks flop flopped blunder " +
				"wrong:2 screwed:1 error:1 errors:1 missed:1",
			phrases: "didnt reach|did not reach|own up|owned up|own up to an error|decision backfired|goal you didnt|fallen short|went badly|gone badly|didnt deliver|did not deliver|fail to deliver|put it right|got wrong|not succeed|didnt succeed|fell through|wasnt successful|didnt work out|mess up|messed up|hard way|things went wrong|when it went wrong|did not go well|didnt go well|went wrong|drop the ball|dropped the ball|biggest regret|lessons learned|didnt go to plan|not go to plan|" +
				"go to plan|badly wrong|got wrong|let team down|let down|missed target|missed a deadline",
		},
		{
			key: "conflict", label: "Conflict and disagreement",
			names: "conflict|disagreement|difficult people|difficult colleague",
			words: "row:1 undermining:2 undermine:2 tense:1 peer:1 mediate:2 compromise:2 opposing:2 tricky:1 challenging:1 conflict conflicts disagree disagreement disagreements disagreed argument arguments argue clash clashed " +
				"dispute friction confrontation tension pushback difficult:1 wrong:1 cooperate:1 credit:1",
			phrases: "criticism you disagreed|view clashed|clashed with|drove you mad|drives you mad|a row between|tense relationship|undermining you|undermines you|two people on your team|whose style|someone whose|disagree strongly|strong disagreement|personality differences|fell out|falling out|difficult relationship|personality clash|hard to work with|tricky colleague|challenging colleague|opposing views|resolve a conflict|resolved a conflict|disagreed with|difficult conversation|did not agree|didnt agree|team member who|coworker who|push back|pushed back|difficult coworker|difficult colleague|difficult person|difficult manager|" +
				"see eye to eye|get along|get on with|didnt get on|boss is wrong|manager is wrong|pulling their weight|" +
				"refuse to cooperate|saw differently|takes credit|differ from|differing opinions|differently from",
		},
		{
			key: "difficult_customer", label: "Difficult customers",
			names: "difficult customer|customer service|complaints|angry customer",
			words: "review:1 reviews:1 dissatisfied demanding aggressive annoyed frustrated:1 service:1 complaint complaints complain complained angry upset irate furious rude abusive shouting " +
				"customer:2 customers:2 guest:2 guests:2 client:1 caller:2 diner:2 refund:2 unhappy:2 " +
				"public:1 patron:2 escalate:1 escalates:1 calm:1 relative:1 relatives:1 parent:1",
			phrases: "dealing with the public|win back a customer|one star review|bad review|negative review|shouting at you|blaming you|patient s daughter|patients family|patient s family|upset relative|angry relative|demanding client|demanding customer|customer service|service recovery|difficult patient|difficult parent|frustrated customer|customer who|client who|guest who|customer was|complaint from|went above and beyond for a customer|difficult customer|difficult client|angry customer|unhappy customer|upset customer|" +
				"member of the public|keep them happy|customer complaint|sends meal back|raising their voice|" +
				"unacceptable and wants|difficult stakeholder|unhappy stakeholder|irate caller|customer in wrong",
		},
		{
			key: "teamwork", label: "Teamwork",
			names: "teamwork|team player|collaboration",
			words: "fit:1 heard:1 teamwork teammate teammates collaborate collaboration collaborative collaborated team:2 teams:2 " +
				"group:1 colleagues:1 coworkers:1 rapport:2 together:1 alone:1 struggling:1 departments:1",
			phrases: "fit into a new team|fit into the team|helped a teammate|new team|part of a team|contribute to a team|contribute to the team|everyone in a group|team you loved|best team|worst team|other departments|other teams|work with people from|work in a team|working in a team|team environment|working with others|work with others|contributed to a team|team success|team effort|team player|cross functional|team environment|work with people|group project|part of a team|" +
				"work alone|working alone|with others|across departments|helping a colleague|support colleagues|" +
				"role in a group|role you take|team work well",
		},
		{
			key: "leadership", label: "Leadership and initiative",
			names: "leadership|leading|initiative|influence",
			words: "proactive:2 spearhead:2 spearheaded:2 champion:1 charge:1 lead leader leadership led leading inspire inspiring initiative:2 influence:2 influenced:2 " +
				"mentor:2 mentored:2 mentoring:2 ownership:2 vision:1 rally:2 authority:1 step:1 stepped:1 " +
				"follow:1 persuade:2 persuaded:2 convince:1",
			phrases: "influenced someone senior|influence someone senior|influence senior|leading by example|without formal authority|on board with|got others on board|get others on board|get people on board|taken charge|take charge|that nobody asked|nobody asked you|more experienced than you|lead people|leading people|lead others|show leadership|shown leadership|took charge|take charge|took the lead|take the lead|above and beyond|drive change|drove change|led a project|lead by example|get buy in|bring people with you|lead without|influence without authority|took initiative|take the initiative|without being asked|stepped up|" +
				"step up|leadership style|led a team|lead a team|rally people|follow your idea|not their boss|took ownership|" +
				"outside your own team|inspiring others|no one else would",
		},
		{
			key: "managing_people", label: "Managing people",
			names: "management|people management|line management|managing people|delegation",
			words: "account:1 recruit:1 recruited:1 coach:1 coaching:1 supervise supervised supervising supervisor:1 underperformer underperforming underperformance delegate delegating delegation disciplinary " +
				"capability:1 reports:2 appraisals:1 staff:2 hiring:1 hire:1 sack fire:2 fired:1 " +
				"manage:1 managed:1 managing:1 manager:1 objectives:1 accountable:2 motivated:1 develop:1 developed:1",
			phrases: "as a manager|describe you as a manager|between two of your reports|your reports|lost interest|performance manage|team member who isnt pulling|someone who reports to you|grow the people|people on your team|hold your staff|largest team|biggest team|reporting to you|reports to you|staff to account|managed people|performance issues|performance problem|poor performance|not performing|direct report|span of control|hire and fire|management style|manage conflict in your team|grow your team|size of team|how big was your team|team of|your team members|struggling team member|direct reports|line manage|line managed|people management|manage people|managed a team|manage a team|" +
				"let someone go|one to ones|one to one|what to delegate|member of staff|members of your team|" +
				"report to you|people who report|wrong fit|remote team|performance management|poor performer|" +
				"someone in your team|developed someone",
		},
		{
			key: "pressure", label: "Pressure and deadlines",
			names: "pressure|deadlines|stress",
			words: "heavy:1 hectic intense:1 recharge:1 burnout:2 burnt:1 overloaded overload crisis:1 pressure pressured pressures deadline deadlines stress stressed stressful overwhelmed overwhelming " +
				"overwhelm crunch calm:1 busy:1 notice:1 chaos:2 rush:2 panic:2 cope:1",
			phrases: "heavy workload|large workload|big workload|when you re stressed|pressure s on|pressure is on|three deadlines|several deadlines|intense week|hectic day|got through it|get through a busy|demanding environment|high stakes|high pressure|pressure cooker|stressful situation|too much on|tight timeline|time pressure|handle stress|manage stress|cope with stress|deal with stress|under stress|tight deadline|short notice|little notice|fast paced|under pressure|goes wrong at once|" +
				"all at once|keep your head|keep calm|stay calm|last minute|busy shift|busy period|very little time",
		},
		{
			key: "prioritising", label: "Prioritising and organising",
			names: "prioritisation|prioritization|time management|organisation",
			words: "emails:2 tasks:1 calendar:1 prioritise prioritize prioritising prioritizing prioritisation prioritization priorities juggle " +
				"juggling multitask multitasking organise organize organised organized workload:2 urgent:2 " +
				"todo:2 schedule:1 first:1",
			phrases: "on top of your emails|keep on top|first when you arrive|start your day|several priorities|what can wait|lands on your desk|everything lands|balance urgent|urgent requests|long term work|plan your week|too much to do|limited time|competing demands|conflicting demands|conflicting deadlines|plate is full|too many things|what gets done first|order of importance|urgent and important|so many tasks|several deadlines|everything is urgent|keep organised|stay organised|stay organized|competing priorities|competing tasks|multiple projects|several projects|time management|manage your time|" +
				"organise your day|organize your day|what to work on first|decide what to do first|to do list|" +
				"keep track|more urgent|eating your week|only do one|both want|two managers|small requests|" +
				"plan your day|plan your week",
		},
		{
			key: "career_goals", label: "Career goals",
			names: "career goals|goals|five year plan|ambitions",
			words: "eventually:1 heading:1 aiming:1 forty:1 thirty:1 fifty:1 promotion:1 longer:1 goal goals ambition ambitions aspiration aspirations aspire:2 retire:2 future:1 decade:2",
			phrases: "career heading|aiming for|leadership role eventually|where do you see your career|next few years|few years time|after this one|role do you want after|by the time you re|long term|success look like for you|where do you want to be|three years|3 years|long run|whats next for you|next for you|career aspirations|ultimate goal|where are you heading|want to go in your career|five years|5 years|ten years|10 years|see yourself|career path|long term|next step|" +
				"career plans|plans for future|moving into management|career to go|career go|want to be doing|" +
				"by the time you retire",
		},
		{
			key: "cv_gap", label: "Gaps in your CV",
			names: "cv gap|gap|employment gap|career break|resume gap",
			words: "maternity paternity parental caring:1 carer:2 gap gaps sabbatical unemployed unemployment unaccounted break:2 laid:1",
			phrases: "past six months|last six months|nothing on your cv|since being laid off|being laid off|laid off|spent your time since|time since|last few months|past few months|what have you been doing|time away|caring responsibilities|parental leave|maternity leave|year out|gap year|why so long|not working|between jobs|out of employment|career break|took a break|break in employment|months without work|gap in cv|out of work|" +
				"time off|since your last job|last job ended|up to since|employment history|time out|been doing since|" +
				"kept your skills current|been up to",
		},
		{
			key: "questions_for_them", label: "Your questions for them",
			names: "questions for us|questions for them|questions to ask",
			words: "panel:1 curious:1 ask:1 wrap:2",
			phrases: "know about working here|would like to know|questions for the panel|questions do you have|ask us|over to you|curious about|havent covered|not covered|anything else you want to know|anything you would like to ask|what would you like to know|any questions for me|any final questions|last question for us|questions about the role|ask me anything|questions for us|questions for me|anything to ask|like to ask|want to ask|like to know about|" +
				"want to know about|find out from us|covered everything|any questions|anything you want to know|" +
				"questions you have",
		},
		{
			key: "logistics", label: "Start date and availability",
			names: "availability|notice period|start date|shifts|hours",
			words: "suit:1 begin:2 mornings:1 booked:1 earliest:2 join:1 evenings:1 flexibility:1 notice availability available start:1 shifts:2 shift:1 weekends:2 weekend:2 nights:2 " +
				"rota:3 overtime:2 holidays:1 christmas:1 hours:1 oncall:2 flexible:1 free:1 monday:1",
			phrases: "hours would suit|earliest you could|could you begin|when could you begin|cover weekend|short notice shifts|how soon could you|soon could you join|early mornings|what days|days are you available|holidays booked|any holidays|time off booked|available to start|when are you available|earliest start|able to start|how soon|join date|serve notice|shift pattern|work evenings|work overtime|visa status|need sponsorship|hours can you work|days can you work|notice period|start date|when could you start|when can you start|night shifts|on call|" +
				"work weekends|bank holidays|hours a week|free to start|start on monday|part time|full time|" +
				"evenings and weekends|right to work|work permit|visa sponsorship",
		},
		{
			key: "relocation", label: "Relocation, travel and commute",
			names: "relocation|travel|commute|location|hybrid|remote",
			words: "manchester:1 london:1 drive:1 relocated based:1 overnight:2 licence:1 license:1 relocate relocating relocation commute commuting travel travelling traveling abroad " +
				"onsite:2 remote:2 hybrid:2 office:1 move:1 moving:1 road:1 location:1 distance:2",
			phrases: "live in relation|where do you live|move to|away from home|nights a week|do you drive|car driver|own transport|far from the office|distance from|willing to move|move cities|move city|travel required|overnight stays|driving licence|driving license|where are you based|live locally|long commute|travel to site|work from home|willing to travel|willing to relocate|days in the office|days a week in|come into the office|" +
				"get here|on the road|move abroad|moving abroad|work remotely|time on road|get to work|" +
				"far to travel|how far",
		},
		{
			key: "achievements", label: "Achievements",
			names: "achievements|accomplishments|proudest moment",
			words: "impressive:2 exceeded:2 exceed:1 highlight:1 contribution:1 achievement achievements accomplishment accomplishments proud proudest achieve:2 accomplish:2 " +
				"win:1 pleased:2 success:1",
			phrases: "went above and beyond|paid off|most impressive|exceeded expectations|show off|proudest of|proud of in your career|best piece of work|something you built|best result|most significant contribution|highlight of your career|career highlight|biggest accomplishment|most proud of|something you achieved|greatest success|biggest success|greatest success|biggest win|greatest achievement|most proud|proud of|" +
				"best thing you have done|best work|real difference|made a difference|really pleased",
		},
		{
			key: "feedback", label: "Feedback and criticism",
			names: "feedback|criticism",
			words: "criticises criticizes critic:2 criticised:2 criticism critique criticized criticised criticise criticize feedback:2 constructive:2 appraisal:3 " +
				"review:1",
			phrases: "hardest feedback|criticises your work|performance review|tell a colleague their work|after your last review|respond to feedback|react to feedback|feedback you received|feedback from your manager|told you were wrong|how do you handle feedback|take feedback|receiving feedback|negative feedback|critical feedback|constructive criticism|receive feedback|received feedback|" +
				"handle criticism|take criticism|give feedback|difficult feedback|isnt good enough|not good enough|" +
				"performance review|last appraisal",
		},
		{
			key: "ethics", label: "Ethics and integrity",
			names: "ethics|integrity|dilemma|honesty",
			words: "tip:2 falsifying:3 falsify:3 lie:2 timesheets:1 confidential confidentiality wrongdoing misconduct morally moral kickback ethics ethical unethical integrity dilemma dishonest dishonesty honesty honest stealing steal " +
				"theft fraud bribe gift gifts whistleblow whistleblowing fiddling fiddle cheat cheating lie lying rules:1",
			phrases: "knew was wrong|seen something at work|werent allowed|not allowed to take|offered you a tip|lie to a customer|breaking the rules|reported someone|falsifying timesheets|asked you to lie|mean to you at work|conflict of interest:6|report it|whistle blow|something illegal|against your values|right thing|do the right thing|integrity at work|cut a corner|ethical dilemma|bend the rules|break the rules|something you thought was wrong|thought was wrong|" +
				"cut corners|cover up|report a colleague|fiddling the figures|honesty and|supplier offered",
		},
		{
			key: "leaving", label: "Why you are leaving",
			names: "leaving|why leaving|reasons for leaving",
			words: "pushing:1 dismissed:2 fired:1 quit resign resigned resignation redundant redundancy leave:2 leaving:2 left:1 stay:1 " +
				"missing:1 prompting:2 hopping:2",
			phrases: "pushing you to leave|want out of|at your last place|stay longer|previous job|last company|last employer|went wrong at your last|why did you go|why go now|why are you looking|what made you leave|why did you go|let go from|why you left|left your last|leaving your job|leave your job|reason you left|why look now|why move now|why do you want to leave|looking to leave|why leave|why did you leave|leave your current|reason for leaving|looking for new|looking for a change|" +
				"current employer|why change jobs|job hopping|short tenure|move on|moving on|look around|looking around|" +
				"on the market|made redundant|changed jobs|make you stay|missing in your current|why now",
		},
		{
			key: "why_company", label: "Why this company or role",
			names: "why this company|why us|why this role|motivation for the role",
			words: "charity:1 appeal:1 appeals:2 interests:1 attract:2 attracted:2 drew:2 advert:2 advertisement:1 apply:1 applied:1 mission:2 excites:1",
			phrases: "pick us|choose us|chose us|made you pick|what we do|about what we do|why this ward|why this team|charity like ours|organisation like ours|company like ours|firm like ours|why here|what interests you about|interest in this position|interests you about|why do you want this job|want this job|what appeals|appeals to you|about our organisation|about our organization|research about us|why do you want to work for us|work for us|why this company|why this organisation|why this firm|why this school|why this hospital|join us|why company|why here|why want work here|work here|why join|why apply|why applied|know about company|" +
				"know about us|interest role|interested in position|why role|why position|why industry|why this job|" +
				"excited about opportunity|excites you about role|led you to apply|what made you apply|hear about us|" +
				"this role in particular|rather than|why our|why us|want to join|about our company|think of our|" +
				"like about our|drew you",
		},
		{
			key: "about_you", label: "Tell me about yourself",
			names: "tell me about yourself|introduction|intro|elevator pitch",
			words: "date:1 nutshell:3 summarise:2 summarize:2 introduce introduction yourself:1 background:2 pitch:1 journey:1 overview:1 cv:1 resume:1",
			phrases: "summary of your career|career to date|career to date|who are you|in a nutshell|summarise your experience|short version of your career|your career in|quick summary|brief summary|tell us about yourself|bit about you|describe your background|summary of your experience|your story|talk about yourself|about you|who you are|tell me about yourself|walk me through your cv|walk me through your resume|walk me through your background|" +
				"through your cv|describe yourself|elevator pitch|introduce yourself|your background|career so far|" +
				"end up where|ended up|isnt on your|not on your|journey into|quick overview|story so far",
		},
		{
			key: "why_you", label: "Why hire you",
			names: "why hire you|why should we hire you|selling yourself",
			words: "suitable:2 fit:1 qualify:1 hire:2 hiring:1 candidate:2 candidates:2 applicants:3 convince:2 apart:2 unique:2",
			phrases: "value would you add|value you would add|add to the team|what value|we lose by not hiring|not hiring you|reason to pick you|right choice|reason to hire|reasons to hire|why are you a good fit|why should we pick you|why should i hire|good fit|right fit|great fit|ideal candidate|make you a good|make you suitable|why pick you|why choose you|what makes you the right|why should we hire|why should we choose|stand out|set you apart|sets you apart|different from other candidates|" +
				"best candidate|right person|right for this job|person for this|what makes you unique|sell yourself|" +
				"bring to the team|offer us|someone else cant|other applicants",
		},
		{
			key: "motivation", label: "What motivates you",
			names: "motivation|what motivates you|passion",
			words: "satisfaction:2 love:1 rewarding:2 worth:1 motivate motivates motivation motivated passion passionate drive drives driven energise energize " +
				"energises energizes fulfilling:2 enjoy:1 inspire:1 satisfying:2",
			phrases: "love about this|line of work|gives you satisfaction|what do you love|worth doing|find rewarding|lose track of time|why do you do what you do|do what you do|love doing|gives you energy|passionate about|what inspires you|job satisfaction|good day at work|makes a good day|what drives you|keeps you motivated|stay motivated|get out of bed|love about your job|ideal job|dream job|enjoy most|keeps you going|" +
				"do your best|what excites you|gets you up",
		},
		{
			key: "learning", label: "Learning and keeping up",
			names: "learning|training|self development|keeping up",
			words: "taught:2 courses:2 lately:1 selftaught conference conferences podcasts blogs:2 learn:2 learned:2 learning:2 learnt:2 training course courses book reading read:1 upskill upskilling " +
				"curious curiosity:2 cpd:3 certification:2 qualifications:1",
			phrases: "recent thing you learned|most recent thing|thing you learned|taught yourself|stay current|courses have you|learning a new tool|new tool|learn a new|new skill|keep learning|stay current|stay up to date|self taught|picked up a new skill|new skill|how do you learn|learn best|keep up to date|up to date with|keep skills up to date|keep your skills|up to date|up to speed|learn something quickly|learned recently|" +
				"continuous learning|professional development|last book|training have you done|new technology|" +
				"learn new|learning curve|keep up with",
		},
		{
			key: "change", label: "Change and ambiguity",
			names: "ambiguity|adaptability|change",
			words: "uncertainty:2 direction:1 takeover:2 merger:2 restructured:2 ambiguity ambiguous adapt adapting adaptable adaptability reorganisation reorganization restructure " +
				"restructuring uncertainty:2 uncertain:2 pivot:2 change:1 changes:1 unclear:2 shifted:2 goalposts:3",
			phrases: "without clear instructions|clear instructions|things change|change suddenly|plans change|little direction|no direction|taken over|with uncertainty|comfortable with uncertainty|change at the last minute|new process|changes at work|change at work|comfort zone|new way of working|plans changed|things changed|change of plan|dealing with ambiguity|handle ambiguity|constant change|handle change|deal with change|deal with changes|changing priorities|changing requirements|" +
				"unclear requirements|shifting priorities|priorities shifted|moving goalposts|goalposts keep moving|" +
				"new system|lived through|cope with change",
		},
		{
			key: "career_change", label: "Changing career",
			names: "career change|career changer|switching careers|retraining",
			words: "army:1 military:2 forces:1 retrain retraining transferable switch:1 switching:1",
			phrases: "from finance into|old career|previous career|move from|into teaching|switching from|switch from|new career|background in the|prepared you for this new|from retail|into recruitment|leaving the army|career switch|change of direction|background is in|coming from a different|switch careers|switch career|new career|second career|why this career|from a different|change careers|changing careers|career change|career changer|change of career|previous field|" +
				"transferable skills|from teaching into|into software|leave nursing|desk job|move from|moving from|" +
				"new field|different field|different industry|why retrain",
		},
		{
			key: "experience_level", label: "Experience and seniority",
			names:   "overqualified|underqualified|experience level|seniority",
			words:   "overqualified underqualified qualified:2 seniority:2 junior:1 senior:1",
			phrases: "too experienced|lack experience|dont have experience|no experience in|without experience|enough experience|get bored|be bored|overqualified for|not enough experience|lack of experience|years of experience|too senior|too junior|step down",
		},
		{
			key: "values", label: "Values and culture fit",
			names: "culture|culture fit|values",
			words: "culture cultural values:2",
			phrases: "culture fit|ideal work environment|work environment|company culture|core values|ideal manager|" +
				"management style|working style|work style",
		},
		{
			key: "brain_teasers", label: "Brain teasers and estimates",
			names: "brain teaser|brainteaser|estimation|puzzle|guesstimate|market sizing",
			words: "fermi:3 weigh:1 manhole:3 puzzle riddle brainteaser guesstimate manhole estimate:2 golf:2 piano:2 tuners:2 windows:1 " +
				"ping:1 pong:1",
			phrases: "how many|estimate the number|weigh a plane|manhole covers|rough estimate|back of envelope|brain teaser|golf balls|piano tuners|how many golf|how many windows|fit in a bus|fit in a plane|" +
				"estimate how many|how many are there|market sizing|sold each day|sold every day",
		},
	}
}
