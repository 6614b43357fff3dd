// Package topiclabels names, for each label of the labelled question sets
// in insight/testdata, the key of the built-in curveball topic it stands
// for. The generator of the embedded examples and the tests that measure
// the grouping share it, so both read the sets the same way.
package topiclabels

// None is the label of a question that belongs to no recurring topic.
const None = "-"

// Key returns the built-in topic key of a label, and false for a label the
// taxonomy has no topic for (or None).
func Key(label string) (string, bool) {
	switch label {
	case "compensation":
		return "compensation", true
	case "other-offers":
		return "other_offers", true
	case "weakness":
		return "weaknesses", true
	case "strengths":
		return "strengths", true
	case "failure":
		return "failure", true
	case "conflict":
		return "conflict", true
	case "difficult-customer":
		return "difficult_customer", true
	case "teamwork":
		return "teamwork", true
	case "leadership":
		return "leadership", true
	case "managing-people":
		return "managing_people", true
	case "pressure":
		return "pressure", true
	case "prioritisation":
		return "prioritising", true
	case "career-goals":
		return "career_goals", true
	case "employment-gap":
		return "cv_gap", true
	case "questions-for-us":
		return "questions_for_them", true
	case "availability":
		return "logistics", true
	case "relocation":
		return "relocation", true
	case "achievement":
		return "achievements", true
	case "feedback-criticism":
		return "feedback", true
	case "ethics":
		return "ethics", true
	case "why-leaving":
		return "leaving", true
	case "why-company":
		return "why_company", true
	case "about-yourself":
		return "about_you", true
	case "why-hire-you":
		return "why_you", true
	case "motivation":
		return "motivation", true
	case "learning":
		return "learning", true
	case "adapting-change":
		return "change", true
	case "career-change":
		return "career_change", true
	case "estimation":
		return "brain_teasers", true
	case "technical-sql":
		return "sql", true
	case "algorithms":
		return "coding", true
	case "system-design":
		return "system_design", true
	case "frontend":
		return "frontend", true
	case "js-async":
		return "async_js", true
	case "testing":
		return "testing", true
	case "git-devops":
		return "devops", true
	case "statistics":
		return "statistics", true
	case "machine-learning":
		return "machine_learning", true
	case "data-case":
		return "analytics_case", true
	case "clinical-scenario":
		return "clinical", true
	case "medication":
		return "medication", true
	case "safeguarding":
		return "safeguarding", true
	case "classroom-management":
		return "classroom", true
	case "pedagogy":
		return "teaching", true
	case "sales-roleplay":
		return "sales_pitch", true
	case "sales-performance":
		return "sales_numbers", true
	case "law-technical":
		return "law", true
	case "finance-technical":
		return "finance", true
	case "food-safety":
		return "food_safety", true
	case "health-and-safety":
		return "health_safety", true
	case "trades-technical":
		return "trades", true
	case "project-management":
		return "project_management", true
	case "commercial-awareness":
		return "domain", true
	case "experience-level":
		return "experience_level", true
	case "culture-fit":
		return "values", true
	}
	return "", false
}
