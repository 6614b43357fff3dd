package demo

// The parts that invented company names are built from. The roots are
// unusual on purpose, so that compositions do not land on a well-known brand.
var (
	nameRoots = []string{
		"Brindle", "Quarry", "Tallow", "Fennick", "Oster", "Marrow", "Quillon", "Tarrow",
		"Velden", "Ospry", "Caddis", "Loam", "Hollin", "Brackett", "Wrenly", "Sorrel",
		"Thistle", "Gantry", "Kestle", "Mirel", "Pallas", "Corvid", "Ember", "Lindell",
		"Nettle", "Pebblin", "Rookery", "Saltmarsh", "Tamsin", "Umber", "Vantle", "Wickham",
		"Yarrow", "Zephyrine", "Alder", "Bramble", "Cobalt", "Drumlin", "Esker", "Fathom",
		"Gossam", "Heron", "Ivel", "Juniper", "Kelpie", "Larch", "Moraine", "Nimbus",
		"Orrin", "Plover", "Quince", "Rivet", "Sable", "Tansy", "Ulmen", "Verdant",
		"Willet", "Auklet", "Basalt", "Cinder", "Dapple", "Fjell", "Grisel", "Harrow",
		"Inkle", "Jessamy", "Krill", "Lumen", "Mistral", "Nook", "Ochre", "Pewter",
	}
	nameEndings = []string{
		"wick", "stone", "field", "ford", "mere", "gate", "works", "ly",
		"loop", "wright", "craft", "bridge", "hollow", "vale", "stack", "point",
		"shore", "forge", "ridge", "haven", "line", "mark", "wood", "well",
		"moor", "path", "yard", "fold", "spire", "row", "dale", "cote",
	}
	sectorWords = []string{
		"Health", "Analytics", "Labs", "Logistics", "Energy", "Insurance", "Learning",
		"Robotics", "Foods", "Mobility", "Software", "Systems", "Bank", "Studio",
		"Games", "Media", "Biotech", "Payments", "Security", "Cloud", "Retail",
		"Travel", "Homes", "Freight", "Climate", "Data", "Care", "Works",
	}
	nameAdjectives = []string{
		"Quiet", "Copper", "Patient", "Northbound", "Second", "Bright", "Hidden",
		"Little", "Steady", "Wandering", "Amber", "Twelfth", "Salt", "Open",
		"Crooked", "Velvet", "Slow", "Paper", "Lucky", "Humble", "Silver", "Plain",
	}
	nameNouns = []string{
		"Lantern", "Kettle", "Orchard", "Compass", "Anchor", "Harbour", "Meadow",
		"Otter", "Wren", "Lighthouse", "Thimble", "Ledger", "Windmill", "Acorn",
		"Pylon", "Signal", "Canopy", "Ferry", "Badger", "Atlas", "Pigeon", "Tortoise",
	}
	legalSuffixes = []string{"", "", "", "", " Ltd", " Group", " & Co", " Partners", " Collective", " Inc"}
)

// companyKind is the sort of organisation, which shapes its process, its
// people and the tags a candidate gives its interviews.
type companyKind int

// The kinds of organisation, with how common each is among demo companies.
const (
	kindStartup companyKind = iota
	kindScaleup
	kindEnterprise
	kindAgency
	kindPublic
	kindNonprofit
)

// kindWeights says how often each kind of organisation appears.
var kindWeights = []float64{kindStartup: 0.26, kindScaleup: 0.24, kindEnterprise: 0.26, kindAgency: 0.1, kindPublic: 0.08, kindNonprofit: 0.06}

// sectorTag is the tag a candidate might give an interview for the
// company's line of work, from the sector word of its name, or "".
func sectorTag(sector string) string {
	switch sector {
	case "Health", "Care":
		return "healthtech"
	case "Bank", "Payments":
		return "fintech"
	case "Insurance":
		return "insurtech"
	case "Climate", "Energy":
		return "climate"
	case "Learning":
		return "edtech"
	case "Games":
		return "gaming"
	case "Biotech":
		return "biotech"
	case "Retail":
		return "retail"
	case "Freight", "Logistics", "Mobility":
		return "logistics"
	}
	return ""
}

// agencyNames are recruitment agencies that sometimes run a process for a
// company, so the recruiter's contact is at a different domain.
var agencyNames = []string{
	"Hollin Search", "Tarrow Talent", "Brackett Recruitment", "Plover People",
	"Wrenly Talent Partners", "Kestle Hiring", "Larch & Ivel Search", "Sable Talent",
}
