package insight

import "github.com/debrief-journal/debrief/journal"

// Share is how many of the cases where something applied it was done in.
type Share struct {
	Done int
	Of   int
}

// Rate returns Done as a share of Of, from 0 to 1; 0 when nothing applied.
func (s Share) Rate() float64 {
	if s.Of == 0 {
		return 0
	}
	return float64(s.Done) / float64(s.Of)
}

// FollowThrough says whether the user does the follow-ups the advice calls
// for. Each share counts only the interviews where the follow-up applies.
type FollowThrough struct {
	// ThankYouOnTime counts thank-you notes done by their deadline (the day
	// of the interview or the next) over the dated interviews that called
	// for one: not those the user withdrew from, nor those turned down
	// before the deadline, where a gracious reply takes the note's place.
	// A note skipped, sent late or not recorded is not on time. A note
	// whose deadline has not passed counts only once it is done.
	ThankYouOnTime Share
	// FeedbackRequested counts feedback requests done, to the company or
	// to a recruiter, over the interviews that ended in a rejection or
	// where such a request was recorded.
	FeedbackRequested Share
	// FeedbackReceived counts the same interviews that have feedback.
	FeedbackReceived Share
}

// followThrough counts the advised follow-ups done over the interviews
// they apply to, as they stand on the day today.
func followThrough(ivs []*journal.Interview, today journal.Date) FollowThrough {
	var ft FollowThrough
	for _, iv := range ivs {
		if thankYouApplies(iv) {
			deadline := journal.FollowUp{Kind: journal.FollowUpThankYou, Due: iv.Date}.Deadline()
			r := followUpRecordOf(iv, journal.FollowUpThankYou)
			onTime := r != nil && r.Status == journal.FollowUpDone && !r.DoneAt.IsZero() && !r.DoneAt.After(deadline)
			// A note still within its time is neither kept nor missed yet.
			if onTime || today.After(deadline) {
				ft.ThankYouOnTime.Of++
				if onTime {
					ft.ThankYouOnTime.Done++
				}
			}
		}
		request := followUpRecordOf(iv, journal.FollowUpFeedbackRequest)
		recruiter := followUpRecordOf(iv, journal.FollowUpRecruiterFeedback)
		if iv.Outcome.Status != journal.StatusRejected && request == nil && recruiter == nil {
			continue
		}
		ft.FeedbackRequested.Of++
		ft.FeedbackReceived.Of++
		if isDoneRecord(request) || isDoneRecord(recruiter) {
			ft.FeedbackRequested.Done++
		}
		if len(iv.Feedback) > 0 {
			ft.FeedbackReceived.Done++
		}
	}
	return ft
}

// thankYouApplies reports whether a thank-you note was called for after
// the interview.
func thankYouApplies(iv *journal.Interview) bool {
	if iv.Date.IsZero() {
		return false
	}
	switch iv.Outcome.Status {
	case journal.StatusWithdrew:
		return false
	case journal.StatusRejected:
		deadline := journal.FollowUp{Kind: journal.FollowUpThankYou, Due: iv.Date}.Deadline()
		heard := iv.Outcome.Date
		return heard.IsZero() || heard.After(deadline)
	}
	return true
}

// followUpRecordOf returns the user's record of the follow-up of the given
// kind, or nil. Records written before kinds were stored carry only an ID,
// which names the kind.
func followUpRecordOf(iv *journal.Interview, kind journal.FollowUpKind) *journal.FollowUp {
	for i := range iv.FollowUps {
		r := &iv.FollowUps[i]
		k := r.Kind
		if k == "" {
			k, _, _ = journal.ParseFollowUpID(r.ID)
		}
		if k == kind {
			return r
		}
	}
	return nil
}

// isDoneRecord reports whether r records a follow-up as done.
func isDoneRecord(r *journal.FollowUp) bool { return r != nil && r.Status == journal.FollowUpDone }
