package insight

// fieldTopics returns the questions of particular trades and fields:
// software, data, health care, teaching, sales, law, finance, kitchens and
// sites. They come before the common topics, so the words of an exercise
// ("query", "table") outweigh an everyday word it happens to use
// ("salary").
func fieldTopics() []topicDef {
	return []topicDef{
		{
			key: "sql", label: "SQL and databases",
			names: "sql|databases|database|queries|postgres|mysql",
			words: "truncate delete:1 composite:2 acid deadlock subquery subqueries cte orm null:1 union:1 sql query queries join joins index indexes indexing normalisation normalization normalise " +
				"normalize denormalise denormalize postgres postgresql mysql sqlite oracle transaction:2 transactions:2 " +
				"isolation rows:2 row:2 table:2 tables:2 column:2 columns:2 select:2 schema:2 database:2 " +
				"databases:2 key:1 keys:1 duplicate:1 duplicates:1 aggregate:2 aggregates:2 rank:1 count:1 " +
				"stored:1 procedure:2 procedures:2 view:1 views:1 nosql:-3",
			phrases: "union all|union and union all|delete and truncate|composite index|latest order|for each customer|left outer|right join|full join|self join|common table expression|n plus 1|sql injection|write a query|query that returns|query to find|explain plan|group by|inner join|left join|outer join|primary key|foreign key|window function|window functions|" +
				"slow query|second highest|top three earners|per department|each department|orders table|" +
				"employees table|isolation level|isolation levels|stored procedure|query plan",
		},
		{
			key: "coding", label: "Coding and algorithms",
			names: "coding|algorithms|leetcode|data structures|live coding",
			words: "alphabetically:2 kth nodes:2 node:1 flatten:2 nested:1 path:1 fizzbuzz loop:1 loops:1 optimise:1 optimize:1 iterate:1 iterative:2 recursively:2 bits:1 bitwise:2 algorithm algorithms leetcode recursion recursive hashmap whiteboard palindrome substring anagram " +
				"fibonacci quicksort mergesort heap stack queue complexity:2 hash:2 sorting:2 sorted:2 sort:2 code:2 " +
				"coding:2 debug:2 debugging:2 binary:2 pointer:2 pointers:2 tree:2 trees:2 graph:2 cycle:1 " +
				"linked:2 array:2 arrays:2 integers:2 integer:1 string:1 strings:1 implement:1 function:1 " +
				"characters:1 program:1 programming:1 lru:3 bfs:3 dfs:3 matrix:2 traverse:2 merge:1",
			phrases: "sort a list|list of names|kth largest|shortest path|stack and a queue|nested list|two strings|write code|write a program|coding exercise|coding test|coding question|technical test|whiteboard exercise|big-o|in place|time and space|data structure|data structures|big o|time complexity|space complexity|linked list|binary search|" +
				"binary tree|dynamic programming|write a function|reverse a string|live coding|coding challenge|" +
				"breadth first|depth first|hash map|hash table|two sum|add up to target|under the hood",
		},
		{
			key: "system_design", label: "System design",
			names: "system design|architecture",
			words: "dropbox:3 autocomplete:3 sharing:1 booking:1 photo:1 bottleneck:2 bottlenecks:2 consistency:2 cap:1 eventual:1 idempotent:2 api:1 apis:1 partition:1 partitioning:2 twitter:2 instagram:2 uber:2 youtube:2 netflix:2 whatsapp:2 architecture scalability scalable throughput latency sharding shard microservices microservice " +
				"monolith sketch:1 architect:2 scale:2 scaling:2 distributed:2 cache:2 caching:2 design:1 system:1 " +
				"systems:1 backend:2 load:1 replicate:2 replication:2 regions:2 availability:1 nosql:3 feed:2 " +
				"notification:2 notifications:2 traffic:2 storage:2 shortener:3 limiter:3 cdn:3 queue:1",
			phrases: "file sharing|goes down|services goes down|service goes down|search autocomplete|like dropbox|spike in traffic|became the bottleneck|database bottleneck|booking system|photo storage|design a booking|design instagram|cap theorem|eventual consistency|design twitter|design instagram|design uber|design youtube|design a chat|design a cache|design a system|design a service|handle scale|at scale|single point of failure|read heavy|write heavy|system design|design a system|million users|millions of users|scale a service|scale the system|" +
				"load balancer|high level design|rate limiter|message queue|api design|design an api|data model|" +
				"url shortener|back of the envelope|highly available|high availability|design the backend|" +
				"chat service|news feed|ten times traffic|sql and nosql|shard database",
		},
		{
			key: "frontend", label: "Frontend and the web",
			names: "frontend|front end|react|css|web|browser",
			words: "offline:2 css:3 specificity semantic cors cookies:2 localstorage:3 typescript:2 vite:3 nextjs:3 ssr:3 hydration:3 dom:3 css html dom react angular vue browser browsers flexbox grid:1 accessibility " +
				"accessible:2 aria frontend webpack jsx hooks:2 component:2 components:2 render:2 rendering:2 " +
				"layout:2 page:1 web:2 url:1 spa:2 redux:3 bubbling:2 mobile:1 screen:1",
			phrases: "web app|work offline|organise css|organize css|large project|semantic html|local storage|browser renders|rendering performance|critical rendering path|server side rendering|css specificity|react component|vue component|web vitals|cross browser|box model|virtual dom|single page app|single page application|screen reader|load time|responsive design|responsive layout|" +
				"type a url|state management|manage state|react hooks|event bubbling|web page|core web vitals",
		},
		{
			key: "async_js", label: "Promises and async code",
			names: "async|promises|javascript async|event loop",
			words: "fetch:2 cancel:1 parallel:2 closure:1 closures:1 concurrency:1 nodejs:2 node:1 promise promises async await asynchronous callback callbacks settimeout microtask microtasks " +
				"javascript:1 js:1 reject:1 rejects:2 resolve:1 concurrency:2",
			phrases: "cancel a fetch|fetch request|abort controller|in parallel|wait for all|api calls in parallel|around a callback|then and catch|try catch|await in a loop|promise chain|promise chaining|async iteration|run in parallel|settimeout zero|event loop|promise all|callback hell|async await|async function|async code|" +
				"order will these|setTimeout and promise",
		},
		{
			key: "testing", label: "Testing code",
			names: "testing|tests|tdd|qa",
			words: "mock:3 legacy:1 e2e:3 pyramid:2 bug:1 bugs:1 assurance:2 cypress:3 selenium:3 jest:3 pytest:3 junit:3 testable:3 tdd flaky unit:2 integration:2 mock:2 mocks:2 mocking:2 coverage:2 qa:2 tests:2 test:1 " +
				"testing:1 regression:1",
			phrases: "what do you mock|tests for legacy|test something|depends on the current time|how do you test|test coverage|test pyramid|quality assurance|bug report|test case|test cases|test plan|test strategy|manual testing|automated tests|automated testing|regression testing|write tests|unit test|unit tests|integration test|integration tests|test driven|what to test|" +
				"test code|how would you test|end to end test|test a login",
		},
		{
			key: "devops", label: "Git, deployment and operations",
			names: "git|devops|ci|deployment|docker|kubernetes",
			words: "pushed:1 secrets:2 secret:1 jenkins observability logging:1 postmortem sre:3 ansible:3 helm:3 aws:2 azure:2 gcp:2 cloud:1 git rebase docker container containers kubernetes terraform ci cd pipeline:2 deploy:2 " +
				"deployment:2 deployments:2 rollback:2 infrastructure:2 incident:2 outage:2 monitoring:2 " +
				"branch:2 branches:2 commit:1 merge:1 production:1",
			phrases: "undo a commit|already been pushed|deployment process|secrets in your pipeline|release process|github actions|blue green|canary release|feature flag|post mortem|version control|pull request|code review:2|on call rotation|zero downtime|deploy to production|merge conflict|roll back|infrastructure as code|ci cd|continuous integration|continuous delivery|" +
				"bad deployment|on call incident",
		},
		{
			key: "statistics", label: "Statistics and experiments",
			names: "statistics|stats|a/b testing|experiments",
			words: "sampling:2 bootstrap:2 chi:2 anova:3 dice:2 coin:2 percentile:2 skewed:2 skew:2 normal:1 statistics statistical significance significant hypothesis variance deviation distribution " +
				"median mean:1 regression:1 correlation causation bayes bayesian probability power:1 sample:2 " +
				"outliers:2 outlier:2 experiment:2 experiments:2 conversion:1 theorem:1",
			phrases: "t test|chi square|normal distribution|sampling bias|selection bias|multiple testing|statistically significant|probability of|toss a coin|roll a dice|margin of error|p value|confidence interval|a b test|ab test|central limit|standard deviation|type i|type ii|" +
				"null hypothesis|statistical power|sample size|is significant|correlation and causation",
		},
		{
			key: "machine_learning", label: "Machine learning",
			names: "machine learning|ml|models|data science",
			words: "predict:2 prediction:2 hyperparameter hyperparameters xgboost transformer transformers supervised unsupervised roc auc:2 crossvalidation kmeans:3 tree:1 trees:1 llm:3 llms:3 nlp:3 labels:1 labelled:1 overfitting overfit underfitting regularisation regularization gradient classifier classification " +
				"neural forest:2 boosting bias:1 features:1 feature:1 model:2 models:2 training:1 precision:1 recall:1 " +
				"imbalanced:2 logistic:2 embeddings:3 clustering:2 ml:3",
			phrases: "build a model|predict customer|decision tree|decision trees|choose between two models|compare models|which model|your model|cross validation|train test split|deep learning|feature importance|confusion matrix|k means|decision tree|decision trees|data leakage|model drift|production model|deploy a model|train a model|f1 score|machine learning|bias variance|random forest|gradient descent|neural network|logistic regression|" +
				"precision and recall|imbalanced dataset|feature engineering|pick features|evaluate a model|" +
				"evaluate a classification",
		},
		{
			key: "analytics_case", label: "Analytics case questions",
			names: "analytics|metrics|data case|product sense",
			words: "campaign:2 marketing:1 findings:2 signups:2 sign:1 dip:2 spike:2 insight:1 insights:1 segment:2 segmentation:2 engagement:2 attribution:2 metric metrics kpi kpis dashboard dashboards churn retention:2 forecast:2 forecasting:2 " +
				"spreadsheet:2 dropped:1 drop:1 users:1 investigate:1 funnel:2 cohort:2 active:1",
			phrases: "campaign worked|marketing campaign|revenue fell|fell unexpectedly|look at first|sign ups fell|signups fell|find out why|no data background|your findings|judge a new|checkout flow|conversion fell|north star|root cause|drop in|fall in|sudden drop|sudden spike|key metrics|what metrics|which metrics|measure success|how would you measure|define success|business question|data to a stakeholder|present data|tell a story with data|active users|measure the success|success of a feature|new feature|non technical|" +
				"how would you investigate|went up but|profit went down|messy data|messy spreadsheet|" +
				"subscription business|track for",
		},
		{
			key: "clinical", label: "Clinical scenarios",
			names: "clinical|clinical scenario|patient care|nursing",
			words: "outreach:3 breathless:3 stroke anaphylaxis palliative dementia catheter sbar mrsa infection:2 hygiene:1 resus:3 arrest:1 breathless:2 unresponsive:3 bleeding:2 seizure:3 fever:2 temperature:1 patient:1 patients:1 deteriorating deterioration sepsis saturation saturations oxygen hypotensive " +
				"tachycardic bradycardic abcde news2 obs observations:2 ulcer ulcers wound wounds cardiac " +
				"resuscitation chest:1 pain:1 post:1 op:1 diabetic:2 hypo:3 hypoglycaemia confused:1 " +
				"collapsed:2 floor:1 fall:1 falls:1 escalate:1 doctor:2 ward:2 vital:2 clinical:2 triage:3 " +
				"airway:3 breathing:1 assessment:1 bed:1 sweaty:2 discharge:2 handover:2",
			phrases: "blood pressure|outreach team|across eight patients|care across|your patient|patient s blood|suddenly becomes|cardiac arrest|end of life|care plan|patient safety|infection control|hand hygiene|pressure area|pressure areas|confused patient|unwell patient|acutely unwell|breathing difficulties|patient who|your patient|on your ward|on the ward|a patient|early warning score|deteriorating patient|pressure ulcer|pressure ulcers|chest pain|post op|" +
				"oxygen saturation|vital signs|on the floor|next step|abcde assessment|news score|concerns about a patient",
		},
		{
			key: "medication", label: "Medicines and drug errors",
			names: "medication|medicines|drugs|drug errors",
			words: "relief:2 analgesia:3 morphine:3 pharmacology penicillin prn adverse:2 reaction:1 covert:2 crushing:2 crush:2 mar:2 anticoagulant:3 antibiotics:2 medication medications medicine medicines drug drugs dose doses dosage prescription prescribed " +
				"insulin controlled tablets tablet infusion iv administration administer:2 pharmacy:2 " +
				"refuses:1 syringe:2 opioid:3 overdose:3",
			phrases: "pain relief|couldnt read a prescription|read a prescription|giving a medicine|before giving|given the wrong|drug calculation|drug calculations|side effects|adverse reaction|mar chart|covert medication|wrong dose|wrong patient|missed dose|controlled drugs|drug error|medication error|controlled drug|rights of medication|drug round|" +
				"refuses their tablets|iv infusion",
		},
		{
			key: "safeguarding", label: "Safeguarding",
			names: "safeguarding|child protection|vulnerable adults",
			words: "exploited:3 elderly:1 radicalisation fgm allegation allegations prevent:1 risk:1 concern:1 concerns:1 safeguarding safeguard neglect abuse abused vulnerable bruises bruising disclosure disclose " +
				"disclosed grooming exploitation secret:2 dsl:3 welfare:2 worrying:1 harm:2 unexplained:2",
			phrases: "being harmed|child is being|suspect a child|responsibilities if you suspect|responsible for safeguarding|being exploited|concern about a child|child at risk|adult at risk|prevent duty|safeguarding concern|duty to report|child protection|disclose abuse|looked after|keeping children safe|child protection|vulnerable adult|keep it secret|domestic abuse|designated safeguarding lead|" +
				"safe online|children safe|keep children safe|signs of neglect|report a concern|tells you something worrying",
		},
		{
			key: "classroom", label: "Behaviour in the classroom",
			names: "behaviour management|classroom management|behavior management",
			words: "expectations:1 fight:2 talks:1 seating:2 restorative:2 disengaged:2 phones:1 exclusion:2 exclusions:2 disruption disruptive behaviour behavior sanctions sanction rewards rowdy misbehaving " +
				"detention pupil:2 pupils:2 class:2 classroom:2 students:1 student:1 teenagers:2 swearing:2 " +
				"instructions:1 routines:2 task:1 settle:2 refuses:1",
			phrases: "set expectations|new class|expectations with a new class|fight breaks out|talks over you|behaviour management|behaviour policy|challenging behaviour|challenging behavior|disengaged pupil|disruptive student|disruptive pupil|seating plan|phones in class|class control|calm classroom|pupils who|student who|learning environment|behaviour management|behavior management|classroom management|low level disruption|" +
				"rewards and sanctions|keep class on task|on task|manage behaviour|settle a class|rowdy class|" +
				"follow instructions|start of the year",
		},
		{
			key: "teaching", label: "Teaching and lesson planning",
			names: "teaching|pedagogy|lesson planning|differentiation",
			words: "dyslexia:3 boring:1 eal plenary starter:1 retrieval:2 literacy:2 numeracy:2 questioning:2 engage:1 progress:1 observation:1 scheme:1 gcse:2 differentiate differentiation differentiated pedagogy curriculum lesson lessons sen send " +
				"scaffold scaffolding marking stretch:2 abilities:2 ability:1 assessment:1 pupils:1 pupil:1 " +
				"year:1 unit:1 teach:2 teaching:2 understanding:1 learners:2 fractions:2 phonics:3 plan:1",
			phrases: "pupils have learned|know pupils have|different needs|pupils with different needs|every child makes progress|makes progress|teach a topic|find boring|for a pupil with|lesson observation|scheme of work|retrieval practice|engage learners|engage pupils|pupil progress|feedback to pupils|teaching style|teaching philosophy|how do you teach|lesson you taught|a good lesson|great lesson|mixed abilities|mixed ability|outstanding lesson|check for understanding|special educational needs|" +
				"most able|marking and feedback|unit of work|plan a lesson|lesson plan|assessment for learning",
		},
		{
			key: "sales_pitch", label: "Sell it to me",
			names: "sales roleplay|role play|pitch|objection handling|cold call",
			words: "provider:1 switch:1 rebuttal gatekeeper buy:1 buyer:1 persuade:1 convince:1 sell pitch objection objections prospect close:2 closing:2 roleplay cold:1 pen:2 stapler:2 " +
				"interested:1 supplier:1 price:1 expensive:2",
			phrases: "think about it|need to think|let me think about it|glass of water|budget s been cut|budget has been cut|persuade me|switch from my current provider|current provider|close the sale|discovery call|convince me to buy|sell to me|sell something|pitch me|pitch our|overcome objections|handle objections|prospect says|customer says no|sell this|sell me|sell me this|pitch to me|cold call|cold call me|price is too high|too expensive|" +
				"already have a supplier|not interested|close me|role play|objection handling|handle the objection|" +
				"busy cfo",
		},
		{
			key: "sales_numbers", label: "Sales targets and pipeline",
			names: "quota|sales targets|pipeline|sales performance",
			words: "account:1 won:1 percentage:1 attainment upsell upselling salesforce:3 cycle:1 logos:2 acv:3 arr:2 mrr:2 prospects:1 outbound:2 inbound:1 quota quotas pipeline leads prospecting deal:2 deals:2 targets:2 target:1 revenue:2 " +
				"conversion:1 forecast:1 rank:1 ranked:2 numbers:1 close:1 territory:2 accounts:1 crm:3",
			phrases: "biggest account|account you ve won|accounts won|revenue did you bring|bring in last year|percentage of your target|of your target|fill your pipeline|pipeline runs dry|sales cycle|new logos|account management|lead generation|hit target|hit targets|above target|below target|percent of target|sales record|track record in sales|cold calling|number of calls|hit your target|hit it|hit your quota|deal size|biggest deal|new business|generate leads|new leads|" +
				"sales team|demo to close|against the rest|your numbers|win rate|book of business",
		},
		{
			key: "law", label: "Legal knowledge",
			names: "law|legal|contract law|litigation",
			words: "criminal:2 civil:2 limitation:2 binding:2 gdpr:2 conveyancing tribunal lease:2 drafting:2 jurisdiction:3 arbitration:3 injunction:3 ip:1 trademark:3 copyright:2 contract contracts negligence litigation privilege clause clauses tort statute legislation " +
				"warranty breach consideration:2 diligence court:2 case:1 claimant defendant liability " +
				"enforceable:2 legal:2 law:2 lawyer:1 solicitor:2 barrister:3 precedent:3 judgment:2 client:1",
			phrases: "point of law|research a point|civil and criminal|limitation period|contract binding|case law|employment law|intellectual property|legal research|draft a contract|legal issue|legal advice|contract dispute|terms and conditions|data protection|due diligence|contract law|breach of contract|civil litigation|legal privilege|non compete|" +
				"condition and a warranty|duty of care|recent case|elements of negligence",
		},
		{
			key: "finance", label: "Finance and accounting",
			names: "finance|accounting|valuation|financial modelling",
			words: "financing:2 npv irr gaap pnl debits credits bookkeeping payroll:2 budgeting:1 forecast:1 margins:2 margin:1 tax:2 equity:1 debt:2 ebitda depreciation amortisation amortization accruals accrual prepayments valuation dcf " +
				"reconcile reconciliation ledger balance:2 sheet:1 statements:2 cash:1 flow:1 working:1 capital:2 " +
				"inventory:2 financial:2 accounting:2 audit:2 vat:2 revenue:1 profit:1 discounted:2 wacc:3 " +
				"multiples:2 ifrs:3 journal:1",
			phrases: "cash and profit|variance in the budget|budget variance|free cash flow|debt and equity|three statements|goes up by|month end|year end|variance analysis|debits and credits|net present value|internal rate of return|accounts payable|accounts receivable|profit margin|financial model|three statement|three financial statements|financial statements|cash flow|balance sheet|working capital|" +
				"value a company|discounted cash flow|income statement|bank account|bank reconciliation|" +
				"profit and loss|enterprise value",
		},
		{
			key: "food_safety", label: "Food safety and allergens",
			names: "food safety|allergens|food hygiene|haccp",
			words: "coeliac:3 celiac:3 dish:1 degrees:1 walk:1 probe:2 chef:1 chefs:1 dairy:1 shellfish:2 undercooked:3 reheating:3 defrost:3 allergen allergens allergy allergies haccp contamination hygiene fridge freezer raw cooked " +
				"temperature:1 kitchen:2 food:2 nut:2 nuts:2 gluten:2 meat:1 chilled:2",
			phrases: "safe for someone with|walk in fridge|reading ten degrees|use by|best before|food poisoning|allergen information|cooking temperature|core temperature|clean as you go|stock rotation in the kitchen|serving food|food safety|food hygiene|cross contamination|nut allergy|raw meat|fourteen allergens|14 allergens",
		},
		{
			key: "health_safety", label: "Health and safety",
			names: "health and safety|safety|ppe|risk assessment",
			words: "fire:2 evacuation firstaid toolbox:1 permit:1 ladder:2 ladders:2 scaffold:2 asbestos:3 electrocution:3 ppe harness hazard hazards hazardous coshh riddor scaffold:1 scaffolding:1 safety:2 " +
				"accident:2 injury:2 lift:1 lifting:2 height:2 unsafe:2 site:1 miss:1",
			phrases: "event of a fire|fire evacuation|fire drill|safety rule|ignoring a safety|make a site safe|site safe|safe before starting|fire safety|fire alarm|first aid|toolbox talk|method statement|permit to work|safe working|unsafe practice|safety culture|slips trips|stop work|health and safety|risk assessment|near miss|working at height|work at height|manual handling|" +
				"building site|safe system of work|lift something heavy|main hazards",
		},
		{
			key: "trades", label: "Trade skills",
			names: "trade|electrical|plumbing|heating|carpentry",
			words: "dead:2 installation:2 install:1 installing:1 mcb rcbo multimeter solder soldering plastering brickwork mortar eicr joists:2 isolate:1 isolation:1 regs:2 copper:2 thermostat:2 valve:2 valves:2 tap:1 drain:2 drainage:2 circuit circuits wiring wire cable cables voltage fuse breaker rcd tripping trip:1 boiler " +
				"boilers radiator radiators plumbing pipe pipes leak leaks gas:2 combi joinery carpentry " +
				"drawing:1 drawings:2 consumer:1 lighting:1 socket:2 sockets:2 earthing:3 bleed:2 fault:2",
			phrases: "circuit is dead|prove dead|test that a circuit|before working on it|leak behind|signing off an installation|sign off|behind a wall|ring main|ring final|insulation resistance|18th edition|fault finding|safe isolation|building regulations|first fix|second fix|pressure test|heating system|fault find|two way|technical drawing|consumer unit|cooker circuit|gas leak|system boiler",
		},
		{
			key: "project_management", label: "Running projects",
			names: "project management|agile|scrum|delivery",
			words: "slipping:2 slip:1 prince2 pmp dependencies:2 deliverables:2 timeline:1 roadmap:2 overrun:2 retrospective:2 standup:2 scrum agile kanban waterfall sprint sprints stakeholder:1 stakeholders:1 scope:2 milestones:2 " +
				"budget:1 plan:1 risks:1 track:1 raid:3 gantt:3 delivery:1",
			phrases: "plan a project|start to finish|project from start|project from slipping|keep changing requirements|changing requirements|stakeholders who keep|critical path|project plan|deliver on time|delivered on time|budget overrun|run a project|running a project|managed a project|project went|project you managed|stakeholder management|manage stakeholders|scope creep|project on track|over budget|project risks|project management|manage a project|" +
				"report progress|keep a project|ran over",
		},
		{
			key: "domain", label: "Industry and commercial awareness",
			names: "commercial awareness|industry|domain knowledge|market",
			words: "admire:1 inflation:2 brexit:2 markets:2 stocks:1 trend:1 outlook:2 macro:2 geopolitical:3 ai:1 industry competitor competitors commercial regulation:2 regulatory:2 compliance:2 domain:2 " +
				"market:2 sector:2 trends:1 news:2 threat:1 threats:1 challenges:1 economy:2 economic:2",
			phrases: "company in our sector|our sector|our market|driving change in|where is the industry going|future of the industry|state of the market|market conditions|recent news|in the news|changes in the industry|biggest challenge facing|facing the industry|pitch me a stock|stock pitch|domain knowledge|industry trends|market trends|market share|news story|commercial awareness|" +
				"interest rates|our industry|the sector|main competitors|biggest threat|facing right now",
		},
	}
}
