package insight_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/insight"
)

// sharedWordBaseline is the simple baseline: two questions go together
// when they share a significant term, a stem that is not a stop word and is
// used by no more than one question in heldOutBaselineShare. Each such term
// makes a group, and a question may sit in several groups. It returns that
// pair relation and the size of the largest group.
//
// With chained is true the groups are instead the connected questions
// taken together, as a grouping that links on any shared word ends up.
func sharedWordBaseline(qs []heldOutQuestion, chained bool) grouping {
	terms := make([][]string, len(qs))
	df := make(map[string]int)
	for i, q := range qs {
		ts := insight.TextTerms(q.text)
		slices.Sort(ts)
		terms[i] = slices.Compact(ts)
		for _, t := range terms[i] {
			df[t]++
		}
	}
	limit := len(qs) / heldOutBaselineShare
	significant := func(t string) bool { return df[t] >= 2 && df[t] <= limit && len(t) > 1 }
	largest := min(1, len(qs))
	if !chained {
		for _, n := range df {
			if n <= limit {
				largest = max(largest, n)
			}
		}
		return grouping{largest: largest, same: func(i, j int) bool {
			for _, t := range terms[i] {
				if significant(t) {
					if _, found := slices.BinarySearch(terms[j], t); found {
						return true
					}
				}
			}
			return false
		}}
	}
	parent := make([]int, len(qs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	first := make(map[string]int)
	for i, ts := range terms {
		for _, t := range ts {
			if !significant(t) {
				continue
			}
			if j, seen := first[t]; seen {
				parent[find(i)] = find(j)
			} else {
				first[t] = i
			}
		}
	}
	groups := make([]int, len(qs))
	for i := range groups {
		groups[i] = find(i)
	}
	return sameGroup(groups)
}

// heldOutBaselineShare: in the baseline, a term used by more than one
// question in this many is too common to be significant. It was set before
// any figure was seen and is not to be tuned.
const heldOutBaselineShare = 20

// grouping is which pairs of questions a grouping puts together, and the
// size of its largest group.
type grouping struct {
	same    func(i, j int) bool
	largest int
}

// sameGroup turns group numbers (-1 for an ungrouped question, which is a
// group of its own) into a grouping.
func sameGroup(groups []int) grouping {
	sizes := make(map[int]int)
	largest := min(1, len(groups))
	for _, g := range groups {
		if g >= 0 {
			sizes[g]++
			largest = max(largest, sizes[g])
		}
	}
	return grouping{largest: largest, same: func(i, j int) bool { return groups[i] >= 0 && groups[i] == groups[j] }}
}

// pairScores are pairwise precision, recall and F1 of a grouping against
// the labels, and the largest group as a share of all questions.
type pairScores struct {
	precision, recall, f1, largest float64
	predictedPairs, truePairs      int
}

// scoreGrouping compares a grouping with the topics of qs, over all pairs
// of questions.
func scoreGrouping(qs []heldOutQuestion, g grouping) pairScores {
	sameTopic := func(i, j int) bool {
		return qs[i].topic == qs[j].topic && qs[i].topic != heldOutNoTopic
	}
	var s pairScores
	tp := 0
	for i := range qs {
		for j := i + 1; j < len(qs); j++ {
			pred, truth := g.same(i, j), sameTopic(i, j)
			if pred {
				s.predictedPairs++
			}
			if truth {
				s.truePairs++
			}
			if pred && truth {
				tp++
			}
		}
	}
	if s.predictedPairs > 0 {
		s.precision = float64(tp) / float64(s.predictedPairs)
	}
	if s.truePairs > 0 {
		s.recall = float64(tp) / float64(s.truePairs)
	}
	if s.precision+s.recall > 0 {
		s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall)
	}
	if len(qs) > 0 {
		s.largest = float64(g.largest) / float64(len(qs))
	}
	return s
}

func (s pairScores) String() string {
	return fmt.Sprintf("precision %.3f  recall %.3f  F1 %.3f  largest group %.1f%%  (%d predicted pairs, %d true pairs)",
		s.precision, s.recall, s.f1, 100*s.largest, s.predictedPairs, s.truePairs)
}

// TestPairScoresOfKnownGroupings checks the measure itself: grouping by the
// labels scores 1, and one group of everything has perfect recall and the
// share of true pairs as precision.
func TestPairScoresOfKnownGroupings(t *testing.T) {
	qs := []heldOutQuestion{{"a", "1"}, {"a", "2"}, {"a", "3"}, {"b", "4"}, {"b", "5"}, {heldOutNoTopic, "6"}, {heldOutNoTopic, "7"}}
	byLabel := []int{0, 0, 0, 1, 1, -1, -1}
	if s := scoreGrouping(qs, sameGroup(byLabel)); s.precision != 1 || s.recall != 1 || s.f1 != 1 || s.truePairs != 4 {
		t.Errorf("grouping by label: %v, want all 1 over 4 true pairs", s)
	}
	all := make([]int, len(qs))
	s := scoreGrouping(qs, sameGroup(all))
	if s.recall != 1 || s.precision != 4.0/21 || s.largest != 1 {
		t.Errorf("one group of all: %v, want recall 1, precision 4/21, largest 100%%", s)
	}
	none := []int{-1, -1, -1, -1, -1, -1, -1}
	if s := scoreGrouping(qs, sameGroup(none)); s.predictedPairs != 0 || s.f1 != 0 || s.largest != 1.0/7 {
		t.Errorf("nothing grouped: %v, want no pairs, F1 0, largest one question", s)
	}
}
