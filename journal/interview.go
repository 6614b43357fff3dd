package journal

import (
	"fmt"
	"strings"
	"time"
)

// Rating is a 1-5 score given by the user; 0 means not rated.
type Rating int

// Valid reports whether r is 0 (not rated) or between 1 and 5.
func (r Rating) Valid() bool { return r >= 0 && r <= 5 }

// Person is someone met during a hiring process.
type Person struct {
	Name    string `json:"name"`
	Title   string `json:"title,omitempty"`
	Contact string `json:"contact,omitempty"`
}

// IsRecruiter reports whether the person's title says they recruit or work
// in talent acquisition or HR.
func (p Person) IsRecruiter() bool {
	t := strings.ToLower(p.Title)
	for _, w := range []string{"recruit", "talent", "sourcer", "hr", "human resources", "people partner"} {
		if w == "hr" {
			for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r < 'a' || r > 'z' }) {
				if f == "hr" {
					return true
				}
			}
			continue
		}
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}

// Curveball is a question that tripped the candidate up.
type Curveball struct {
	Question     string   `json:"question"`
	Answer       string   `json:"answer,omitempty"`
	BetterAnswer string   `json:"better_answer,omitempty"`
	Tags         []string `json:"tags,omitempty"`
}

// IsEmpty reports whether nothing was written in the curveball.
func (c Curveball) IsEmpty() bool {
	return strings.TrimSpace(c.Question) == "" && strings.TrimSpace(c.Answer) == "" &&
		strings.TrimSpace(c.BetterAnswer) == "" && len(c.Tags) == 0
}

// Answer is the answer to a prompt that has no field of its own on the
// Interview (a user's custom prompt), kept under the prompt's id.
type Answer struct {
	Prompt string `json:"prompt"`
	Title  string `json:"title,omitempty"`
	Value  string `json:"value"`
}

// Outcome is where the process stands and since when.
type Outcome struct {
	Status Status `json:"status"`
	Date   Date   `json:"date,omitzero"`
	// ReplyBy is the day the company asked for an answer to an offer by,
	// when it gave one.
	ReplyBy Date `json:"reply_by,omitzero"`
}

// Feedback is what someone at the company or a recruiter said about the
// interview after it.
type Feedback struct {
	Date Date   `json:"date,omitzero"`
	From string `json:"from,omitempty"`
	Text string `json:"text"`
}

// Interview is one interview and the reflection written after it.
type Interview struct {
	ID               uint64      `json:"id"`
	Company          string      `json:"company"`
	Role             string      `json:"role"`
	Date             Date        `json:"date"`
	Stage            Stage       `json:"stage,omitempty"`
	Format           Format      `json:"format,omitempty"`
	Interviewers     []Person    `json:"interviewers,omitempty"`
	DecisionExpected Date        `json:"decision_expected,omitzero"`
	MoodBefore       Rating      `json:"mood_before,omitempty"`
	MoodAfter        Rating      `json:"mood_after,omitempty"`
	WentWell         []string    `json:"went_well,omitempty"`
	Curveballs       []Curveball `json:"curveballs,omitempty"`
	Scripted         []string    `json:"scripted,omitempty"`
	Authenticity     Rating      `json:"authenticity,omitempty"`
	AuthenticityWhy  string      `json:"authenticity_why,omitempty"`
	ShouldHaveTold   []string    `json:"should_have_told,omitempty"`
	Nerves           Rating      `json:"nerves,omitempty"`
	FirstImpression  string      `json:"first_impression,omitempty"`
	QuestionsAsked   []string    `json:"questions_asked,omitempty"`
	Fit              string      `json:"fit,omitempty"`
	OutsideControl   string      `json:"outside_control,omitempty"`
	Lessons          []string    `json:"lessons,omitempty"`
	ProudOf          string      `json:"proud_of,omitempty"`
	Answers          []Answer    `json:"answers,omitempty"`
	Tags             []string    `json:"tags,omitempty"`
	Outcome          Outcome     `json:"outcome"`
	StillInterested  bool        `json:"still_interested,omitempty"`
	Feedback         []Feedback  `json:"feedback,omitempty"`
	FeedbackLessons  []string    `json:"feedback_lessons,omitempty"` // lessons drawn after the decision
	FollowUps        []FollowUp  `json:"followups,omitempty"`
	CreatedAt        time.Time   `json:"created_at"`
	UpdatedAt        time.Time   `json:"updated_at"`
	// Cards are the practice cards of an interview just deleted, carried
	// in memory only, so that undoing the deletion puts them back as they
	// were (answers sharpened, reviews, due days); never stored with it.
	Cards []Card `json:"-"`
}

