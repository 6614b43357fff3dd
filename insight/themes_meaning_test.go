package insight_test

import (
	"testing"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

// demoSalaryWordings are the salary questions of the demo journal, many of
// which share no word with "salary".
var demoSalaryWordings = []string{
	"What are your salary expectations?",
	"What number would make you say yes to an offer today?",
	"What are you earning at the moment?",
	"Our budget sits below your range. Would that still work for you?",
	"How flexible are you on base pay?",
	"What total compensation are you aiming for?",
	"If we offered the bottom of the band, would you walk away?",
	"Can you give me one figure rather than a range?",
	"How do you weigh equity against a higher salary?",
	"What did your last pay rise look like?",
	"What would it take, money-wise, to get you to move?",
}

// sqlSalaryExercises use the word salary but are SQL exercises.
var sqlSalaryExercises = []string{
	"Write SQL for the second highest salary in each department.",
	"Write a query that returns the employees earning more than their manager.",
	"Find the average salary per department with a GROUP BY.",
}

// journalOf puts each question in an interview of its own, a day apart.
func journalOf(questions ...[]string) []*journal.Interview {
	var ivs []*journal.Interview
	for _, qs := range questions {
		for _, q := range qs {
			ivs = append(ivs, &journal.Interview{ID: uint64(len(ivs) + 1), Date: day(len(ivs)),
				Curveballs: []journal.Curveball{{Question: q, Answer: "I answered."}}})
		}
	}
	return ivs
}

// themeOf returns the label of the theme holding question q, or "".
func themeOf(p insight.Patterns, q string) string {
	if found := themesWith(p.Themes, q); len(found) == 1 {
		return found[0].Label
	}
	return ""
}

// TestSalaryWordingsMeetInOneTheme: every way the demo asks about pay is
// one theme, named as a person would name it.
func TestSalaryWordingsMeetInOneTheme(t *testing.T) {
	p := insight.AnalyzeAt(journalOf(demoSalaryWordings, oneOffs), clockAt(day(100)))
	want := "Salary expectations"
	for _, q := range demoSalaryWordings {
		if got := themeOf(p, q); got != want {
			t.Errorf("%q is in theme %q, want %q", q, got, want)
		}
	}
}

// TestSQLSalaryIsNotASalaryQuestion: an SQL exercise about salaries sits
// with the other SQL questions, apart from the salary questions.
func TestSQLSalaryIsNotASalaryQuestion(t *testing.T) {
	sql := append([]string{"What is the difference between an inner and a left join?"}, sqlSalaryExercises...)
	p := insight.AnalyzeAt(journalOf(demoSalaryWordings, sql), clockAt(day(100)))
	salary := themeOf(p, demoSalaryWordings[0])
	for _, q := range sql {
		got := themeOf(p, q)
		if got == salary {
			t.Errorf("%q is in the salary theme %q", q, got)
		}
		if got != "SQL and databases" {
			t.Errorf("%q is in theme %q, want SQL and databases", q, got)
		}
	}
}

// TestUnclearQuestionsStayApart: questions about nothing in common are
// left out of every theme instead of joining the nearest big one.
func TestUnclearQuestionsStayApart(t *testing.T) {
	unclear := []string{
		"What's your favourite board game?",
		"Tell me something surprising",
		"If you were a kitchen utensil, which one?",
		"What did you have for lunch?",
		"Which season do you like best?",
	}
	p := insight.AnalyzeAt(journalOf(demoSalaryWordings, unclear), clockAt(day(100)))
	for _, q := range unclear {
		if got := themeOf(p, q); got != "" {
			t.Errorf("%q joined theme %q, want none", q, got)
		}
	}
}
