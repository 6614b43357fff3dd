package journal

import (
	"math"
	"strconv"
	"strings"
	"time"
)

// Card is one question to practise: a curveball the user wished they had
// answered better, with the answer they wish they had given. It starts as a
// copy of the curveball and is the user's own from then on: sharpening
// its answer changes the card, not the interview.
type Card struct {
	// InterviewID and Number are the card's identity: the interview its
	// curveball was asked in, and the card's place among that interview's
	// cards, 1 for the first made.
	InterviewID uint64 `json:"interview_id"`
	Number      int    `json:"number"`
	// From is the curveball's question as it was when the card was made,
	// so that the card is not made twice however the two change later.
	From     string `json:"from"`
	Question string `json:"question"`
	Answer   string `json:"answer"`
	// Tags are the curveball's, which group cards by theme.
	Tags      []string `json:"tags,omitempty"`
	Suspended bool     `json:"suspended,omitempty"`
	// Stability and Difficulty are what the memory model knows of the
	// card (see package fsrs); both zero before its first review.
	Stability  float64      `json:"stability,omitempty"`
	Difficulty float64      `json:"difficulty,omitempty"`
	Due        Date         `json:"due"`
	Reviews    []CardReview `json:"reviews,omitempty"`
	CreatedAt  time.Time    `json:"created_at"`
}

// CardReview is one practice of a card: the day and how it went, 1
// (again) to 4 (easy).
type CardReview struct {
	Day   Date `json:"day"`
	Grade int  `json:"grade"`
}

// Ref names the card on the command line: "12/2" is the second card made
// from the curveballs of interview 12.
func (c Card) Ref() string {
	return strconv.FormatUint(c.InterviewID, 10) + "/" + strconv.Itoa(c.Number)
}

// ParseCardRef reads a card's reference as Ref writes it ("12/2"),
// space around it and its numbers allowed, and reports whether it names a
// card: an interview's number and a card number, both from 1.
func ParseCardRef(ref string) (interviewID uint64, number int, ok bool) {
	iv, n, found := strings.Cut(strings.TrimSpace(ref), "/")
	id, err := strconv.ParseUint(strings.TrimSpace(iv), 10, 64)
	num, nerr := strconv.Atoi(n)
	if !found || err != nil || nerr != nil || id == 0 || num < 1 {
		return 0, 0, false
	}
	return id, num, true
}

// LastReview returns the day of the card's latest review, zero when none.
func (c Card) LastReview() Date {
	if len(c.Reviews) == 0 {
		return Date{}
	}
	return c.Reviews[len(c.Reviews)-1].Day
}

// DueOn reports whether the card is up for practice on today.
func (c Card) DueOn(today Date) bool { return !c.Suspended && !c.Due.After(today) }

// MaxCardReviews bounds a card's history: years of daily practice.
const MaxCardReviews = 10000

// Validate checks a card against the rules of the journal: a curveball it
// comes from, a question and an answer as text, days in range and grades
// from 1 to 4. A broken rule is an *Error whose cause is a *FieldError.
func (c Card) Validate() error {
	var k fieldCheck
	switch {
	case c.InterviewID == 0:
		k.fail("interview_id", "the interview is missing")
	case c.Number < 1 || c.Number > MaxListItems:
		k.fail("number", "%d is not the number of a card", c.Number)
	}
	k.text("from", c.From, MaxTextBytes)
	k.text("question", c.Question, MaxTextBytes)
	k.text("answer", c.Answer, MaxTextBytes)
	k.texts("tags", c.Tags, MaxTextBytes)
	k.date("due", c.Due)
	k.time("created_at", c.CreatedAt)
	for _, v := range []struct {
		path string
		x    float64
		max  float64
	}{{"stability", c.Stability, 1e6}, {"difficulty", c.Difficulty, 10}} {
		if math.IsNaN(v.x) || v.x < 0 || v.x > v.max {
			k.fail(v.path, "%v is out of range", v.x)
		}
	}
	if len(c.Reviews) > MaxCardReviews {
		k.fail("reviews", "there are %d reviews; a card keeps at most %d", len(c.Reviews), MaxCardReviews)
	}
	for i, r := range c.Reviews {
		k.dateAt("reviews", i, "day", r.Day)
		if r.Grade < 1 || r.Grade > 4 {
			k.fail("reviews["+strconv.Itoa(i)+"].grade", "%d is not a grade from 1 (again) to 4 (easy)", r.Grade)
		}
	}
	return k.err
}

// NewCards returns a card for each curveball of iv with a better answer
// that has none among have (the interview's cards so far), numbered after
// the ones it has and due at once: from the day of the interview, or the
// day they are made when that is earlier.
func NewCards(iv *Interview, have []Card, now time.Time) []Card {
	made := map[string]bool{}
	number := 0
	for _, c := range have {
		made[cardSource(c.From)] = true
		number = max(number, c.Number)
	}
	due := DateOf(now)
	if !iv.Date.IsZero() && iv.Date.Before(due) {
		due = iv.Date
	}
	var out []Card
	for _, cb := range iv.Curveballs {
		src := cardSource(cb.Question)
		if src == "" || strings.TrimSpace(cb.BetterAnswer) == "" || made[src] {
			continue
		}
		made[src] = true
		number++
		out = append(out, Card{
			InterviewID: iv.ID, Number: number, From: cb.Question, Question: cb.Question, Answer: cb.BetterAnswer,
			Tags: append([]string(nil), cb.Tags...), Due: due, CreatedAt: now,
		})
	}
	return out
}

// cardSource is a question as cards are matched to curveballs by it:
// without case or surrounding space.
func cardSource(q string) string { return strings.ToLower(strings.Join(strings.Fields(q), " ")) }
