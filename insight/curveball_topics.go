package insight

// curveballTopics returns the taxonomy of interview questions that commonly
// trip candidates up: the questions of a trade or field first, then the
// questions every interview asks. Earlier topics win ties, so "Write SQL for
// the second highest salary" is an SQL exercise, not a salary question.
//
// The topics are defined by meaning, not by one keyword: each lists the
// words and phrases interviewers use for it, including the roundabout ones
// ("what number would you need", "how much are you on"), and words that
// point away from it carry a negative weight.
func curveballTopics() []topicDef {
	return append(fieldTopics(), commonTopics()...)
}
