package insight

import (
	_ "embed"
	"strings"
	"sync"
)

// How a curveball question finds its topic: the topic list (curveballTopics)
// scores each topic by the words and phrases the question uses, and the
// labelled example questions of topic_examples.tsv vote for the topics of
// the few examples most like it (neighbourIndex). A topic's score is its
// list score, scaled so that one strong word counts topicLexiconWeight,
// plus its votes when at least topicNeighbourSupport examples gave them; the
// best topic must reach topicCombinedMin and lead every
// other topic, and the examples of no topic, by topicCombinedMargin, or the
// question stays without a topic. The weights were chosen by leaving each
// tuning set out in turn (topic_cv_test.go).
const (
	// topicNeighbours is how many of the most alike examples vote.
	topicNeighbours = 8
	// topicNeighbourMinSim is how alike (cosine) an example must be to vote.
	topicNeighbourMinSim = 0.1
	// topicLexiconWeight is what one strong word of the topic list counts
	// beside the votes, which are sums of cosines.
	topicLexiconWeight = 1.5
	// topicNeighbourSupport is how many examples must vote for a topic for
	// their votes to count: one example alike is not enough evidence.
	topicNeighbourSupport = 2
	// topicCombinedMin is the least score a topic needs.
	topicCombinedMin = 1.2
	// topicCombinedMargin is how far the best topic must lead the next.
	topicCombinedMargin = 0.0
)

// topicExamplesTSV holds the labelled example questions: a topic key of
// curveballTopics (or "-" for a question of no topic), a tab, the question.
// internal/topicgen writes it from the tuning sets.
//
//go:generate go run ./internal/topicgen
//go:embed topic_examples.tsv
var topicExamplesTSV string

// curveballNeighbours is the index of the example questions, built on
// first use and shared, read-only, by every analysis.
var curveballNeighbours = sync.OnceValue(func() *neighbourIndex {
	tc := newTermCache()
	return buildNeighbourIndex(parseTopicExamples(topicExamplesTSV, curveballTopics(), tc), len(curveballTopics()), genericTerms(tc))
})

// parseTopicExamples reads labelled examples of the topics defs. A line
// whose key names no topic is read as a question of no topic.
func parseTopicExamples(tsv string, defs []topicDef, tc *termCache) []neighbourExample {
	index := make(map[string]int, len(defs))
	for i, d := range defs {
		index[d.key] = i
	}
	examples := make([]neighbourExample, 0, strings.Count(tsv, "\n"))
	for line := range strings.Lines(tsv) {
		key, text, ok := strings.Cut(strings.TrimRight(line, "\r\n"), "\t")
		if !ok || strings.HasPrefix(key, "#") {
			continue
		}
		topic, known := index[key]
		if !known {
			topic = -1
		}
		examples = append(examples, neighbourExample{topic: topic, terms: tc.terms(text)})
	}
	return examples
}

// curveballIndex is the compiled topic list of curveball questions with
// its examples, built on first use and shared, read-only, by every
// analysis: buildCurveballIndex hands each its own working memory.
var curveballIndex = sync.OnceValue(func() *topicIndex {
	ix := buildTopicIndex(curveballTopics(), newTermCache())
	ix.margin = topicMargin
	ix.neighbours = curveballNeighbours()
	return ix
})

// buildCurveballIndex returns the index that finds the topics of curveball
// questions: the topic list with its margin, and the example questions.
// Its tables are shared; its working memory is its own, so it is not safe
// for concurrent use, but the indexes it returns may be used at once.
func buildCurveballIndex() *topicIndex {
	ix := *curveballIndex()
	ix.scores = make([]int, len(ix.defs))
	ix.neighbourScratch = neighbourScratch{}
	return &ix
}

// combinedMatch is match for an index with example questions: it weighs
// the topic list's scores, already in ix.scores, with the examples' votes.
func (ix *topicIndex) combinedMatch(terms []string) int {
	votes, none := ix.neighbours.votes(terms, topicNeighbours, topicNeighbourMinSim, &ix.neighbourScratch)
	best, bestScore, runnerUp := -1, float32(0), none
	for t, v := range votes {
		if ix.neighbourScratch.support[t] < topicNeighbourSupport {
			v = 0
		}
		v += topicLexiconWeight * float32(ix.scores[t]) / topicStrong
		if v > bestScore {
			best, bestScore, runnerUp = t, v, max(runnerUp, bestScore)
		} else {
			runnerUp = max(runnerUp, v)
		}
	}
	if best < 0 || bestScore < topicCombinedMin || bestScore-runnerUp < topicCombinedMargin {
		return -1
	}
	return best
}
