package cli

import "github.com/debrief-journal/debrief/insight"

// The JSON shape of `debrief patterns --format json`, documented in the
// README. Field names are a contract for scripts.

type patternsJSON struct {
	Interviews    int                `json:"interviews"`
	Themes        []themeJSON        `json:"themes"`
	Lessons       []lessonJSON       `json:"lessons"`
	Trends        []trendJSON        `json:"trends"`
	Funnel        []funnelJSON       `json:"funnel"`
	Advancing     []contrastJSON     `json:"advancing"`
	FollowThrough map[string]shareJS `json:"follow_through"`
}

type themeJSON struct {
	Key        string          `json:"key"`
	Label      string          `json:"label"`
	Source     string          `json:"source"`
	Count      int             `json:"count"`
	Curveballs int             `json:"curveballs"`
	Items      []themeItemJSON `json:"items"`
}

// jsonLatest is how many of a theme's curveballs, and of a lesson's
// interviews, the JSON lists: the latest ones. The counts beside them say
// how many there are in all, so a theme met in thousands of interviews does
// not make the document megabytes long.
const jsonLatest = 10

// latest returns the last n of s (all of s when it is shorter).
func latest[T any](s []T, n int) []T {
	return s[max(0, len(s)-n):]
}

type themeItemJSON struct {
	InterviewID  uint64 `json:"interview_id"`
	Date         string `json:"date"`
	Company      string `json:"company"`
	Question     string `json:"question"`
	Answer       string `json:"answer,omitempty"`
	BetterAnswer string `json:"better_answer,omitempty"`
}

type lessonJSON struct {
	Key          string      `json:"key"`
	Label        string      `json:"label"`
	Topic        string      `json:"topic,omitempty"`
	Wordings     []string    `json:"wordings"`
	Count        int         `json:"count"`
	First        string      `json:"first"`
	Last         string      `json:"last"`
	InterviewIDs []uint64    `json:"interview_ids"`
	Shifts       []shiftJSON `json:"shifts"`
}

type shiftJSON struct {
	Rating   string  `json:"rating"`
	Before   float64 `json:"before"`
	After    float64 `json:"after"`
	BeforeN  int     `json:"before_n"`
	AfterN   int     `json:"after_n"`
	Expected float64 `json:"expected"`
	Delta    float64 `json:"delta"`
	Claim    bool    `json:"claim"`
}

type trendJSON struct {
	Rating         string    `json:"rating"`
	HigherIsBetter bool      `json:"higher_is_better"`
	Rated          int       `json:"rated"`
	Series         []float64 `json:"series"`
	Last5          float64   `json:"last5"`
	Prev5          float64   `json:"prev5"`
	Direction      string    `json:"direction"`
}

type funnelJSON struct {
	Stage    string `json:"stage"`
	Total    int    `json:"total"`
	Advanced int    `json:"advanced"`
	Rejected int    `json:"rejected"`
	Pending  int    `json:"pending"`
	Silent   int    `json:"silent"`
	Withdrew int    `json:"withdrew"`
}

type contrastJSON struct {
	Rating       string  `json:"rating"`
	Advanced     float64 `json:"advanced"`
	NotAdvanced  float64 `json:"not_advanced"`
	AdvancedN    int     `json:"advanced_n"`
	NotAdvancedN int     `json:"not_advanced_n"`
	Delta        float64 `json:"delta"`
	Claim        bool    `json:"claim"`
}

type shareJS struct {
	Done int `json:"done"`
	Of   int `json:"of"`
}

// patternsDocument turns the analysis into its documented JSON shape.
func patternsDocument(p insight.Patterns) patternsJSON {
	out := patternsJSON{Interviews: p.Interviews, Themes: []themeJSON{}, Lessons: []lessonJSON{}}
	for _, t := range p.Themes {
		tj := themeJSON{Key: t.Key, Label: t.Label, Source: t.Source, Count: t.Count, Curveballs: len(t.Items)}
		for _, it := range latest(t.Items, jsonLatest) {
			tj.Items = append(tj.Items, themeItemJSON{it.InterviewID, it.Date.String(), it.Company, it.Question, it.Answer, it.BetterAnswer})
		}
		out.Themes = append(out.Themes, tj)
	}
	for _, l := range p.Lessons {
		lj := lessonJSON{Key: l.Key, Label: l.Label, Topic: l.Topic, Wordings: l.Wordings, Count: l.Count,
			First: l.First.String(), Last: l.Last.String(), InterviewIDs: latest(l.InterviewIDs, jsonLatest)}
		for _, s := range l.Shifts {
			lj.Shifts = append(lj.Shifts, shiftJSON{s.Rating, s.Before, s.After, s.BeforeN, s.AfterN, s.Expected, s.Delta, s.Claim})
		}
		out.Lessons = append(out.Lessons, lj)
	}
	for _, t := range p.Trends {
		out.Trends = append(out.Trends, trendJSON{t.Rating, t.HigherIsBetter, t.Rated, t.Series, t.Last5, t.Prev5, t.Direction})
	}
	for _, f := range p.Funnel {
		out.Funnel = append(out.Funnel, funnelJSON{string(f.Stage), f.Total, f.Advanced, f.Rejected, f.Pending, f.Silent, f.Withdrew})
	}
	for _, c := range p.Advancing {
		out.Advancing = append(out.Advancing, contrastJSON{c.Rating, c.Advanced, c.NotAdvanced, c.AdvancedN, c.NotAdvancedN, c.Delta, c.Claim})
	}
	ft := p.FollowThrough
	out.FollowThrough = map[string]shareJS{
		"thank_you_on_time":  {ft.ThankYouOnTime.Done, ft.ThankYouOnTime.Of},
		"feedback_requested": {ft.FeedbackRequested.Done, ft.FeedbackRequested.Of},
		"feedback_received":  {ft.FeedbackReceived.Done, ft.FeedbackReceived.Of},
	}
	return out
}
