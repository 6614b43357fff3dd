package insight

import (
	"slices"
)

// Tuning of the grouping of texts that no taxonomy topic claims.
const (
	// clusterMinOverlap is the share of the shorter text's significant terms
	// that two texts must share, so that a long question cannot swallow
	// every short one that happens to use one of its words.
	clusterMinOverlap = 0.5
	// clusterMinJaccard is the share of all their significant terms that
	// two texts must share.
	clusterMinJaccard = 0.25
	// clusterGenericShare: a term used by more than one in this many
	// distinct texts is too common to group on, like the words of
	// genericWords. The share is generous because a topic the user really
	// is asked about all the time ("Kafka" for a data engineer) must stay.
	clusterGenericShare = 4
	// clusterMinGenericDF keeps small journals from treating every repeated
	// word as generic: a term is never generic below this many texts.
	clusterMinGenericDF = 12
	// clusterScanCap is how many earlier texts sharing a term each text is
	// compared with. Past it, a text can still join the group through the
	// first ones, which keeps grouping linear in the size of the journal.
	clusterScanCap = 64
)

// clusterTexts groups texts by the significant terms they share and returns
// a group number for each text, or -1 for a text with no significant term.
// Texts with the same group number belong together; a group may hold one
// text. terms[i] holds the terms of text i; generic holds terms that never
// count as significant.
//
// Two texts are linked when they share enough of their significant terms
// (similarTermSets) and what they share includes the anchor of one of them:
// its term that recurs in the most texts. Groups are the linked texts taken
// together. Terms used by a large share of the texts are treated as generic.
func clusterTexts(terms [][]string, generic map[string]bool) []int {
	nodeOf := make([]int, len(terms))
	var nodes [][]string
	ids := make(map[string]int)
	// Texts with the same significant terms are one node, so a question
	// asked in the same words a hundred times costs one comparison.
	var set []string
	var key []byte
	for i, ts := range terms {
		set = appendSignificantTerms(set[:0], ts, generic)
		if len(set) == 0 {
			nodeOf[i] = -1
			continue
		}
		key = key[:0]
		for _, t := range set {
			key = append(append(key, t...), ' ')
		}
		id, ok := ids[string(key)]
		if !ok {
			id = len(nodes)
			ids[string(key)] = id
			nodes = append(nodes, slices.Clone(set))
		}
		nodeOf[i] = id
	}

	df := make(map[string]int)
	for _, set := range nodes {
		for _, t := range set {
			df[t]++
		}
	}
	genericCut := max(clusterMinGenericDF, len(nodes)/clusterGenericShare)
	postings := make(map[string][]int32)
	for i, set := range nodes {
		kept := set[:0]
		for _, t := range set {
			n := df[t]
			if n > genericCut {
				continue
			}
			kept = append(kept, t)
			if n >= 2 {
				postings[t] = append(postings[t], int32(i))
			}
		}
		nodes[i] = kept
	}

	anchors := make([]string, len(nodes))
	for i, set := range nodes {
		anchors[i] = anchorTerm(set, df)
	}

	groups := newUnionFind(len(nodes))
	shared := make([]int32, len(nodes))
	stamp := make([]int32, len(nodes))
	var candidates []int32
	for i, set := range nodes {
		candidates = candidates[:0]
		for _, t := range set {
			list := postings[t]
			for _, j := range list[:min(len(list), clusterScanCap)] {
				if int(j) >= i {
					break
				}
				if stamp[j] != int32(i+1) {
					stamp[j], shared[j] = int32(i+1), 0
					candidates = append(candidates, j)
				}
				shared[j]++
			}
		}
		for _, j := range candidates {
			other := nodes[j]
			if !similarTermSets(int(shared[j]), len(set), len(other)) {
				continue
			}
			// Linking only through an anchor keeps groups about one thing:
			// "Kafka replication" and "Kafka caching" share Kafka, but each
			// is anchored on its more recurring word, and they stay apart
			// instead of chaining every Kafka and every caching question
			// into one group.
			if hasTerm(other, anchors[i]) || hasTerm(set, anchors[j]) {
				groups.union(i, int(j))
			}
		}
	}

	out := make([]int, len(terms))
	for i, n := range nodeOf {
		out[i] = -1
		if n >= 0 && len(nodes[n]) > 0 {
			out[i] = groups.find(n)
		}
	}
	return out
}

// anchorTerm returns the term of set that recurs in the most texts, the
// first in alphabetical order among equals, or "" when none recurs.
func anchorTerm(set []string, df map[string]int) string {
	best, bestDF := "", 1
	for _, t := range set {
		if n := df[t]; n > bestDF {
			best, bestDF = t, n
		}
	}
	return best
}

// hasTerm reports whether the sorted set holds t.
func hasTerm(set []string, t string) bool {
	_, found := slices.BinarySearch(set, t)
	return found && t != ""
}

// similarTermSets decides whether two texts with a and b significant terms,
// shared of them in common, are about the same thing.
func similarTermSets(shared, a, b int) bool {
	if shared == 0 {
		return false
	}
	overlap := float64(shared) / float64(min(a, b))
	jaccard := float64(shared) / float64(a+b-shared)
	return overlap >= clusterMinOverlap && jaccard >= clusterMinJaccard
}

// appendSignificantTerms appends the distinct terms of ts that are not
// generic, sorted, to dst.
func appendSignificantTerms(dst, ts []string, generic map[string]bool) []string {
	start := len(dst)
	for _, t := range ts {
		if !generic[t] && len(t) > 1 {
			dst = append(dst, t)
		}
	}
	slices.Sort(dst[start:])
	return append(dst[:start], slices.Compact(dst[start:])...)
}

// unionFind keeps disjoint groups of the numbers 0 to n-1.
type unionFind struct{ parent []int }

// newUnionFind returns n groups of one.
func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

// find returns the number that stands for the group of i.
func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union joins the groups of a and b.
func (u *unionFind) union(a, b int) {
	ra, rb := u.find(a), u.find(b)
	if ra == rb {
		return
	}
	// The earlier text stays the root, so group numbers follow date order.
	if rb < ra {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
}
