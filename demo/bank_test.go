package demo

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"
)

// The banks are data; these tests hold them to the promises the demo makes:
// enough variety, recurring topics under many wordings, and plain text.

func TestBank_Questions(t *testing.T) {
	seen := map[string]topicID{}
	for id := range numTopics {
		tp := &topicBank[id]
		if tp.weight <= 0 || len(tp.tags) == 0 || len(tp.answers) < 3 || len(tp.better) < 3 {
			t.Errorf("topic %d is missing weight, tags, answers or better answers", id)
		}
		wordings := tp.questions
		for _, qs := range tp.perTrack {
			wordings = append(wordings[:len(wordings):len(wordings)], qs...)
		}
		for _, q := range wordings {
			if other, dup := seen[q]; dup {
				t.Errorf("%q is in topics %d and %d", q, other, id)
			}
			seen[q] = id
		}
	}
	for q, bs := range betterFor() {
		if _, ok := seen[q]; !ok {
			t.Errorf("better answers are written for %q, which no topic asks", q)
		}
		if len(bs) < 2 {
			t.Errorf("%q has %d better answers, want at least 2", q, len(bs))
		}
	}
	if len(seen) < 120 {
		t.Errorf("%d distinct questions, want at least 120", len(seen))
	}
	if n := len(topicBank[topicSalary].questions); n < 8 {
		t.Errorf("compensation has %d wordings, want at least 8", n)
	}
	for tr := range numTracks {
		if len(topicBank[topicDomain].questionFor(tr)) < 3 {
			t.Errorf("track %d has too few domain questions", tr)
		}
	}
}

func TestBank_Lessons(t *testing.T) {
	for th, wordings := range lessonWordings {
		if len(wordings) < 3 {
			t.Errorf("lesson theme %d has %d wordings, want at least 3", th, len(wordings))
		}
	}
	if len(oneOffLessons) < 10 {
		t.Errorf("only %d one-off lessons", len(oneOffLessons))
	}
}

func TestBank_PlainText(t *testing.T) {
	banks := [][]string{
		wentWellCommon, scriptedLines, shouldHaveToldCommon, questionsAskedLines,
		fitOpeners, fitObservations, fitVerdicts, impressionGood, impressionMixed,
		impressionRough, outsideControlLines, proudLines, authenticityLow,
		authenticityMid, authenticityHigh, rejectionFeedback, roundFeedback,
		offerFeedback, nextRoundFeedback, withdrawalFeedback, noticePeriods, nextSteps,
		oneOffLessons, givenNames, surnames, nameRoots, nameEndings, sectorWords,
		recruiterTitles, agencyTitles, founderTitles, leaderTitles, agencyNames,
	}
	for _, tp := range topicBank {
		banks = append(banks, tp.questions, tp.answers, tp.better, tp.tags)
		for _, q := range tp.questions {
			banks = append(banks, betterFor()[q])
		}
		banks = append(banks, tp.perTrack[:]...)
	}
	banks = append(banks, lessonWordings[:]...)
	banks = append(banks, wentWellByTrack[:]...)
	banks = append(banks, shouldHaveToldByTrack[:]...)
	for _, tr := range tracks {
		banks = append(banks, tr.managers, tr.colleagues, tr.partners)
	}
	for _, bank := range banks {
		for _, s := range bank {
			if strings.ContainsFunc(s, unicode.IsControl) {
				t.Errorf("%q holds a control character", s)
			}
			rest := strings.NewReplacer("{company}", "", "{person}", "").Replace(s)
			if strings.ContainsAny(rest, "{}") {
				t.Errorf("%q holds an unknown placeholder", s)
			}
		}
	}
	for _, n := range givenNames {
		if slug(n) == "" || !isASCII(n) {
			t.Errorf("given name %q cannot make a handle", n)
		}
	}
}

func isASCII(s string) bool {
	for _, c := range s {
		if c > unicode.MaxASCII {
			return false
		}
	}
	return true
}

// TestBetterAnswersAnswerTheirQuestion: where a question has better answers
// of its own, the demo's better answer to it is one of them, never a note
// written for another question of the same topic.
func TestBetterAnswersAnswerTheirQuestion(t *testing.T) {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	checked := 0
	for _, iv := range Generate(1000, 11, now) {
		for _, c := range iv.Curveballs {
			own := betterFor()[c.Question]
			if c.BetterAnswer == "" || own == nil {
				continue
			}
			checked++
			if !slices.Contains(own, c.BetterAnswer) {
				t.Errorf("%q is answered with %q", c.Question, c.BetterAnswer)
			}
		}
	}
	if checked < 50 {
		t.Fatalf("only %d better answers checked", checked)
	}
}
