package journal

// Summary is the small record kept per interview so that lists and the home
// screen can be drawn without decoding every interview.
type Summary struct {
	ID           uint64   `json:"id"`
	Company      string   `json:"company"`
	Role         string   `json:"role"`
	Date         Date     `json:"date"`
	Stage        Stage    `json:"stage,omitempty"`
	Status       Status   `json:"status,omitempty"`
	MoodAfter    Rating   `json:"mood_after,omitempty"`
	Authenticity Rating   `json:"authenticity,omitempty"`
	Tags         []string `json:"tags,omitempty"`
}

// Summarize returns the summary record of an interview.
func (iv *Interview) Summarize() Summary {
	return Summary{
		ID: iv.ID, Company: iv.Company, Role: iv.Role, Date: iv.Date, Stage: iv.Stage,
		Status: iv.Outcome.Status, MoodAfter: iv.MoodAfter, Authenticity: iv.Authenticity,
		Tags: iv.Tags,
	}
}

// Title returns "Company, Role" with natural fallbacks for missing parts.
func (s Summary) Title() string {
	iv := Interview{Company: s.Company, Role: s.Role}
	return iv.Title()
}
