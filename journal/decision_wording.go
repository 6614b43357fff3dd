package journal

import "strings"

// PromptWording replaces the words of one prompt of a guided flow for one
// interview. An empty field keeps the prompt's own.
type PromptWording struct {
	Title, Hint string
	// Prefill is an answer to start from, which the user may keep, change
	// or clear.
	Prefill string
}

// DecisionWording returns, by prompt id, the words of the reflection after
// the decision (the "after_decision" prompt set: feeling, what_they_said,
// takeaway, not_up_to_you, right_fit, next_time) that fit the interview's
// actual outcome: an offer is not a no, and silence is neither. What they
// said starts from the feedback already recorded, so it is not asked for
// twice. Prompts that read the same for every outcome are left out.
func DecisionWording(iv *Interview) map[string]PromptWording {
	w := map[string]PromptWording{}
	said := PromptWording{Prefill: feedbackText(iv.Feedback)}
	switch iv.Outcome.Status {
	case StatusOffer:
		w["feeling"] = PromptWording{Hint: "A number first. Joy, relief and doubt can all come with an offer."}
		said.Title, said.Hint = "What they offered and said", "The terms, the reasons they gave, and anything that still needs an answer."
		w["not_up_to_you"] = PromptWording{Title: "What you still need to know", Hint: "Terms to see in writing, questions for the team, the deadline."}
		w["right_fit"] = PromptWording{Title: "Is it the job you want?", Hint: "An offer is a question too. Would you choose it if it were the only one?"}
		w["next_time"] = PromptWording{Title: "What worked that you will keep doing", Hint: "One or two things that got you here, to carry into the next search."}
	case StatusNextRound:
		w["feeling"] = PromptWording{Hint: "A number first. Relief, excitement and nerves are all fair."}
		said.Title, said.Hint = "What they told you about the next round", "Who you will meet, what they want to see, any feedback so far."
		w["right_fit"] = PromptWording{Title: "Is it still the job you want?", Hint: "Halfway through is a good time to ask."}
		w["next_time"] = PromptWording{Title: "What you will prepare for the next round", Hint: "One or two things to practise before it."}
	case StatusNoResponse:
		w["feeling"] = PromptWording{Hint: "A number first. Silence can sting as much as a no."}
		said.Title, said.Hint = "What you heard, if anything", "Any word from them or the recruiter since the interview."
		w["right_fit"] = PromptWording{Hint: "How a company treats candidates says something about working there."}
	case StatusWithdrew:
		w["feeling"] = PromptWording{Hint: "A number first. Relief and second thoughts are both fair."}
		said.Title, said.Hint = "What made you step back", "What you learned that the job description never said."
		w["right_fit"] = PromptWording{Title: "Was stepping back the right call?", Hint: "Trust what you saw; note it for the next search."}
	case StatusRejected:
		w["right_fit"] = PromptWording{Hint: "Sometimes a no turns out to be a lucky escape."}
	}
	if said.Title != "" || said.Hint != "" || said.Prefill != "" {
		w["what_they_said"] = said
	}
	return w
}

// feedbackText writes recorded feedback as a starting answer: each piece on
// its own paragraph, with who said it when known.
func feedbackText(fs []Feedback) string {
	var parts []string
	for _, f := range fs {
		text := strings.TrimSpace(f.Text)
		if text == "" {
			continue
		}
		if from := strings.TrimSpace(f.From); from != "" {
			text = from + ": " + text
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, "\n\n")
}
