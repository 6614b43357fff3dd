package journal

import "strings"

// Timings of the follow-up rules, in days.
const (
	connectAfterInterview    = 2  // soon after, while they still remember you
	referencesAfterInterview = 1  // before the company has time to call them
	checkInWithoutDecision   = 14 // when no decision date was promised
	feedbackAfterInterview   = 14 // the two-to-three-week window opens
	feedbackAfterRejection   = 3  // never on the heels of the gracious reply
	recruiterAfterRejection  = 2
	openingsAfterOutcome     = 7
	keepInTouchEvery         = 90
	// offerReplyWithin is when an answer to an offer is taken to be due
	// when the company gave no deadline: about a working week.
	offerReplyWithin = 5
	// undatedOutcomeWithin caps how late an outcome without a date is taken
	// to have arrived, so that an old imported rejection does not keep
	// asking for a reply "today" forever.
	undatedOutcomeWithin = 30
)

// WentBadly reports whether the user's own ratings say the interview went
// badly: they came out of it in a low mood (1 or 2), or their nerves ran high
// (4 or 5) and they did not come out of it feeling good (mood after not 4 or
// 5). Unrated answers never count against the interview.
func (iv *Interview) WentBadly() bool {
	if iv.MoodAfter == 1 || iv.MoodAfter == 2 {
		return true
	}
	return iv.Nerves >= 4 && iv.MoodAfter < 4
}

// stillWantsRole reports whether the job is still one the user is going for:
// the process is open (no outcome yet, pending or a next round), or the
// company went quiet and the user says they are still interested.
func (iv *Interview) stillWantsRole() bool {
	switch iv.Outcome.Status {
	case "", StatusPending, StatusNextRound:
		return true
	case StatusNoResponse:
		return iv.StillInterested
	}
	return false
}

// appendRuleFollowUps appends the open follow-ups the rules call for, before
// anything the user recorded is taken into account (except the keep-in-touch
// count, which depends on the ones already done, and the two answers to an
// offer, of which only one is ever sent). It allocates only when dst has to
// grow, because the agenda runs it over the whole journal.
//
// Rules by outcome:
//   - withdrew: only connecting with the interviewers;
//   - rejected: no thank-you (the gracious reply thanks them instead), and
//     the rejection follow-ups, except the requests for feedback once some
//     feedback is recorded;
//   - offer: the thank-you, and the offer's own follow-ups (thank them, ask
//     for it in writing, and either reply by the deadline or decline);
//   - next round: the thank-you and connecting;
//   - pending and no response: the check-in, and for no response the
//     question about other openings;
//   - keep-in-touch notes once the process has ended without an offer, for
//     as long as the user is still interested in the company.
//
// Without an interview date nothing can be timed, so nothing is planned.
func appendRuleFollowUps(dst []FollowUp, iv *Interview, today Date) []FollowUp {
	if iv == nil || iv.Date.IsZero() {
		return dst
	}
	day := iv.Date
	status := iv.Outcome.Status
	named := hasNamedInterviewer(iv.Interviewers)
	if status == StatusWithdrew {
		if named {
			dst = append(dst, plannedFollowUp(FollowUpConnect, 0, day.AddDays(connectAfterInterview)))
		}
		return dst
	}
	if status != StatusRejected {
		dst = append(dst, plannedFollowUp(FollowUpThankYou, 0, day))
	}
	if iv.WentBadly() && iv.stillWantsRole() {
		dst = append(dst, plannedFollowUp(FollowUpTellReferences, 0, day.AddDays(referencesAfterInterview)))
	}
	if named {
		dst = append(dst, plannedFollowUp(FollowUpConnect, 0, day.AddDays(connectAfterInterview)))
	}
	if !status.Decided() {
		dst = append(dst, plannedFollowUp(FollowUpCheckIn, 0, checkInDue(iv)))
	}
	heard := outcomeDay(iv, today)
	if status == StatusOffer {
		dst = appendOfferFollowUps(dst, iv, heard)
	}
	if status == StatusRejected || status == StatusNoResponse {
		feedbackGiven := len(iv.Feedback) > 0
		if status == StatusRejected {
			dst = append(dst, plannedFollowUp(FollowUpGraciousReply, 0, heard))
			if hasRecruiter(iv.Interviewers) && !feedbackGiven {
				dst = append(dst, plannedFollowUp(FollowUpRecruiterFeedback, 0, heard.AddDays(recruiterAfterRejection)))
			}
			if !feedbackGiven {
				feedback := laterOf(day.AddDays(feedbackAfterInterview), heard.AddDays(feedbackAfterRejection))
				dst = append(dst, plannedFollowUp(FollowUpFeedbackRequest, 0, feedback))
			}
		}
		dst = append(dst, plannedFollowUp(FollowUpOtherOpenings, 0, heard.AddDays(openingsAfterOutcome)))
		if iv.StillInterested {
			n, due := nextKeepInTouch(iv, today)
			dst = append(dst, plannedFollowUp(FollowUpKeepInTouch, n, due))
		}
	}
	return dst
}

