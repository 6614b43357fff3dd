package journal

// NextStep is one follow-up offered at the end of a reflection: what to do,
// by when, and why it is worth doing for this interview. A screen opens the
// follow-up's draft from it (FollowUp.ID).
type NextStep struct {
	FollowUp FollowUp
	// Label is what to do, such as "Send a thank-you note".
	Label string
	// Why is one sentence that is true of this interview.
	Why string
}

// NextSteps returns the follow-ups open for the interview as of today, in
// the order they are due, each with a reason that holds for it: a thank-you
// only offers to add to an answer when the user wrote one they would give
// differently, and a check-in only speaks of a promised date when one was
// given.
func NextSteps(iv *Interview, today Date) []NextStep {
	var out []NextStep
	for _, f := range PlanFollowUps(iv, today) {
		if f.Status != FollowUpOpen {
			continue
		}
		out = append(out, NextStep{FollowUp: f, Label: f.Kind.Label(), Why: stepReason(iv, f.Kind)})
	}
	return out
}

// stepReason is why a follow-up is worth doing, in words true of iv.
func stepReason(iv *Interview, k FollowUpKind) string {
	switch k {
	case FollowUpThankYou:
		if wantsToRevisit(iv.Curveballs) && !iv.Outcome.Status.Decided() {
			return "A prompt note keeps you memorable, and it can add a line to an answer you would now give differently."
		}
		return k.Why()
	case FollowUpCheckIn:
		if !iv.DecisionExpected.IsZero() {
			return "They said they would decide by " + iv.DecisionExpected.String() + "; a short, friendly nudge after that shows you still want the role."
		}
		return "No date was given, so a short, friendly nudge two weeks on shows you still want the role."
	}
	return k.Why()
}

// ReflectionClosing is the last line of the summary after a reflection on
// an interview, and says only what is true of it: that the user wrote down
// what to carry forward when they did, and otherwise simply to let it go.
func ReflectionClosing(iv *Interview) string {
	switch {
	case len(iv.Lessons) > 0:
		return "You wrote down what to carry forward. Now let this one go."
	case len(iv.Curveballs) > 0:
		return "You noted what caught you out, which is the hard part. Now let this one go."
	}
	return "You looked back while it was fresh. Now let this one go."
}

// DecisionClosing is the last line of the summary after a reflection on the
// decision, worded for the outcome.
func DecisionClosing(iv *Interview) string {
	switch iv.Outcome.Status {
	case StatusOffer:
		return "Congratulations. Take the time you need to decide, and ask for what you need to decide well."
	case StatusNextRound:
		return "Carry what you learned into the next conversation; it is already working."
	case StatusWithdrew:
		return "You chose to walk away, and that is a decision worth trusting. On to what fits better."
	case StatusNoResponse:
		return "Silence is an answer about them, not about you. Put your energy where it is returned."
	case StatusRejected:
		if len(iv.FeedbackLessons) > 0 || len(iv.Feedback) > 0 {
			return "You took what there was to learn from it. Now let this one go."
		}
		return "Not every no is a verdict on you. Let this one go."
	}
	return "Let this one rest until you hear more."
}
