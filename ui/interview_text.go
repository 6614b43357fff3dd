package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// labeledText is one piece of an interview's text and what it answers.
type labeledText struct {
	label string
	text  string
}

// promptTitle returns the title the prompt set gives a field, so a renamed
// prompt keeps its name on the interview's page, or fallback.
func promptTitle(set prompts.Set, field, fallback string) string {
	for _, p := range set.Prompts {
		if p.Field == field || p.Field == "" && p.ID == field {
			return p.Title
		}
	}
	return fallback
}

// answerTexts returns every free text of an interview with what it
// answers, in the order its page shows them.
func answerTexts(iv *journal.Interview, set prompts.Set) []labeledText {
	var out []labeledText
	add := func(label string, texts ...string) {
		for _, t := range texts {
			if strings.TrimSpace(t) != "" {
				out = append(out, labeledText{label: label, text: t})
			}
		}
	}
	add("Company", iv.Company)
	add("Role", iv.Role)
	for _, p := range iv.Interviewers {
		add(promptTitle(set, "interviewers", "Who you met"), p.Line())
	}
	add(promptTitle(set, "went_well", "What went well"), iv.WentWell...)
	for _, c := range iv.Curveballs {
		add("Curveball", c.Question)
		add("Curveball, your answer", c.Answer)
		add("Curveball, better answer", c.BetterAnswer)
		add("Curveball tags", c.Tags...)
	}
	add(promptTitle(set, "scripted", "Where it sounded rehearsed"), iv.Scripted...)
	add(promptTitle(set, "authenticity_why", "Why that number?"), iv.AuthenticityWhy)
	add(promptTitle(set, "should_have_told", "Stories you left out"), iv.ShouldHaveTold...)
	add(promptTitle(set, "first_impression", "First impression"), iv.FirstImpression)
	add(promptTitle(set, "questions_asked", "Your questions for them"), iv.QuestionsAsked...)
	add(promptTitle(set, "fit", "Is this job right for you?"), iv.Fit)
	add(promptTitle(set, "outside_control", "Out of your hands"), iv.OutsideControl)
	add(promptTitle(set, "lessons", "Next time"), iv.Lessons...)
	add(promptTitle(set, "proud_of", "Something you are proud of"), iv.ProudOf)
	for _, a := range iv.Answers {
		add(customTitle(a), a.Value)
	}
	add("Tags", iv.Tags...)
	for _, f := range iv.Feedback {
		add("Feedback", f.From, f.Text)
	}
	add(decisionLessonsTitle, iv.FeedbackLessons...)
	return out
}

// customTitle names a custom answer by its prompt's title, or its id.
func customTitle(a journal.Answer) string {
	if strings.TrimSpace(a.Title) != "" {
		return a.Title
	}
	return strings.ReplaceAll(a.Prompt, "_", " ")
}

// findInAnswers returns the first text of the interview holding word
// (lower-cased), what it answers, and where the word starts in it.
func findInAnswers(iv *journal.Interview, set prompts.Set, word string) (labeledText, int, bool) {
	for _, t := range answerTexts(iv, set) {
		if at := indexFold(t.text, word); at >= 0 {
			return t, at, true
		}
	}
	return labeledText{}, -1, false
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

// foldLen returns how many bytes of s, from its start, match the
// lower-cased prefix (which hasPrefixFold has accepted).
func foldLen(s, lowerPrefix string) int {
	n := 0
	for range lowerPrefix {
		_, size := firstRune(s[n:])
		n += size
	}
	return n
}

func firstRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func toLower(r rune) rune { return unicode.ToLower(r) }

// decisionLessonsPrompt is the prompt of the after-decision set whose
// answers are the lessons drawn from the decision.
const decisionLessonsPrompt = "next_time"

// decisionLessonsTitle heads the lessons drawn from the decision on an
// interview's page.
const decisionLessonsTitle = "Lessons from the decision"

func sameDate(a, b journal.Date) bool { return !a.IsZero() && a.Compare(b) == 0 }

// outcomeStyle colours an outcome by what it means for the search.
func outcomeStyle(st Styles, s journal.Status) lipgloss.Style {
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
