package export_test

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// everywhere returns an interview and a review with s in every text they
// hold.
func everywhere(s string) (*journal.Interview, *journal.Review) {
	d := journal.NewDate(2026, time.March, 14)
	iv := &journal.Interview{
		ID: 1, Company: s, Role: s, Date: d, Stage: journal.StageFinal,
		Interviewers: []journal.Person{{Name: s, Title: s, Contact: s}},
		WentWell:     []string{s},
		Curveballs:   []journal.Curveball{{Question: s, Answer: s, BetterAnswer: s, Tags: []string{s}}},
		Scripted:     []string{s}, AuthenticityWhy: s, ShouldHaveTold: []string{s}, FirstImpression: s,
		QuestionsAsked: []string{s}, Fit: s, OutsideControl: s, Lessons: []string{s}, ProudOf: s,
		Answers:  []journal.Answer{{Prompt: "custom", Title: s, Value: s}},
		Tags:     []string{s},
		Feedback: []journal.Feedback{{Date: d, From: s, Text: s}}, FeedbackLessons: []string{s},
		FollowUps: []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, DoneAt: d, Note: s}},
	}
	r := &journal.Review{
		ID: 1, WeekOf: d, Answers: []journal.Answer{{Prompt: "wins", Title: s, Value: s}},
		Focus: s, PreviousFocus: s, PreviousFocusDone: journal.PractisedYes, PreviousFocusNote: s,
	}
	return iv, r
}

// bodyOf drops the front matter of a page, where values are YAML escapes.
func bodyOf(page string) string {
	_, body, _ := strings.Cut(strings.TrimPrefix(page, "---\n"), "\n---\n")
	return body
}

// TestMarkdownIsSafeToRead writes every attack into every text of an
// interview and a review: the Markdown page, front matter included, must
// come out of safetext.Text unchanged (so cat of an exported file is as
// safe as the screens), carry no attack, and keep the text each attack
// must leave readable.
func TestMarkdownIsSafeToRead(t *testing.T) {
	for _, a := range safetext.Attacks() {
		t.Run(a.Name, func(t *testing.T) {
			iv, r := everywhere("before " + a.Seq + "\nafter")
			for _, page := range []struct {
				name  string
				write func(*bytes.Buffer) error
			}{
				{"interview", func(b *bytes.Buffer) error { return export.WriteMarkdown(b, iv) }},
				{"review", func(b *bytes.Buffer) error { return export.WriteReviewMarkdown(b, r) }},
			} {
				var b bytes.Buffer
				if err := page.write(&b); err != nil {
					t.Fatal(err)
				}
				out := b.String()
				if !safetext.IsClean(out) {
					i := len(out)
					for i > 0 && !safetext.IsClean(out[:i]) {
						i--
					}
					t.Fatalf("%s page is not safe to print; first trouble near %q", page.name, out[max(0, i-20):min(len(out), i+20)])
				}
				body := bodyOf(out)
				if strings.Contains(body, a.Marker) {
					t.Errorf("%s page carries the attack %q", page.name, a.Marker)
				}
				if !strings.Contains(body, a.Visible) || !strings.Contains(body, "after") {
					t.Errorf("%s page lost the text %q or what follows it:\n%s", page.name, a.Visible, body)
				}
			}
		})
	}
}

// TestMarkdownKeepsTextAfterC1 checks that a misread curly quote (U+009D)
// in the middle of an answer does not cut the answer short.
func TestMarkdownKeepsTextAfterC1(t *testing.T) {
	iv, _ := everywhere("x")
	iv.Fit = "They said \u00e2\u0080\u009cship it\u00e2\u0080\u009d and then asked about on-call.\nSecond line stays."
	iv.ProudOf = "Kept calm \x1b]0;with an open sequence\nand the next line."
	var b bytes.Buffer
	if err := export.WriteMarkdown(&b, iv); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"They said \u00e2ship it\u00e2 and then asked about on-call.\nSecond line stays.",
		"Kept calm ]0;with an open sequence\nand the next line.",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("the page lost text: want %q in\n%s", want, b.String())
		}
	}
}
