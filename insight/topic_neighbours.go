package insight

import (
	"math"
	"slices"
	"strings"
)

// neighbourIndex finds, for a question, the labelled example questions most
// like it: each example is a vector of its terms and of its pairs of
// adjacent terms, weighted by how rare they are among the examples (TF-IDF)
// and scaled to length one, and a question's likeness to an example is the
// cosine of their vectors. It reads a question's topic off its nearest
// examples, so a wording that shares no word with a topic's definition can
// still find the topic through an example worded like it. It is built once
// and then only read, so it is safe for concurrent use.
type neighbourIndex struct {
	ids         map[string]int32     // a feature (term, or pair "a b") to its number
	postings    [][]neighbourPosting // by feature: the examples that have it
	weights     []float32            // by feature: its weight (idf)
	significant []bool               // by feature: whether it is significant
	// unseenWeight is the weight of a pair no example has: that of the
	// rarest pair there is. It counts in a question's length, so that
	// sharing a common word is less alike when the rest is unknown.
	unseenWeight float32
	topics       []int32 // each example's topic, or -1 for one of no topic
	nTopics      int
	// generic are terms that questions of every topic use ("tell",
	// "describe", "time"): an example that shares only such terms with a
	// question does not vote.
	generic map[string]bool
}

// neighbourPosting is one example's weight for one feature.
type neighbourPosting struct {
	example int32
	weight  float32
}

// neighbourExample is one labelled question for buildNeighbourIndex: its
// terms in order and its topic, or -1 for a question of no topic.
type neighbourExample struct {
	topic int
	terms []string
}

// neighbourPairWeight is how much a pair of adjacent terms counts beside a
// single term of the same rarity.
const neighbourPairWeight = 0.5

// buildNeighbourIndex indexes the examples of nTopics topics; generic
// holds the terms that alone do not make two questions alike.
func buildNeighbourIndex(examples []neighbourExample, nTopics int, generic map[string]bool) *neighbourIndex {
	ix := &neighbourIndex{
		ids:     make(map[string]int32, 4*len(examples)),
		topics:  make([]int32, len(examples)),
		nTopics: nTopics,
		generic: generic,
	}
	feats := make([][]int32, len(examples))
	var df []int32
	var buf []string
	for i, ex := range examples {
		ix.topics[i] = int32(ex.topic)
		buf = neighbourFeatures(buf[:0], ex.terms)
		for _, f := range buf {
			id, ok := ix.ids[f]
			if !ok {
				id = int32(len(df))
				ix.ids[f] = id
				df = append(df, 0)
				ix.significant = append(ix.significant, ix.isSignificant(f))
				if isPairFeature(f) {
					ix.weights = append(ix.weights, -1) // marks a pair until weighed
				} else {
					ix.weights = append(ix.weights, 1)
				}
			}
			df[id]++
			feats[i] = append(feats[i], id)
		}
	}
	n := float64(len(examples))
	ix.unseenWeight = float32(neighbourPairWeight * math.Log(1+n))
	for id, d := range df {
		w := float32(math.Log(1 + n/float64(d)))
		if ix.weights[id] < 0 {
			w *= neighbourPairWeight
		}
		ix.weights[id] = w
	}
	ix.postings = make([][]neighbourPosting, len(df))
	for id, d := range df {
		ix.postings[id] = make([]neighbourPosting, 0, d)
	}
	for i, fs := range feats {
		var norm float64
		for _, id := range fs {
			norm += float64(ix.weights[id] * ix.weights[id])
		}
		if norm == 0 {
			continue
		}
		scale := float32(1 / math.Sqrt(norm))
		for _, id := range fs {
			ix.postings[id] = append(ix.postings[id], neighbourPosting{int32(i), ix.weights[id] * scale})
		}
	}
	return ix
}

// neighbourFeatures appends to dst the distinct features of terms: each
// term, and each pair of adjacent terms joined by a space.
func neighbourFeatures(dst, terms []string) []string {
	start := len(dst)
	for i, t := range terms {
		dst = append(dst, t)
		if i > 0 {
			dst = append(dst, terms[i-1]+" "+t)
		}
	}
	slices.Sort(dst[start:])
	return append(dst[:start], slices.Compact(dst[start:])...)
}

// isSignificant reports whether a feature says something about a topic: a
// term that is not generic, or a pair holding one.
func (ix *neighbourIndex) isSignificant(f string) bool {
	a, b, pair := strings.Cut(f, " ")
	return !ix.generic[a] || (pair && !ix.generic[b])
}

// isPairFeature reports whether a feature is a pair of terms.
func isPairFeature(f string) bool { return strings.IndexByte(f, ' ') >= 0 }

// neighbourScratch is the working memory of one caller of votes.
type neighbourScratch struct {
	sims    []float32
	shares  []bool // whether an example shares a significant feature
	touched []int32
	feats   []string
	ids     []int32
	votes   []float32
	// support counts, for each topic, the examples that voted for it.
	support []int32
}

// votes scores each topic for terms by its examples among the k most like
// them: the sum of their cosines, counting only examples at least minSim
// alike that share a significant feature with them. A question with a term
// that is not generic and that no example has gets no votes. It returns the
// scores, indexed by topic, and the score of the examples of no topic among
// them; s.support then holds how many examples voted for each topic. The
// returned slice is s's and is overwritten by the next call.
func (ix *neighbourIndex) votes(terms []string, k int, minSim float32, s *neighbourScratch) ([]float32, float32) {
	if len(s.sims) < len(ix.topics) {
		s.sims = make([]float32, len(ix.topics))
		s.shares = make([]bool, len(ix.topics))
	}
	if len(s.votes) < ix.nTopics {
		s.votes = make([]float32, ix.nTopics)
		s.support = make([]int32, ix.nTopics)
	}
	votes := s.votes[:ix.nTopics]
	clear(votes)
	clear(s.support)
	s.feats = neighbourFeatures(s.feats[:0], terms)
	s.ids = s.ids[:0]
	var norm float64
	for _, f := range s.feats {
		id, known := ix.ids[f]
		switch {
		case known:
			w := ix.weights[id]
			norm += float64(w * w)
			s.ids = append(s.ids, id)
		case !isPairFeature(f) && !ix.generic[f]:
			// A word no example uses is most likely what the question is
			// about ("How does Kafka handle transactions?"): what the
			// examples know of its other words says too little.
			return votes, 0
		default:
			norm += float64(ix.unseenWeight * ix.unseenWeight)
		}
	}
	if len(s.ids) == 0 {
		return votes, 0
	}
	scale := float32(1 / math.Sqrt(norm))
	s.touched = s.touched[:0]
	for _, id := range s.ids {
		qw := ix.weights[id] * scale
		significant := ix.significant[id]
		for _, p := range ix.postings[id] {
			if s.sims[p.example] == 0 {
				s.touched = append(s.touched, p.example)
			}
			s.sims[p.example] += qw * p.weight
			s.shares[p.example] = s.shares[p.example] || significant
		}
	}
	slices.SortFunc(s.touched, func(a, b int32) int {
		if s.sims[a] != s.sims[b] {
			if s.sims[a] > s.sims[b] {
				return -1
			}
			return 1
		}
		return int(a - b)
	})
	var none float32
	n := 0
	for _, e := range s.touched {
		if s.shares[e] && n < k && s.sims[e] >= minSim {
			n++
			if t := ix.topics[e]; t >= 0 {
				votes[t] += s.sims[e]
				s.support[t]++
			} else {
				none += s.sims[e]
			}
		}
		s.sims[e], s.shares[e] = 0, false
	}
	return votes, none
}
