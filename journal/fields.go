package journal

import (
	"slices"
	"strconv"
	"strings"
)

// FieldKind is the shape of an answer: what kind of input collects it and
// how it is stored.
type FieldKind string

// The kinds of answer a prompt can ask for.
const (
	KindShort      FieldKind = "short"      // one line of text
	KindLong       FieldKind = "long"       // free text over several lines
	KindRating     FieldKind = "rating"     // 1 to 5
	KindChoice     FieldKind = "choice"     // one of a few options
	KindDate       FieldKind = "date"       // YYYY-MM-DD
	KindList       FieldKind = "list"       // several items, one per line
	KindPeople     FieldKind = "people"     // name, title and contact of each person
	KindCurveballs FieldKind = "curveballs" // question, answer, better answer, tags
)

// Kinds lists every valid FieldKind.
var Kinds = []FieldKind{KindShort, KindLong, KindRating, KindChoice, KindDate, KindList, KindPeople, KindCurveballs}

// Valid reports whether k is one of Kinds.
func (k FieldKind) Valid() bool { return contains(Kinds, k) }

// fieldKinds maps each built-in field of an Interview to its kind.
var fieldKinds = map[string]FieldKind{
	"company": KindShort, "role": KindShort, "date": KindDate, "stage": KindChoice,
	"format": KindChoice, "interviewers": KindPeople, "decision_expected": KindDate,
	"mood_before": KindRating, "mood_after": KindRating, "went_well": KindList,
	"curveballs": KindCurveballs, "scripted": KindList, "authenticity": KindRating,
	"authenticity_why": KindLong, "should_have_told": KindList, "nerves": KindRating,
	"first_impression": KindLong, "questions_asked": KindList, "fit": KindLong,
	"outside_control": KindLong, "lessons": KindList, "proud_of": KindLong,
	"tags": KindList,
}

// FieldKindOf returns the kind of a built-in interview field and whether the
// field exists.
func FieldKindOf(field string) (FieldKind, bool) {
	k, ok := fieldKinds[field]
	return k, ok
}

// ChoicesOf returns the options of a built-in choice field.
func ChoicesOf(field string) []string {
	switch field {
	case "stage":
		return toStrings(Stages)
	case "format":
		return toStrings(Formats)
	}
	return nil
}

// Value is one answer in any of the shapes a FieldKind allows. Only the
// member matching the kind is used.
type Value struct {
	Text       string      `json:"text,omitempty"`
	Items      []string    `json:"items,omitempty"`
	Rating     Rating      `json:"rating,omitempty"`
	People     []Person    `json:"people,omitempty"`
	Curveballs []Curveball `json:"curveballs,omitempty"`
}

// IsEmpty reports whether the value holds no answer.
func (v Value) IsEmpty() bool {
	return strings.TrimSpace(v.Text) == "" && len(v.Items) == 0 && v.Rating == 0 &&
		len(v.People) == 0 && len(v.Curveballs) == 0
}

// Get returns the value of a built-in field, or of the custom answer stored
// under field when it is not built in.
func (iv *Interview) Get(field string) Value {
	switch field {
	case "company":
		return Value{Text: iv.Company}
	case "role":
		return Value{Text: iv.Role}
	case "date":
		return Value{Text: iv.Date.String()}
	case "stage":
		return Value{Text: string(iv.Stage)}
	case "format":
		return Value{Text: string(iv.Format)}
	case "interviewers":
		return Value{People: iv.Interviewers}
	case "decision_expected":
		return Value{Text: iv.DecisionExpected.String()}
	case "mood_before":
		return Value{Rating: iv.MoodBefore}
	case "mood_after":
		return Value{Rating: iv.MoodAfter}
	case "went_well":
		return Value{Items: iv.WentWell}
	case "curveballs":
		return Value{Curveballs: iv.Curveballs}
	case "scripted":
		return Value{Items: iv.Scripted}
	case "authenticity":
		return Value{Rating: iv.Authenticity}
	case "authenticity_why":
		return Value{Text: iv.AuthenticityWhy}
	case "should_have_told":
		return Value{Items: iv.ShouldHaveTold}
	case "nerves":
		return Value{Rating: iv.Nerves}
	case "first_impression":
		return Value{Text: iv.FirstImpression}
	case "questions_asked":
		return Value{Items: iv.QuestionsAsked}
	case "fit":
		return Value{Text: iv.Fit}
	case "outside_control":
		return Value{Text: iv.OutsideControl}
	case "lessons":
		return Value{Items: iv.Lessons}
	case "proud_of":
		return Value{Text: iv.ProudOf}
	case "tags":
		return Value{Items: iv.Tags}
	case "feedback_lessons":
		return Value{Items: iv.FeedbackLessons}
	}
	return customValue(iv.AnswerFor(field))
}