// Limits that keep a single record sane.
const (
	MaxTextBytes  = 1 << 20 // one answer
	MaxListItems  = 10000   // items, curveballs or people in one answer
	MaxShortBytes = 1000    // company, role, names
)

// Validate checks the interview against the rules of the domain and returns
// an *Error naming the first field that breaks one; its cause is a
// *FieldError with the field's path. The same rules hold for what is saved,
// what is imported and what `debrief check` reads back.
func (iv *Interview) Validate() error {
	var c fieldCheck
	c.text("company", iv.Company, MaxShortBytes)
	c.text("role", iv.Role, MaxShortBytes)
	c.date("date", iv.Date)
	if !iv.Stage.Valid() {
		c.fail("stage", "%q is not one of %s", iv.Stage, JoinEnum(Stages))
	}
	if !iv.Format.Valid() {
		c.fail("format", "%q is not one of %s", iv.Format, JoinEnum(Formats))
	}
	if len(iv.Interviewers) > MaxListItems {
		c.fail("interviewers", "more than %d entries in one answer", MaxListItems)
	}
	for i, p := range iv.Interviewers {
		c.textAt("interviewers", i, "name", p.Name, MaxTextBytes)
		c.textAt("interviewers", i, "title", p.Title, MaxTextBytes)
		c.textAt("interviewers", i, "contact", p.Contact, MaxTextBytes)
	}
	c.date("decision_expected", iv.DecisionExpected)
	c.rating("mood_before", iv.MoodBefore)
	c.rating("mood_after", iv.MoodAfter)
	c.texts("went_well", iv.WentWell, MaxTextBytes)
	if len(iv.Curveballs) > MaxListItems {
		c.fail("curveballs", "more than %d entries in one answer", MaxListItems)
	}
	for i, cb := range iv.Curveballs {
		c.textAt("curveballs", i, "question", cb.Question, MaxTextBytes)
		c.textAt("curveballs", i, "answer", cb.Answer, MaxTextBytes)
		c.textAt("curveballs", i, "better_answer", cb.BetterAnswer, MaxTextBytes)
		for j, tag := range cb.Tags {
			c.textAt(itemPath("curveballs", i, "tags"), j, "", tag, MaxTextBytes)
		}
	}
	c.texts("scripted", iv.Scripted, MaxTextBytes)
	c.rating("authenticity", iv.Authenticity)
	c.text("authenticity_why", iv.AuthenticityWhy, MaxTextBytes)
	c.texts("should_have_told", iv.ShouldHaveTold, MaxTextBytes)
	c.rating("nerves", iv.Nerves)
	c.text("first_impression", iv.FirstImpression, MaxTextBytes)
	c.texts("questions_asked", iv.QuestionsAsked, MaxTextBytes)
	c.text("fit", iv.Fit, MaxTextBytes)
	c.text("outside_control", iv.OutsideControl, MaxTextBytes)
	c.texts("lessons", iv.Lessons, MaxTextBytes)
	c.text("proud_of", iv.ProudOf, MaxTextBytes)
	c.nestedAnswers("answers", iv.Answers)
	c.texts("tags", iv.Tags, MaxTextBytes)
	if !iv.Outcome.Status.Valid() {
		c.fail("outcome.status", "%q is not one of %s", iv.Outcome.Status, JoinEnum(Statuses))
	}
	c.date("outcome.date", iv.Outcome.Date)
	c.date("outcome.reply_by", iv.Outcome.ReplyBy)
	for i, f := range iv.Feedback {
		c.dateAt("feedback", i, "date", f.Date)
		c.textAt("feedback", i, "from", f.From, MaxTextBytes)
		c.textAt("feedback", i, "text", f.Text, MaxTextBytes)
	}
	c.texts("feedback_lessons", iv.FeedbackLessons, MaxTextBytes)
	for i, f := range iv.FollowUps {
		c.nested("followups", i, f.Validate())
	}
	c.time("created_at", iv.CreatedAt)
	c.time("updated_at", iv.UpdatedAt)
	return c.err
}

