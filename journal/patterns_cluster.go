package journal

import (
	"slices"
	"strings"
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
	// distinct texts says nothing about any of them ("project", "data").
	clusterGenericShare = 10
	// clusterMinGenericDF keeps small journals from treating every repeated
	// word as generic: a term is never generic below this many texts.
	clusterMinGenericDF = 8
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
func clusterTexts(terms [][]string, generic map[string]bool) []int {
	nodeOf := make([]int, len(terms))
	var nodes [][]string
	ids := make(map[string]int)
	// Texts with the same significant terms are one node, so a question
	// asked in the same words a hundred times costs one comparison.
	for i, ts := range terms {
		set := significantTerms(ts, generic)
		if len(set) == 0 {
			nodeOf[i] = -1
			continue
		}
		key := strings.Join(set, " ")
		id, ok := ids[key]
		if !ok {
			id = len(nodes)
			ids[key] = id
			nodes = append(nodes, set)
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
			if similarTermSets(int(shared[j]), len(set), len(nodes[j])) {
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

// significantTerms returns the distinct terms of ts that are not generic,
// sorted, in a new slice.
func significantTerms(ts []string, generic map[string]bool) []string {
	set := make([]string, 0, len(ts))
	for _, t := range ts {
		if !generic[t] && len(t) > 1 {
			set = append(set, t)
		}
	}
	slices.Sort(set)
	return slices.Compact(set)
}

// unionFind keeps disjoint groups of the numbers 0 to n-1.
type unionFind struct{ parent []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

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
