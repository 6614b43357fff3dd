package kit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// LabeledText is one piece of an interview's text and what it answers.
type LabeledText struct {
	Label string
	Text  string
}

// PromptTitle returns the title the prompt set gives a field, so a renamed
// prompt keeps its name on the interview's page, or fallback.
func PromptTitle(set prompts.Set, field, fallback string) string {
	for _, p := range set.Prompts {
		if p.Field == field || p.Field == "" && p.ID == field {
			return p.Title
		}
	}
	return fallback
}

// answerTexts returns every free text of an interview with what it
// answers, in the order its page shows them.
func answerTexts(iv *journal.Interview, set prompts.Set) []LabeledText {
	var out []LabeledText
	add := func(label string, texts ...string) {
		for _, t := range texts {
			if strings.TrimSpace(t) != "" {
				out = append(out, LabeledText{Label: label, Text: t})
			}
		}
	}
	add("Company", iv.Company)
	add("Role", iv.Role)
	for _, p := range iv.Interviewers {
		add(PromptTitle(set, "interviewers", "Who you met"), p.Line())
	}
	add(PromptTitle(set, "went_well", "What went well"), iv.WentWell...)
	for _, c := range iv.Curveballs {
		add("Curveball", c.Question)
		add("Curveball, your answer", c.Answer)
		add("Curveball, better answer", c.BetterAnswer)
		add("Curveball tags", c.Tags...)
	}
	add(PromptTitle(set, "scripted", "Where it sounded rehearsed"), iv.Scripted...)
	add(PromptTitle(set, "authenticity_why", "Why that number?"), iv.AuthenticityWhy)
	add(PromptTitle(set, "should_have_told", "Stories you left out"), iv.ShouldHaveTold...)
	add(PromptTitle(set, "first_impression", "First impression"), iv.FirstImpression)
	add(PromptTitle(set, "questions_asked", "Your questions for them"), iv.QuestionsAsked...)
	add(PromptTitle(set, "fit", "Is this job right for you?"), iv.Fit)
	add(PromptTitle(set, "outside_control", "Out of your hands"), iv.OutsideControl)
	add(PromptTitle(set, "lessons", "Next time"), iv.Lessons...)
	add(PromptTitle(set, "proud_of", "Something you are proud of"), iv.ProudOf)
	for _, a := range iv.Answers {
		add(CustomTitle(a), a.Value)
	}
	add("Tags", iv.Tags...)
	for _, f := range iv.Feedback {
		add("Feedback", f.From, f.Text)
	}
	add(DecisionLessonsTitle, iv.FeedbackLessons...)
	return out
}

// CustomTitle names a custom answer by its prompt's title, or its id.
func CustomTitle(a journal.Answer) string {
	if strings.TrimSpace(a.Title) != "" {
		return a.Title
	}
	return strings.ReplaceAll(a.Prompt, "_", " ")
}

// FindInAnswers returns the first text of the interview holding word
// (lower-cased), what it answers, and where the word starts in it.
func FindInAnswers(iv *journal.Interview, set prompts.Set, word string) (LabeledText, int, bool) {
	for _, t := range answerTexts(iv, set) {
		if at := indexFold(t.Text, word); at >= 0 {
			return t, at, true
		}
	}
	return LabeledText{}, -1, false
}

// indexFold returns the byte offset of the first place s holds the
// lower-cased sub, ignoring case, or -1.
func indexFold(s, lowerSub string) int {
	if lowerSub == "" {
		return 0
	}
	for i := range s {
		if hasPrefixFold(s[i:], lowerSub) {
			return i
		}
	}
	return -1
}

// hasPrefixFold reports whether s starts with the lower-cased prefix,
// ignoring case.
func hasPrefixFold(s, lowerPrefix string) bool {
	for _, want := range lowerPrefix {
		if s == "" {
			return false
		}
		r, size := firstRune(s)
		if toLower(r) != want {
			return false
		}
		s = s[size:]
	}
	return true
}

// FoldLen returns how many bytes of s, from its start, match the
// lower-cased prefix (which hasPrefixFold has accepted).
func FoldLen(s, lowerPrefix string) int {
	n := 0
	for range lowerPrefix {
		_, size := firstRune(s[n:])
		n += size
	}
	return n
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func toLower(r rune) rune { return unicode.ToLower(r) }

// DecisionLessonsPrompt is the prompt of the after-decision set whose
// answers are the lessons drawn from the decision.
const DecisionLessonsPrompt = "next_time"

// DecisionLessonsTitle heads the lessons drawn from the decision on an
// interview's page.
const DecisionLessonsTitle = "Lessons from the decision"

// SameDate reports whether a is set and falls on the same day as b.
func SameDate(a, b journal.Date) bool { return !a.IsZero() && a.Compare(b) == 0 }

// OutcomeStyle colours an outcome by what it means for the search.
func OutcomeStyle(st Styles, s journal.Status) lipgloss.Style {
	switch s {
	case journal.StatusOffer:
		return st.Success
	case journal.StatusNextRound:
		return st.Accent
	case journal.StatusRejected:
		return st.Warning
	}
	return st.Subtle
}