// nestedAnswers checks the answers to custom prompts: each names its
// prompt, and its texts follow the rules of every text.
func (c *fieldCheck) nestedAnswers(path string, answers []Answer) {
	for i, a := range answers {
		if c.err == nil && strings.TrimSpace(a.Prompt) == "" {
			c.fail(itemPath(path, i, "prompt"), "the prompt id is missing")
		}
		c.textAt(path, i, "prompt", a.Prompt, MaxTextBytes)
		c.textAt(path, i, "title", a.Title, MaxTextBytes)
		c.textAt(path, i, "value", a.Value, MaxTextBytes)
	}
}

// Title returns "Company, Role" with natural fallbacks for missing parts.
func (iv *Interview) Title() string {
	switch {
	case iv.Company != "" && iv.Role != "":
		return iv.Company + ", " + iv.Role
	case iv.Company != "":
		return iv.Company
	case iv.Role != "":
		return iv.Role
	}
	return "Untitled interview"
}

// texts returns every free-text value of the interview, for search.
func (iv *Interview) texts() []string {
	out := []string{iv.Company, iv.Role, iv.AuthenticityWhy, iv.FirstImpression, iv.Fit, iv.OutsideControl, iv.ProudOf}
	for _, l := range [][]string{iv.WentWell, iv.Scripted, iv.ShouldHaveTold, iv.QuestionsAsked, iv.Lessons, iv.FeedbackLessons, iv.Tags} {
		out = append(out, l...)
	}
	for _, c := range iv.Curveballs {
		out = append(out, c.Question, c.Answer, c.BetterAnswer)
		out = append(out, c.Tags...)
	}
	for _, p := range iv.Interviewers {
		out = append(out, p.Name, p.Title, p.Contact)
	}
	for _, a := range iv.Answers {
		out = append(out, a.Value)
	}
	for _, f := range iv.Feedback {
		out = append(out, f.From, f.Text)
	}
	return out
}

// SearchText returns all the text of the interview in one lower-cased string,
// for plain matching.
func (iv *Interview) SearchText() string {
	return strings.ToLower(strings.Join(iv.texts(), "\n"))
}

// AnswerFor returns the custom answer stored under prompt id, or "".
func (iv *Interview) AnswerFor(prompt string) string {
	for _, a := range iv.Answers {
		if a.Prompt == prompt {
			return a.Value
		}
	}
	return ""
}

// SetAnswer stores a custom answer under prompt id; an empty value removes it.
func (iv *Interview) SetAnswer(prompt, title, value string) {
	for i, a := range iv.Answers {
		if a.Prompt == prompt {
			if value == "" {
				iv.Answers = append(iv.Answers[:i], iv.Answers[i+1:]...)
				return
			}
			iv.Answers[i].Value, iv.Answers[i].Title = value, title
			return
		}
	}
	if value != "" {
		iv.Answers = append(iv.Answers, Answer{Prompt: prompt, Title: title, Value: value})
	}
}

// String is a short description for logs.
func (iv *Interview) String() string {
	return fmt.Sprintf("interview %d (%s, %s)", iv.ID, iv.Title(), iv.Date)
}
