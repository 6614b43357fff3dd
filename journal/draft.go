package journal

import (
	"maps"
	"strconv"
	"time"
)

// DraftKind says which guided flow a draft belongs to.
type DraftKind string

// The guided flows that keep drafts.
const (
	DraftInterview DraftKind = "interview" // a reflection after an interview
	DraftFeedback  DraftKind = "feedback"  // a reflection after the decision
	DraftReview    DraftKind = "review"    // a weekly review
)

// Draft is a guided flow in progress: the answers given so far and where the
// user was, saved as they type so nothing is lost.
type Draft struct {
	ID   uint64    `json:"id"`
	Kind DraftKind `json:"kind"`
	// InterviewID is the interview being edited, or the one a feedback
	// reflection is about; 0 for a new reflection.
	InterviewID uint64 `json:"interview_id,omitempty"`
	// Interview holds the answers of an interview reflection.
	Interview Interview `json:"interview"`
	// Base is the saved interview as it was when an edit of it began, so
	// that finishing the edit saves only the answers changed in it and
	// keeps what was saved to the interview since (see MergeAnswers). Nil
	// for a new reflection, and for an edit begun before drafts kept it.
	Base *Interview `json:"base,omitempty"`
	// Values holds the answers of flows that are not an interview, by prompt id.
	Values map[string]Value `json:"values,omitempty"`
	Step   int              `json:"step"`
	// Sub is the position inside a step made of several inputs (the fields
	// of each curveball).
	Sub       int       `json:"sub,omitempty"`
	Answered  int       `json:"answered"`
	Total     int       `json:"total"`
	UpdatedAt time.Time `json:"updated_at"`
	// Holder is the debrief that has the draft open in its guided flow,
	// nil when none has; only the store writes it (see DraftHolder).
	Holder *DraftHolder `json:"holder,omitempty"`
}

// Label describes the draft for a resume offer, such as
// "Acme, Backend engineer, 6/17 answered".
func (d *Draft) Label() string {
	return d.Interview.Title() + ", " + strconv.Itoa(d.Answered) + "/" + strconv.Itoa(d.Total) + " answered"
}

// Clone returns a copy of the draft that shares no list with it.
func (d *Draft) Clone() Draft {
	c := *d
	c.Interview = d.Interview.Clone()
	if d.Base != nil {
		b := d.Base.Clone()
		c.Base = &b
	}
	c.Values = maps.Clone(d.Values)
	if d.Holder != nil {
		h := *d.Holder
		c.Holder = &h
	}
	return c
}
