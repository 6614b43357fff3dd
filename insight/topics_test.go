package insight_test

import (
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/insight"
)

func TestTextTerms(t *testing.T) {
	cases := map[string][]string{
		"What are your salary expectations?":           {"salari", "expect"},
		"What would it take pay-wise for you to move?": {"take", "pai", "wise", "move"},
		"Don't rush my answers":                        {"rush", "answer"},
		"What’s the company's biggest challenge?":      {"compani", "biggest", "challeng"},
		"Where do you see yourself in 5 years?":        {"see", "yourself", "5", "year"},
		"   ":                                          nil,
	}
	for in, want := range cases {
		if got := insight.TextTerms(in); !slices.Equal(got, want) {
			t.Errorf("TextTerms(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCurveballTopicOf(t *testing.T) {
	cases := map[string]string{
		"What are your salary expectations?":                         "compensation",
		"How much are you hoping to earn?":                           "compensation",
		"What are you currently making?":                             "compensation",
		"Where do you need to be on base pay?":                       "compensation",
		"What's your greatest weakness?":                             "weaknesses",
		"Tell me about a failure":                                    "failure",
		"Tell me about a time something went wrong":                  "failure",
		"Tell me about yourself":                                     "about_you",
		"Tell me a bit about yourself":                               "about_you",
		"Walk me through your CV":                                    "about_you",
		"Why are you leaving your current job?":                      "leaving",
		"Why do you want to work here?":                              "why_company",
		"What led you to apply for this role?":                       "why_company",
		"Where do you see yourself in five years?":                   "career_goals",
		"Can you explain the gap in your résumé?":                    "cv_gap",
		"Design a URL shortener":                                     "system_design",
		"How would you design a system that handles 1M requests?":    "system_design",
		"What is the time complexity of quicksort?":                  "coding",
		"Describe a disagreement with a colleague":                   "conflict",
		"Tell me about your leadership style":                        "leadership",
		"How do you handle tight deadlines?":                         "pressure",
		"Do you have any questions for us?":                          "questions_for_them",
		"Why should we hire you over other candidates?":              "why_you",
		"How many golf balls fit in a school bus?":                   "brain_teasers",
		"What would you change about yourself?":                      "weaknesses",
		"How do you respond to critical feedback from your manager?": "feedback",
		"What is your notice period?":                                "logistics",
		// Not about any common topic: left for tags and grouping.
		"What's your favourite board game?":            "",
		"Explain how HTTPS certificates are validated": "",
		"Tell me something surprising":                 "",
	}
	for q, want := range cases {
		if got := insight.CurveballTopicOf(q); got != want {
			t.Errorf("CurveballTopicOf(%q) = %q, want %q", q, got, want)
		}
	}
}

func TestLessonTopicOf(t *testing.T) {
	cases := map[string]string{
		"slow down when answering":              "pace",
		"don't rush my answers":                 "pace",
		"pause before I answer":                 "pace",
		"Take my time before answering":         "pace",
		"Use the STAR method":                   "examples",
		"Have concrete examples with numbers":   "examples",
		"Prepare stories in advance":            "examples",
		"Ask more questions at the end":         "asking",
		"Prepare questions for the interviewer": "asking",
		"Research the company beforehand":       "research",
		"Stop rambling":                         "concise",
		"Keep answers short":                    "concise",
		"Give a salary range, not a number":     "salary",
		"Be more confident":                     "confidence",
		"Sound less scripted":                   "authenticity",
		"Practise on LeetCode every day":        "technical",
		"Do a mock interview first":             "preparation",
		"Send the thank-you note the same day":  "follow_up",
		"Keep eye contact":                      "presence",
		"Get enough sleep the night before":     "logistics",
		"Ask clarifying questions":              "listening",
		// Outside the built-in lessons.
		"Learn more about Kubernetes operators": "",
	}
	for l, want := range cases {
		if got := insight.LessonTopicOf(l); got != want {
			t.Errorf("LessonTopicOf(%q) = %q, want %q", l, got, want)
		}
	}
}
