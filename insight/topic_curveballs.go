package insight

import "sync"

// How a curveball question finds its topic: the topic list (curveballTopics)
// scores each topic by the words and phrases the question uses, and a model
// learned from labelled questions (topicModel) weighs those scores with the
// question's words and pairs of words. The question takes the model's most
// likely topic when that is more likely than no topic and likely enough;
// otherwise it stays without a topic. The settings were chosen by leaving
// each tuning set out in turn (topic_cv_test.go), and by the rule that an
// unclear question stays ungrouped.
const (
	// topicMinProbability is how likely the topic must be.
	topicMinProbability = 0.15
	// topicBareProbability is how likely a topic must be when not one word
	// or phrase of its list is in the question ("Tell me something
	// surprising" is not an achievement question on "something" alone).
	topicBareProbability = 0.6
	// topicUnseenProbability is how likely a topic must be, when its list
	// alone would not claim the question, for a question with a word the
	// model has never seen: that word is most likely what the question is
	// about ("How do Kafka consumer groups rebalance?" is not about
	// teamwork), and the user's own questions group it better.
	topicUnseenProbability = 0.35
)

// curveballIndex is the compiled topic list of curveball questions with
// its model, built on first use and shared, read-only, by every analysis:
// buildCurveballIndex hands each its own working memory.
var curveballIndex = sync.OnceValue(func() *topicIndex {
	ix := buildTopicIndex(curveballTopics(), newTermCache())
	ix.margin = topicMargin
	ix.model = curveballModel()
	return ix
})

// buildCurveballIndex returns the index that finds the topics of curveball
// questions: the topic list with its margin, and the model. Its tables are
// shared; its working memory is its own, so one index is not safe for
// concurrent use, but several may be used at once.
func buildCurveballIndex() *topicIndex {
	ix := *curveballIndex()
	ix.scores = make([]int, len(ix.defs))
	ix.modelScratch = modelScratch{}
	return &ix
}

// modelMatch is match for an index with a model: it weighs the topic
// list's scores, already in ix.scores, with the words of the question.
func (ix *topicIndex) modelMatch(terms, words []string) int {
	t, p := ix.model.classify(terms, words, ix.scores, &ix.modelScratch)
	switch {
	case t < 0 || p < topicMinProbability:
		return -1
	case ix.scores[t] <= 0 && p < topicBareProbability:
		return -1
	case ix.scores[t] < topicThreshold && p < topicUnseenProbability && ix.model.hasUnseen(terms):
		return -1
	}
	return t
}
