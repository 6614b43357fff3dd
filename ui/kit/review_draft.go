package kit

import (
	"fmt"
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// The ids of the weekly review's own steps around the weekly prompts, and of
// what its draft carries without asking. The draft keeps them all as custom
// answers of its Interview, like the answers to the weekly prompts.
const (
	PromptPreviousFocusDone = "previous_focus_done"
	PromptPreviousFocusNote = "previous_focus_note"
	PromptFocus             = "focus"
	// carriedPreviousFocus holds last week's focus, so a resumed draft asks
	// about the same focus as when it was started.
	carriedPreviousFocus = "previous_focus"
	// carriedFocusEvidence says what the drills show of last week's focus.
	carriedFocusEvidence = "previous_focus_evidence"
	// carriedFocusWhy says where the suggested focus came from.
	carriedFocusWhy = "focus_why"
)

// ReviewTitle names the weekly review wherever a draft is named.
const ReviewTitle = "Weekly review"

// practisedOptions are the answers to "did you practise it?", as stored.
var practisedOptions = []string{string(journal.PractisedYes), string(journal.PractisedPartly), string(journal.PractisedNo)}

// ReviewSet frames the weekly prompts: first whether last week's focus was
// practised (only when there was one), then the weekly prompts, then the
// focus for the coming week. Everything it needs comes from the draft, so a
// resumed review asks the same steps.
func ReviewSet(weekly prompts.Set, d *journal.Draft) prompts.Set {
	set := prompts.Set{ID: weekly.ID, Name: weekly.Name}
	if prev := d.Interview.AnswerFor(carriedPreviousFocus); prev != "" {
		set.Prompts = append(set.Prompts,
			prompts.Prompt{
				ID: PromptPreviousFocusDone, Kind: journal.KindChoice, Options: slices.Clone(practisedOptions),
				Title: "Did you practise last week's focus?",
				Hint:  previousFocusHint(prev, d.Interview.AnswerFor(carriedFocusEvidence)),
			},
			prompts.Prompt{
				ID: PromptPreviousFocusNote, Kind: journal.KindLong,
				Title: "How did it go?",
				Hint:  "Where it helped, or what got in the way. A line is enough.",
			})
	}
	for _, p := range weekly.Prompts {
		if !isReviewStep(p.ID) {
			set.Prompts = append(set.Prompts, p)
		}
	}
	hint := d.Interview.AnswerFor(carriedFocusWhy)
	if hint == "" {
		hint = "One thing to practise in the coming week, in your own words."
	}
	set.Prompts = append(set.Prompts, prompts.Prompt{ID: PromptFocus, Kind: journal.KindShort, Title: "Your focus for next week", Hint: hint})
	return set
}

// previousFocusHint reminds what last week's focus was and, when the
// drills show something of it, what.
func previousFocusHint(focus, evidence string) string {
	hint := "You chose: " + Quote(focus)
	if evidence != "" {
		hint += ". " + evidence
	}
	return hint
}

// isReviewStep reports whether id is one of the review's own steps, which
// a weekly prompt of the same id must not shadow.
func isReviewStep(id string) bool {
	switch id {
	case PromptPreviousFocusDone, PromptPreviousFocusNote, PromptFocus, carriedPreviousFocus, carriedFocusWhy, carriedFocusEvidence:
		return true
	}
	return false
}

// NewReviewDraft starts a weekly review: it carries last week's focus and
// fills next week's with the suggestion, ready to keep or rewrite.
func NewReviewDraft(w insight.Week) journal.Draft {
	d := journal.Draft{Kind: journal.DraftReview}
	iv := &d.Interview
	iv.SetAnswer(carriedPreviousFocus, "", strings.TrimSpace(w.PreviousFocus))
	iv.SetAnswer(carriedFocusWhy, "", focusWhy(w.Suggestion))
	iv.SetAnswer(PromptFocus, "Your focus for next week", w.Suggestion.Text)
	return d
}

// SetFocusEvidence carries into a review's draft what the drills show of
// last week's focus (such as "Drills: 2 of the 3 cards on it practised
// since Sun 8 Mar"), shown beside the question whether it was practised.
// It is written again each time the review is opened, so a resumed draft
// shows the drills as they are now.
func SetFocusEvidence(d *journal.Draft, text string) {
	d.Interview.SetAnswer(carriedFocusEvidence, "", text)
}

// focusWhy says where a suggested focus comes from, as the hint of the
// focus step.
func focusWhy(s insight.FocusSuggestion) string {
	switch s.Source {
	case insight.FocusFromLesson:
		return fmt.Sprintf("Suggested from your lessons: you wrote this down after %d interviews. Keep it, sharpen it or write your own.", s.Count)
	case insight.FocusFromTheme:
		return fmt.Sprintf("Suggested because “%s” came up in %d interviews. Keep it, sharpen it or write your own.", s.Label, s.Count)
	}
	return ""
}

// ReviewFromDraft builds the review a finished draft stands for, filed
// under the week of today.
func ReviewFromDraft(d *journal.Draft, set prompts.Set, today journal.Date) journal.Review {
	iv := &d.Interview
	r := journal.Review{
		WeekOf:        journal.WeekStart(today),
		PreviousFocus: iv.AnswerFor(carriedPreviousFocus),
		Focus:         strings.TrimSpace(iv.AnswerFor(PromptFocus)),
	}
	if r.PreviousFocus != "" {
		r.PreviousFocusDone = journal.Practised(iv.AnswerFor(PromptPreviousFocusDone))
		r.PreviousFocusNote = strings.TrimSpace(iv.AnswerFor(PromptPreviousFocusNote))
	}
	for _, p := range set.Prompts {
		if isReviewStep(p.ID) {
			continue
		}
		if v := iv.AnswerFor(p.ID); strings.TrimSpace(v) != "" {
			r.Answers = append(r.Answers, journal.Answer{Prompt: p.ID, Title: p.Title, Value: v})
		}
	}
	return r
}

// DraftLabel describes a draft for a resume offer, such as
// "Weekly review, 3/7 answered" or "Changes to Acme, Backend engineer,
// not saved yet".
func DraftLabel(d journal.Draft) string {
	if d.Kind == journal.DraftReview {
		return fmt.Sprintf("%s, %d/%d answered", ReviewTitle, d.Answered, d.Total)
	}
	if d.Kind == journal.DraftFeedback {
		return "After the decision: " + d.Label()
	}
	if d.InterviewID != 0 {
		// An edit of a saved interview: its answers are all there, what
		// waits is the change, named by the interview as it was saved.
		iv := &d.Interview
		if d.Base != nil {
			iv = d.Base
		}
		return "Changes to " + iv.Title() + ", not saved yet"
	}
	return d.Label()
}
