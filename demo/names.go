package demo

// Given names and family names from many places, combined at random, so the
// people in a demo journal are invented rather than anyone in particular.
// They are plain ASCII so handles and email addresses can be made from them.
var (
	givenNames = []string{
		"Maya", "Tomas", "Aisha", "Jonah", "Priya", "Lucas", "Ingrid", "Kwame",
		"Sofia", "Mateo", "Hana", "Oliver", "Leila", "Ravi", "Greta", "Samuel",
		"Amara", "Felix", "Yuki", "Daniel", "Zara", "Emil", "Nadia", "Kofi",
		"Clara", "Arjun", "Elena", "Tobias", "Fatima", "Hugo", "Mei", "Isaac",
		"Freya", "Omar", "Lina", "Jakob", "Chiara", "Diego", "Ana", "Ruben",
		"Noor", "Marcus", "Ines", "Kai", "Beatriz", "Anton", "Sakura", "Elliot",
		"Imani", "Viktor", "Rosa", "Tariq", "Harriet", "Joaquin", "Ada", "Bram",
		"Lucia", "Idris", "Mila", "Stefan", "Olga", "Theo", "Yara", "Caleb",
		"Esme", "Nikhil", "Astrid", "Malik", "Wen", "Pablo", "Signe", "Kenji",
		"Talia", "Rowan", "Min-jun", "Selin", "Ezra", "Dalia", "Oskar", "Farah",
		"Jude", "Ayumi", "Nico", "Sanna", "Bilal", "Helena", "Gabriel", "Chioma",
		"Aurelio", "Leah", "Henrik", "Rania", "Milo", "Lotte", "Kiran", "Carmen",
	}
	surnames = []string{
		"Okafor", "Lindqvist", "Moreau", "Tanaka", "Castillo", "Novak", "Haddad",
		"Fischer", "Mensah", "Kowalski", "Ferreira", "Nakamura", "Osei", "Bergstrom",
		"Rossi", "Chandra", "Petrov", "Adeyemi", "Larsen", "Duarte", "Schmidt",
		"Karimi", "Oduya", "Vasquez", "Holm", "Brennan", "Sato", "Abara", "Leclerc",
		"Janssen", "Ibrahim", "Kaur", "Murphy", "Yilmaz", "Dvorak", "Achterberg",
		"Mbeki", "Quintero", "Ruiz", "Sorensen", "Whitfield", "Zhou", "Banerjee",
		"Fontaine", "Gallagher", "Horvat", "Iwu", "Jovanovic", "Kiplagat", "Lombardi",
		"Moretti", "Nwosu", "Oyelaran", "Pereira", "Rahman", "Salo", "Takahashi",
		"Ueda", "Varga", "Wojcik", "Xu", "Yamamoto", "Zielinski", "Amato", "Bianchi",
		"Costa", "Dimitrov", "Eriksen", "Farouk", "Grant", "Hale", "Ivanova", "Jensen",
		"Keller", "Lund", "Mwangi", "Nilsen", "Okoro", "Park", "Reyes", "Silva",
		"Torres", "Vogel", "Walsh", "Yeo", "Aziz", "Byrne", "Cohen", "Delgado",
		"Engel", "Falk", "Gupta", "Hughes", "Ishikawa", "Kim", "Lopez", "Marsh",
	}
)

// Titles of the people who run the hiring side of a process. Every one of
// them reads as a recruiter to journal.Person.IsRecruiter.
var (
	recruiterTitles = []string{
		"Talent partner", "Technical recruiter", "Senior recruiter", "Recruiter",
		"Talent acquisition specialist", "Talent acquisition lead", "People partner",
		"Recruitment coordinator", "HR business partner", "Senior talent partner",
	}
	agencyTitles = []string{"Recruitment consultant", "Agency recruiter", "Senior talent consultant"}
	// founderTitles replace senior leaders at startups.
	founderTitles = []string{"CEO and co-founder", "Co-founder", "CTO and co-founder", "Founder"}
	leaderTitles  = []string{"Chief operating officer", "VP of operations", "Managing director", "Chief technology officer", "Director", "General manager"}
)
