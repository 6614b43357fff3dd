package journal

// The follow-up kinds, one for each rule of what to do after an interview.
const (
	FollowUpThankYou          FollowUpKind = "thank_you"
	FollowUpTellReferences    FollowUpKind = "tell_references"
	FollowUpConnect           FollowUpKind = "connect"
	FollowUpCheckIn           FollowUpKind = "check_in"
	FollowUpGraciousReply     FollowUpKind = "gracious_reply"
	FollowUpRecruiterFeedback FollowUpKind = "recruiter_feedback"
	FollowUpOtherOpenings     FollowUpKind = "other_openings"
	FollowUpFeedbackRequest   FollowUpKind = "feedback_request"
	FollowUpKeepInTouch       FollowUpKind = "keep_in_touch"
)

// FollowUpKinds returns every follow-up kind in the order they usually come
// after an interview, which is also the order used to break ties between
// follow-ups due on the same day.
func FollowUpKinds() []FollowUpKind {
	return []FollowUpKind{
		FollowUpThankYou, FollowUpTellReferences, FollowUpConnect, FollowUpCheckIn,
		FollowUpGraciousReply, FollowUpRecruiterFeedback, FollowUpOtherOpenings,
		FollowUpFeedbackRequest, FollowUpKeepInTouch,
	}
}

// Valid reports whether k is one of FollowUpKinds.
func (k FollowUpKind) Valid() bool { return k.rank() >= 0 }

// Label returns the follow-up as a short instruction, such as
// "Send a thank-you note".
func (k FollowUpKind) Label() string {
	switch k {
	case FollowUpThankYou:
		return "Send a thank-you note"
	case FollowUpTellReferences:
		return "Give your references a heads-up"
	case FollowUpConnect:
		return "Connect with your interviewers"
	case FollowUpCheckIn:
		return "Check in on the decision"
	case FollowUpGraciousReply:
		return "Reply graciously to the decision"
	case FollowUpRecruiterFeedback:
		return "Ask the recruiter for feedback"
	case FollowUpOtherOpenings:
		return "Ask about other openings"
	case FollowUpFeedbackRequest:
		return "Ask for feedback and to be kept in mind"
	case FollowUpKeepInTouch:
		return "Keep in touch"
	}
	return string(k)
}

// Why returns one sentence on why the follow-up is worth doing.
func (k FollowUpKind) Why() string {
	switch k {
	case FollowUpThankYou:
		return "A prompt note keeps you memorable and is a chance to sharpen an answer you fumbled."
	case FollowUpTellReferences:
		return "A heads-up lets your references speak to what the interview did not show."
	case FollowUpConnect:
		return "Everyone you met is now part of your network, whatever the outcome."
	case FollowUpCheckIn:
		return "A short, friendly nudge after the expected date shows you still want the role."
	case FollowUpGraciousReply:
		return "Taking a no with grace leaves the door open for the next opening."
	case FollowUpRecruiterFeedback:
		return "Recruiters usually know the real reasons and are more willing to share them."
	case FollowUpOtherOpenings:
		return "A company that liked you may have a role that fits you better."
	case FollowUpFeedbackRequest:
		return "A few weeks on, people are readier to give honest feedback and to remember you."
	case FollowUpKeepInTouch:
		return "An occasional update keeps you in mind for when the right role opens."
	}
	return ""
}

// rank is the position of k in FollowUpKinds, or -1 for an unknown kind.
// It is a switch rather than a search of FollowUpKinds because sorting the
// agenda calls it often and must not allocate.
func (k FollowUpKind) rank() int {
	switch k {
	case FollowUpThankYou:
		return 0
	case FollowUpTellReferences:
		return 1
	case FollowUpConnect:
		return 2
	case FollowUpCheckIn:
		return 3
	case FollowUpGraciousReply:
		return 4
	case FollowUpRecruiterFeedback:
		return 5
	case FollowUpOtherOpenings:
		return 6
	case FollowUpFeedbackRequest:
		return 7
	case FollowUpKeepInTouch:
		return 8
	}
	return -1
}

// repeats reports whether the kind comes back again and again, so that its
// follow-ups carry a number in their ID.
func (k FollowUpKind) repeats() bool { return k == FollowUpKeepInTouch }

// graceDays is how many days after its due day a follow-up may still be done
// on time; the day after that it is overdue.
func (k FollowUpKind) graceDays() int {
	switch k {
	case FollowUpThankYou, FollowUpGraciousReply:
		return 1 // the same day, or the next at the latest
	case FollowUpTellReferences, FollowUpCheckIn:
		return 2
	case FollowUpRecruiterFeedback:
		return 3
	case FollowUpConnect:
		return 5
	case FollowUpOtherOpenings, FollowUpFeedbackRequest:
		return 7 // two to three weeks after the interview is a window, not a day
	case FollowUpKeepInTouch:
		return 14
	}
	return 0
}

// staleDays is how many days after its due day an open follow-up stops being
// worth doing and drops out of the plan, so that years of old interviews do
// not pile up as overdue. Zero means it never goes stale.
func (k FollowUpKind) staleDays() int {
	switch k {
	case FollowUpThankYou, FollowUpGraciousReply, FollowUpTellReferences:
		return 14 // a thank-you two weeks late reads as an afterthought
	case FollowUpCheckIn, FollowUpRecruiterFeedback, FollowUpFeedbackRequest:
		return 30
	case FollowUpConnect, FollowUpOtherOpenings:
		return 60
	}
	return 0 // keep-in-touch lasts as long as the interest does
}
