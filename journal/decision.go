package journal

import "strings"

// SetOutcome records where the process stands and the day that became so.
// Pending carries no day: it is where every process starts. A day before
// the interview, or a decision without a day, is an *Error with code
// EInvalid and changes nothing.
func (iv *Interview) SetOutcome(status Status, day Date) error {
	if !status.Valid() || status == "" {
		return Errorf(EInvalid, "%q is not an outcome; use one of %s", status, JoinEnum(Statuses))
	}
	if status == StatusPending {
		iv.Outcome = Outcome{Status: status}
		return nil
	}
	if day.IsZero() {
		return Errorf(EInvalid, "the day the outcome came is missing")
	}
	if !iv.Date.IsZero() && day.Before(iv.Date) {
		return Errorf(EInvalid, "the outcome cannot come on %s, before the interview on %s", day, iv.Date)
	}
	iv.Outcome = Outcome{Status: status, Date: day}
	return nil
}

// AddFeedback keeps what someone said about the interview. The text and
// the name are trimmed; empty or oversized text, an oversized name, a
// missing day or a day before the interview is an *Error with code
// EInvalid and changes nothing.
func (iv *Interview) AddFeedback(f Feedback) error {
	f.From, f.Text = strings.TrimSpace(f.From), strings.TrimSpace(f.Text)
	switch {
	case f.Text == "":
		return Errorf(EInvalid, "the feedback is empty; write what they told you")
	case len(f.Text) > MaxTextBytes:
		return Errorf(EInvalid, "the feedback is longer than %d bytes", MaxTextBytes)
	case len(f.From) > MaxShortBytes:
		return Errorf(EInvalid, "who it is from is longer than %d characters", MaxShortBytes)
	case f.Date.IsZero():
		return Errorf(EInvalid, "the day the feedback came is missing")
	case !iv.Date.IsZero() && f.Date.Before(iv.Date):
		return Errorf(EInvalid, "the feedback cannot come on %s, before the interview on %s", f.Date, iv.Date)
	}
	iv.Feedback = append(iv.Feedback, f)
	return nil
}

// SetReplyBy records the day the company asked for an answer to its offer
// by; the zero Date removes it. Only an offer has one, and it cannot come
// before the offer did: either is an *Error with code EInvalid and changes
// nothing.
func (iv *Interview) SetReplyBy(day Date) error {
	switch {
	case day.IsZero():
		iv.Outcome.ReplyBy = Date{}
		return nil
	case iv.Outcome.Status != StatusOffer:
		return Errorf(EInvalid, "only an offer has a day to reply by; record the offer first")
	case !iv.Outcome.Date.IsZero() && day.Before(iv.Outcome.Date):
		return Errorf(EInvalid, "the reply cannot be due on %s, before the offer came on %s", day, iv.Outcome.Date)
	}
	iv.Outcome.ReplyBy = day
	return nil
}
