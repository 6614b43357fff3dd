package insight

// Hooks into the unexported text analysis, for the external tests.

// TextTerms returns the terms of s: stems of its words without stop words.
func TextTerms(s string) []string { return newTermCache().terms(s) }

// CurveballTopicOf returns the key of the built-in topic a question
// matches, or "".
func CurveballTopicOf(question string) string {
	tc := newTermCache()
	ix := buildCurveballIndex()
	if t, _ := ix.match(tc.terms(question), tc.appendWords(nil, question)); t >= 0 {
		return ix.defs[t].key
	}
	return ""
}

// LessonTopicOf returns the key of the built-in lesson a lesson matches,
// or "".
func LessonTopicOf(lesson string) string { return topicKeyOf(lessonTopics(), 0, lesson) }

func topicKeyOf(defs []topicDef, margin int, text string) string {
	tc := newTermCache()
	ix := buildTopicIndex(defs, tc)
	ix.margin = margin
	if t, _ := ix.match(tc.terms(text), tc.appendWords(nil, text)); t >= 0 {
		return defs[t].key
	}
	return ""
}