// customValue reads a custom answer, which is stored as text, in every
// shape a prompt may ask for: the text, its lines as items, and a rating
// when it is a number from 1 to 5.
func customValue(s string) Value {
	v := Value{Text: s}
	if n, err := strconv.Atoi(strings.TrimSpace(s)); err == nil && n >= 1 && n <= 5 {
		v.Rating = Rating(n)
	}
	v.Items = Lines(s)
	return v
}

// Lines splits text into its non-blank lines, trimmed: how an answer typed
// one item per line becomes a list.
func Lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// customText turns an answer of any shape into the text a custom answer is
// stored as.
func customText(v Value) string {
	switch {
	case v.Rating > 0:
		return strconv.Itoa(int(v.Rating))
	case len(v.Items) > 0:
		return strings.Join(v.Items, "\n")
	}
	return v.Text
}

// Set stores v in a built-in field, or as the custom answer under field
// (titled title) when the field is not built in. Dates and choices are
// checked; a bad one returns an *Error and changes nothing. Tags, of the
// interview and of each curveball, are split on commas (SplitTags).
func (iv *Interview) Set(field, title string, v Value) error {
	switch field {
	case "company":
		iv.Company = strings.TrimSpace(v.Text)
	case "role":
		iv.Role = strings.TrimSpace(v.Text)
	case "date", "decision_expected":
		d, err := ParseDate(v.Text)
		if err != nil {
			return err
		}
		if field == "date" {
			iv.Date = d
		} else {
			iv.DecisionExpected = d
		}
	case "stage":
		s, err := ParseStage(v.Text)
		if err != nil {
			return err
		}
		iv.Stage = s
	case "format":
		f, err := ParseFormat(v.Text)
		if err != nil {
			return err
		}
		iv.Format = f
	case "interviewers":
		iv.Interviewers = v.People
	case "mood_before":
		iv.MoodBefore = v.Rating
	case "mood_after":
		iv.MoodAfter = v.Rating
	case "went_well":
		iv.WentWell = v.Items
	case "curveballs":
		iv.Curveballs = slices.Clone(v.Curveballs) // the caller's stay as they were
		for i := range iv.Curveballs {
			iv.Curveballs[i].Tags = SplitTags(iv.Curveballs[i].Tags...)
		}
	case "scripted":
		iv.Scripted = v.Items
	case "authenticity":
		iv.Authenticity = v.Rating
	case "authenticity_why":
		iv.AuthenticityWhy = v.Text
	case "should_have_told":
		iv.ShouldHaveTold = v.Items
	case "nerves":
		iv.Nerves = v.Rating
	case "first_impression":
		iv.FirstImpression = v.Text
	case "questions_asked":
		iv.QuestionsAsked = v.Items
	case "fit":
		iv.Fit = v.Text
	case "outside_control":
		iv.OutsideControl = v.Text
	case "lessons":
		iv.Lessons = v.Items
	case "proud_of":
		iv.ProudOf = v.Text
	case "tags":
		iv.Tags = SplitTags(v.Items...)
	case "feedback_lessons":
		iv.FeedbackLessons = v.Items
	default:
		iv.SetAnswer(field, title, customText(v))
	}
	return nil
}

func toStrings[T ~string](list []T) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = string(v)
	}
	return out
}