// appendOfferFollowUps appends what an offer calls for: thanks on the day it
// came, a request for it in writing the day after, and an answer by the
// deadline the company gave (or within a working week). The answer is either
// an acceptance or a gracious decline; once the user has done or skipped one
// of the two, the other is no longer planned.
func appendOfferFollowUps(dst []FollowUp, iv *Interview, heard Date) []FollowUp {
	dst = append(dst,
		plannedFollowUp(FollowUpOfferThanks, 0, heard),
		plannedFollowUp(FollowUpOfferInWriting, 0, heard.AddDays(1)))
	due := heard.AddDays(offerReplyWithin)
	if by := iv.Outcome.ReplyBy; !by.IsZero() {
		due = laterOf(by, heard)
	}
	closed := func(k FollowUpKind) bool {
		r := findFollowUpRecord(iv.FollowUps, string(k))
		return r != nil && (r.Status == FollowUpDone || r.Status == FollowUpSkipped)
	}
	if !closed(FollowUpOfferDecline) {
		dst = append(dst, plannedFollowUp(FollowUpOfferReply, 0, due))
	}
	if !closed(FollowUpOfferReply) {
		dst = append(dst, plannedFollowUp(FollowUpOfferDecline, 0, due))
	}
	return dst
}

func plannedFollowUp(kind FollowUpKind, n int, due Date) FollowUp {
	return FollowUp{ID: FollowUpID(kind, n), Kind: kind, Due: due, Status: FollowUpOpen}
}

// checkInDue is the day after the promised decision date, or two weeks after
// the interview when no date (or a date before the interview) was given.
func checkInDue(iv *Interview) Date {
	if !iv.DecisionExpected.IsZero() && !iv.DecisionExpected.Before(iv.Date) {
		return iv.DecisionExpected.AddDays(1)
	}
	return iv.Date.AddDays(checkInWithoutDecision)
}

// outcomeDay is the day the outcome became known. When it was not recorded
// it is taken to be today, but never before the interview and never more
// than undatedOutcomeWithin days after it.
func outcomeDay(iv *Interview, today Date) Date {
	if !iv.Outcome.Date.IsZero() {
		return iv.Outcome.Date
	}
	latest := iv.Date.AddDays(undatedOutcomeWithin)
	switch {
	case today.Before(iv.Date):
		return iv.Date
	case today.After(latest):
		return latest
	}
	return today
}

// nextKeepInTouch returns the number and due day of the next keep-in-touch
// note as of today: one more than the last one done or skipped, due
// keepInTouchEvery days after the latest of the interview, its outcome, the
// day the last note was sent and the day a skipped one was due.
//
// A note missed by more than StaleAfterDays past its deadline rolls forward:
// the next one, due keepInTouchEvery days later, takes its place, so an
// interview never has more than one keep-in-touch note open and never a
// pile of old ones. A note the user snoozed keeps its number.
func nextKeepInTouch(iv *Interview, today Date) (int, Date) {
	base := laterOf(iv.Date, iv.Outcome.Date)
	last := 0
	for _, r := range iv.FollowUps {
		if !strings.HasPrefix(r.ID, string(FollowUpKeepInTouch)+"-") {
			continue
		}
		var when Date
		switch r.Status {
		case FollowUpDone:
			when = r.DoneAt
			if when.IsZero() {
				when = r.Due
			}
		case FollowUpSkipped:
			when = r.Due
		default:
			continue
		}
		if _, n, err := ParseFollowUpID(r.ID); err == nil {
			last = max(last, n)
		}
		base = laterOf(base, when)
	}
	n, due := last+1, base.AddDays(keepInTouchEvery)
	missedAfter := FollowUpKeepInTouch.graceDays() + StaleAfterDays
	if today.After(due.AddDays(missedAfter)) && !hasOpenRecord(iv.FollowUps, FollowUpID(FollowUpKeepInTouch, n)) {
		periods := (due.DaysUntil(today)-missedAfter-1)/keepInTouchEvery + 1
		n, due = n+periods, due.AddDays(periods*keepInTouchEvery)
	}
	return n, due
}

// hasOpenRecord reports whether the user has a record of the follow-up that
// keeps it open: snoozed, or open with an edited message.
func hasOpenRecord(records []FollowUp, id string) bool {
	r := findFollowUpRecord(records, id)
	return r != nil && (r.Status == FollowUpSnoozed || r.Status == FollowUpOpen)
}

func hasNamedInterviewer(people []Person) bool {
	for _, p := range people {
		if strings.TrimSpace(p.Name) != "" {
			return true
		}
	}
	return false
}

func hasRecruiter(people []Person) bool {
	for _, p := range people {
		if p.IsRecruiter() {
			return true
		}
	}
	return false
}

// laterOf returns the later of two dates; a zero date never wins.
func laterOf(a, b Date) Date {
	if b.After(a) {
		return b
	}
	return a
}
