package demo

// trackID names a career track: a family of roles a person moves within.
type trackID int

// The career tracks of demo job seekers.
const (
	trackEngineering trackID = iota
	trackData
	trackDesign
	trackProduct
	trackManagement
	numTracks
)

// maxLevel is the most senior rung of a role ladder.
const maxLevel = 3

// ladder is one role at each seniority, from junior to the most senior.
type ladder [maxLevel + 1]string

// track describes a career track: its roles, the tracks people commonly move
// to from it, and whether its interviews include coding and system design.
type track struct {
	roles     []ladder
	neighbors []trackID
	technical bool
	// managers, colleagues and partners are the titles of the people met in
	// its interviews: who hires, who does the same job, who works alongside.
	managers   []string
	colleagues []string
	partners   []string
}

// tracks is indexed by trackID.
var tracks = [numTracks]track{
	trackEngineering: {
		roles: []ladder{
			{"Junior backend engineer", "Backend engineer", "Senior backend engineer", "Staff backend engineer"},
			{"Junior frontend engineer", "Frontend engineer", "Senior frontend engineer", "Staff frontend engineer"},
			{"Junior full-stack developer", "Full-stack developer", "Senior full-stack developer", "Lead full-stack developer"},
			{"Junior platform engineer", "Platform engineer", "Senior platform engineer", "Principal platform engineer"},
			{"Junior mobile developer", "Mobile developer", "Senior mobile developer", "Lead mobile developer"},
			{"Associate site reliability engineer", "Site reliability engineer", "Senior site reliability engineer", "Staff site reliability engineer"},
			{"Junior test automation engineer", "Test automation engineer", "Senior test automation engineer", "Lead quality engineer"},
		},
		neighbors:  []trackID{trackManagement, trackData},
		technical:  true,
		managers:   []string{"Engineering manager", "Head of engineering", "Tech lead", "Director of engineering", "Platform lead"},
		colleagues: []string{"Senior backend engineer", "Staff engineer", "Frontend engineer", "Site reliability engineer", "Principal engineer", "Senior software engineer", "Mobile lead"},
		partners:   []string{"Product manager", "Product designer", "QA lead", "Engineering director"},
	},
	trackData: {
		roles: []ladder{
			{"Junior data analyst", "Data analyst", "Senior data analyst", "Lead data analyst"},
			{"Junior data scientist", "Data scientist", "Senior data scientist", "Principal data scientist"},
			{"Junior analytics engineer", "Analytics engineer", "Senior analytics engineer", "Staff analytics engineer"},
			{"Junior machine learning engineer", "Machine learning engineer", "Senior machine learning engineer", "Staff machine learning engineer"},
			{"Junior data engineer", "Data engineer", "Senior data engineer", "Lead data engineer"},
			{"Junior BI analyst", "BI analyst", "Senior BI analyst", "BI lead"},
		},
		neighbors:  []trackID{trackEngineering, trackProduct},
		technical:  true,
		managers:   []string{"Head of data", "Analytics manager", "Data science lead", "Director of analytics", "Insights manager"},
		colleagues: []string{"Senior data scientist", "Data engineer", "Analytics engineer", "Staff data scientist", "BI developer", "ML engineer"},
		partners:   []string{"Product manager", "Marketing lead", "Finance business partner", "Backend engineer"},
	},
	trackDesign: {
		roles: []ladder{
			{"Junior product designer", "Product designer", "Senior product designer", "Lead product designer"},
			{"Junior UX researcher", "UX researcher", "Senior UX researcher", "Lead UX researcher"},
			{"Junior interaction designer", "Interaction designer", "Senior interaction designer", "Principal interaction designer"},
			{"Junior content designer", "Content designer", "Senior content designer", "Lead content designer"},
			{"Junior service designer", "Service designer", "Senior service designer", "Lead service designer"},
		},
		neighbors:  []trackID{trackProduct},
		managers:   []string{"Design manager", "Head of design", "Design lead", "Director of design", "Research lead"},
		colleagues: []string{"Senior product designer", "UX researcher", "Content designer", "Design systems lead", "Visual designer"},
		partners:   []string{"Product manager", "Frontend engineer", "Engineering manager", "Customer insights lead"},
	},
	trackProduct: {
		roles: []ladder{
			{"Associate product manager", "Product manager", "Senior product manager", "Group product manager"},
			{"Junior product owner", "Product owner", "Senior product owner", "Lead product owner"},
			{"Associate technical product manager", "Technical product manager", "Senior technical product manager", "Principal product manager"},
			{"Junior product analyst", "Product analyst", "Senior product analyst", "Product operations lead"},
		},
		neighbors:  []trackID{trackDesign, trackManagement, trackData},
		managers:   []string{"Head of product", "Group product manager", "Director of product", "VP of product", "Chief product officer"},
		colleagues: []string{"Senior product manager", "Product owner", "Product lead", "Product operations manager"},
		partners:   []string{"Engineering lead", "Product designer", "Data analyst", "Customer success lead", "Sales director"},
	},
	trackManagement: {
		roles: []ladder{
			{"Team lead", "Engineering manager", "Senior engineering manager", "Director of engineering"},
			{"Tech lead", "Tech lead manager", "Head of engineering", "VP of engineering"},
			{"Data team lead", "Data science manager", "Head of data", "Director of data"},
			{"Delivery lead", "Delivery manager", "Head of delivery", "Director of delivery"},
		},
		neighbors:  []trackID{trackEngineering, trackProduct},
		technical:  false,
		managers:   []string{"VP of engineering", "CTO", "Director of engineering", "Chief operating officer", "Head of engineering"},
		colleagues: []string{"Engineering manager", "Staff engineer", "Principal engineer", "Senior engineering manager"},
		partners:   []string{"Director of product", "Head of people", "Product manager", "Head of design"},
	},
}
