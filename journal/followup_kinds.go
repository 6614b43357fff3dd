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
	FollowUpOfferThanks       FollowUpKind = "offer_thanks"
	FollowUpOfferInWriting    FollowUpKind = "offer_in_writing"
	FollowUpOfferReply        FollowUpKind = "offer_reply"
	FollowUpOfferDecline      FollowUpKind = "offer_decline"
)

// FollowUpKinds returns every follow-up kind in the order they usually come
// after an interview, which is also the order used to break ties between
// follow-ups due on the same day.
func FollowUpKinds() []FollowUpKind {
	return []FollowUpKind{
		FollowUpThankYou, FollowUpTellReferences, FollowUpConnect, FollowUpCheckIn,
		FollowUpGraciousReply, FollowUpRecruiterFeedback, FollowUpOtherOpenings,
		FollowUpFeedbackRequest, FollowUpKeepInTouch,
		FollowUpOfferThanks, FollowUpOfferInWriting, FollowUpOfferReply, FollowUpOfferDecline,
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
	case FollowUpOfferThanks:
		return "Thank them for the offer"
	case FollowUpOfferInWriting:
		return "Ask for the offer in writing"
	case FollowUpOfferReply:
		return "Reply to the offer by the deadline"
	case FollowUpOfferDecline:
		return "If you are turning it down, decline graciously"
	}
	return string(k)
}

// Why returns one sentence on why the follow-up is worth doing.
func (k FollowUpKind) Why() string {
	switch k {
	case FollowUpThankYou:
		return "A prompt note keeps you memorable and shows you paid attention."
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
	case FollowUpOfferThanks:
		return "A warm reply straight away keeps the goodwill while you weigh it up."
	case FollowUpOfferInWriting:
		return "Terms you can read in full are the only ones you can compare and accept."
	case FollowUpOfferReply:
		return "Answering by the day they gave, or asking in time for more, keeps their trust."
	case FollowUpOfferDecline:
		return "A kind, prompt no leaves the door open and lets them move on to the next person."
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
	case FollowUpOfferThanks:
		return 9
	case FollowUpOfferInWriting:
		return 10
	case FollowUpOfferReply:
		return 11
	case FollowUpOfferDecline:
		return 12
	}
	return -1
}

// repeats reports whether the kind comes back again and again, so that its
// follow-ups carry a number in their ID.
func (k FollowUpKind) repeats() bool { return k == FollowUpKeepInTouch }

// forgotten reports whether an open follow-up of this kind leaves the plan
// once it is long past its deadline; a keep-in-touch note rolls forward
// instead.
func (k FollowUpKind) forgotten() bool { return k != FollowUpKeepInTouch }

// graceDays is how many days after its due day a follow-up may still be done
// on time; the day after that it is overdue.
func (k FollowUpKind) graceDays() int {
	switch k {
	case FollowUpThankYou, FollowUpGraciousReply, FollowUpOfferThanks:
		return 1 // the same day, or the next at the latest
	case FollowUpOfferReply, FollowUpOfferDecline:
		return 0 // the deadline is the company's, not ours
	case FollowUpTellReferences, FollowUpCheckIn, FollowUpOfferInWriting:
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

// urgency ranks how much being late costs, lowest first: an offer has a
// deadline set by someone else, a thank-you or a reply to a decision loses
// its point within days, a check-in or a request for feedback within weeks,
// and a note to stay in touch hardly at all. The agenda puts overdue items
// in this order before ordering them by how late they are.
func (k FollowUpKind) urgency() int {
	switch k {
	case FollowUpOfferReply, FollowUpOfferDecline:
		return 0
	case FollowUpOfferThanks, FollowUpOfferInWriting, FollowUpThankYou, FollowUpGraciousReply, FollowUpTellReferences:
		return 1
	case FollowUpCheckIn, FollowUpRecruiterFeedback:
		return 2
	case FollowUpFeedbackRequest, FollowUpOtherOpenings, FollowUpConnect:
		return 3
	}
	return 4 // keep in touch
}
