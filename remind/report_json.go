package remind

import (
	"strconv"

	"github.com/debrief-journal/debrief/journal"
)

// JSON is the report as `debrief remind --json` prints it.
type JSON struct {
	Today      journal.Date   `json:"today"`
	Due        int            `json:"due"`
	FollowUps  []FollowUpJSON `json:"followups"`
	DrillsDue  int            `json:"drills_due"`
	ReviewDue  bool           `json:"review_due"`
	LastReview journal.Date   `json:"last_review,omitzero"`
}

// FollowUpJSON is one follow-up of the report.
type FollowUpJSON struct {
	Ref         string                 `json:"ref"`
	InterviewID uint64                 `json:"interview_id"`
	Company     string                 `json:"company"`
	Role        string                 `json:"role"`
	Kind        journal.FollowUpKind   `json:"kind"`
	Due         journal.Date           `json:"due"`
	DaysLate    int                    `json:"days_late"`
	Status      journal.FollowUpStatus `json:"status"`
}

// JSON returns the report for tools.
func (r Report) JSON() JSON {
	out := JSON{Today: r.Today, Due: r.Count(), FollowUps: []FollowUpJSON{},
		DrillsDue: r.DrillsDue, ReviewDue: r.ReviewDue, LastReview: r.LastReview}
	for _, it := range r.FollowUps {
		f := it.FollowUp
		out.FollowUps = append(out.FollowUps, FollowUpJSON{
			Ref: strconv.FormatUint(it.InterviewID, 10) + "/" + f.ID, InterviewID: it.InterviewID,
			Company: it.Company, Role: it.Role, Kind: f.Kind, Due: f.Due,
			DaysLate: f.DaysLate(r.Today), Status: f.Status,
		})
	}
	return out
}
