package journal

import "slices"

// AnswerRef names one answer a reflection asks for: a field of the
// interview, or a custom answer kept as text under its prompt's id.
type AnswerRef struct {
	// Field is the interview field (as Interview.Get names it), or the
	// prompt id of a custom answer.
	Field string
	// Custom says the answer is kept as text under Field with SetAnswer,
	// whatever Field is called.
	Custom bool
	// Title is the prompt's title: the title a custom answer is kept
	// with, and the name of the answer in clashes.
	Title string
}

// MergeAnswers saves the answers an edit changed into the interview as it
// is stored now: mine is the edit, begun from base, and theirs the
// interview as stored, which may have changed since base (an answer
// changed on its own, in this debrief or another). For each answer named,
// mine is written when it differs from base; an answer the edit left as it
// was keeps theirs. An answer both changed, to different values, takes
// mine, the later save, and clashes names it by title. Everything not
// named (the outcome, follow-ups, feedback, tags) is theirs.
//
// A nil base (an edit begun before drafts kept where they began) writes
// every answer named from mine and reports no clash. The error is the one
// a bad answer in mine gives (an unreadable date); then nothing is merged.
func MergeAnswers(base *Interview, mine, theirs Interview, answers []AnswerRef) (merged Interview, clashes []string, err error) {
	merged = theirs
	// SetAnswer changes the list in place: theirs stays as it was.
	merged.Answers = slices.Clone(theirs.Answers)
	for _, a := range answers {
		if a.Custom {
			m := mine.AnswerFor(a.Field)
			if base != nil {
				b, t := base.AnswerFor(a.Field), theirs.AnswerFor(a.Field)
				if m == b {
					continue
				}
				if t != b && t != m {
					clashes = append(clashes, a.Title)
				}
			}
			merged.SetAnswer(a.Field, a.Title, m)
			continue
		}
		m := mine.Get(a.Field)
		if base != nil {
			// Mine as it would be stored, so that an answer typed the way
			// it was saved (spaces around a role, tags split anew) counts
			// as unchanged.
			var probe Interview
			if err := probe.Set(a.Field, a.Title, m); err != nil {
				return theirs, nil, err
			}
			stored := probe.Get(a.Field)
			b, t := base.Get(a.Field), theirs.Get(a.Field)
			if sameValue(stored, b) {
				continue
			}
			if !sameValue(t, b) && !sameValue(t, stored) {
				clashes = append(clashes, a.Title)
			}
		}
		if err := merged.Set(a.Field, a.Title, m); err != nil {
			return theirs, nil, err
		}
	}
	return merged, clashes, nil
}

// sameValue reports whether two answers hold the same thing; an empty list
// is the same as none.
func sameValue(a, b Value) bool {
	return a.Text == b.Text && a.Rating == b.Rating && slices.Equal(a.Items, b.Items) &&
		slices.Equal(a.People, b.People) && slices.EqualFunc(a.Curveballs, b.Curveballs, sameCurveball)
}

func sameCurveball(a, b Curveball) bool {
	return a.Question == b.Question && a.Answer == b.Answer && a.BetterAnswer == b.BetterAnswer && slices.Equal(a.Tags, b.Tags)
}

// Clone returns a copy of the interview that shares no list with it, so
// that changing one in place leaves the other as it was.
func (iv *Interview) Clone() Interview {
	c := *iv
	c.Interviewers = slices.Clone(iv.Interviewers)
	c.WentWell = slices.Clone(iv.WentWell)
	c.Curveballs = slices.Clone(iv.Curveballs)
	for i := range c.Curveballs {
		c.Curveballs[i].Tags = slices.Clone(c.Curveballs[i].Tags)
	}
	c.Scripted = slices.Clone(iv.Scripted)
	c.ShouldHaveTold = slices.Clone(iv.ShouldHaveTold)
	c.QuestionsAsked = slices.Clone(iv.QuestionsAsked)
	c.Lessons = slices.Clone(iv.Lessons)
	c.Answers = slices.Clone(iv.Answers)
	c.Tags = slices.Clone(iv.Tags)
	c.Feedback = slices.Clone(iv.Feedback)
	c.FeedbackLessons = slices.Clone(iv.FeedbackLessons)
	c.FollowUps = slices.Clone(iv.FollowUps)
	c.Cards = slices.Clone(iv.Cards)
	return c
}

// ChangesAnswers reports whether mine, an edit begun from base, holds an
// answer named in answers that differs from base's: whether saving it
// would change anything.
func ChangesAnswers(base, mine *Interview, answers []AnswerRef) bool {
	for _, a := range answers {
		if a.Custom {
			if mine.AnswerFor(a.Field) != base.AnswerFor(a.Field) {
				return true
			}
			continue
		}
		if !sameValue(mine.Get(a.Field), base.Get(a.Field)) {
			return true
		}
	}
	return false
}
