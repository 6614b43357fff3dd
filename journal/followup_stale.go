package journal

// LetGoNote is the note kept with a follow-up let go as stale, so that the
// history says why it was skipped.
const LetGoNote = "let go: too late to be worth sending"

// LetGoStale records every stale follow-up of the interview (more than
// StaleAfterDays past its deadline as of today) as skipped on today, with
// LetGoNote, and returns their IDs. Anything else is left as it was.
func (iv *Interview) LetGoStale(today Date) ([]string, error) {
	var ids []string
	for _, f := range PlanFollowUps(iv, today) {
		if f.Stale(today) {
			ids = append(ids, f.ID)
		}
	}
	for _, id := range ids {
		if err := iv.MarkFollowUp(id, FollowUpSkipped, today, Date{}, LetGoNote); err != nil {
			return nil, err
		}
	}
	return ids, nil
}
