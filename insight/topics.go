package insight

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// topicDef defines one topic of a taxonomy in plain English; buildTopicIndex
// stems it with the same stemmer that reads the journal, so the definitions
// stay readable and can never drift from how text is read.
type topicDef struct {
	key   string // stable identifier, such as "compensation"
	label string // how the topic is shown
	// names are what a user might call the topic in a tag, separated by "|".
	names string
	// words are single words that point to the topic, separated by spaces.
	// Each weighs topicStrong unless written as "word:weight"; a negative
	// weight is a word that points away from the topic ("query" for
	// salary).
	words string
	// phrases are short phrases, separated by "|". Each weighs topicPhrase
	// unless written as "phrase:weight". A phrase of two or more words that
	// are not stop words is matched on those words alone, as stop words are
	// ignored in the text too; a phrase that needs its stop words ("what
	// are you on") is matched word for word.
	phrases string
}

// Weights of the evidence for a topic. A text belongs to the topic with the
// highest score when that score reaches topicThreshold, so one strong word
// or one phrase is enough, and weak words only count together.
const (
	topicStrong    = 3
	topicPhrase    = 3
	topicThreshold = 3
	// topicMargin is how far the best curveball topic must lead the next:
	// a question that two topics claim as strongly is unclear, and stays
	// ungrouped rather than join either. Lessons have no margin: their
	// list is ordered from the specific to the broad, and ties go to the
	// specific.
	topicMargin = 1
	// topicPhraseSlack is how many other terms may sit inside a phrase, so
	// that "tell me a bit about yourself" still matches "tell me about
	// yourself".
	topicPhraseSlack = 1
)

// topicPhraseRule is one compiled phrase.
type topicPhraseRule struct {
	terms  []string
	topic  int
	weight int
	full   bool // matched against all the words, stop words included
}

// topicWeight is one word's evidence for one topic.
type topicWeight struct {
	topic  int
	weight int
}

// topicIndex matches texts to the topics of a taxonomy.
type topicIndex struct {
	defs    []topicDef
	keys    []string // "topic:" and each topic's key, as themes and lessons name them
	words   map[string][]topicWeight
	phrases map[string][]topicPhraseRule // by the phrase's first term
	full    map[string][]topicPhraseRule // phrases with stop words, by their first word
	names   map[string]int               // a tag's key to its topic
	scores  []int                        // scratch, one per topic
	margin  int                          // how far the best topic must lead
	// model, when set, weighs the scores with the question's words, as
	// learned from labelled questions (modelMatch).
	model        *topicModel
	modelScratch modelScratch
}

// buildTopicIndex compiles a taxonomy. A word that is listed in several
// forms ("lead", "leader", "leadership") counts once, with its highest
// weight, and a phrase that reduces to the terms of another counts once.
func buildTopicIndex(defs []topicDef, tc *termCache) *topicIndex {
	ix := &topicIndex{
		defs:    defs,
		words:   make(map[string][]topicWeight),
		phrases: make(map[string][]topicPhraseRule),
		full:    make(map[string][]topicPhraseRule),
		names:   make(map[string]int),
		scores:  make([]int, len(defs)),
	}
	for i, d := range defs {
		ix.keys = append(ix.keys, "topic:"+d.key)
		weights := make(map[string]int)
		var order []string
		for _, field := range strings.Fields(d.words) {
			word, weight := splitWeight(field, topicStrong)
			for _, t := range tc.terms(word) {
				if w, seen := weights[t]; !seen {
					order = append(order, t)
					weights[t] = weight
				} else {
					weights[t] = max(w, weight)
				}
			}
		}
		for _, t := range order {
			ix.words[t] = append(ix.words[t], topicWeight{i, weights[t]})
		}
		seen := make(map[string]bool)
		for _, p := range strings.Split(d.phrases, "|") {
			text, weight := splitWeight(p, topicPhrase)
			terms := tc.terms(text)
			full := len(terms) < 2
			if full {
				terms = tc.appendWords(nil, text)
			}
			key := fmt.Sprint(full, terms)
			if len(terms) == 0 || seen[key] {
				continue
			}
			seen[key] = true
			rule := topicPhraseRule{terms, i, weight, full}
			if full {
				ix.full[terms[0]] = append(ix.full[terms[0]], rule)
			} else {
				ix.phrases[terms[0]] = append(ix.phrases[terms[0]], rule)
			}
		}
		for _, n := range strings.Split(d.key+"|"+d.names, "|") {
			if k := tagKey(tc, n); k != "" {
				if _, taken := ix.names[k]; !taken {
					ix.names[k] = i
				}
			}
		}
	}
	return ix
}

// splitWeight reads "text:weight", returning def when no weight is given.
func splitWeight(s string, def int) (string, int) {
	if i := strings.LastIndexByte(s, ':'); i >= 0 {
		if v, err := strconv.Atoi(s[i+1:]); err == nil {
			return s[:i], v
		}
	}
	return s, def
}

// match returns the topic that terms are about and its score, or -1 when no
// topic reaches the threshold. words are all the words of the same text,
// stop words included (appendWords), for the phrases that need them; nil
// leaves those phrases out. Ties go to the topic defined first, so the
// order of a taxonomy is also its priority. An index with a model decides
// by modelMatch instead.
func (ix *topicIndex) match(terms, words []string) (topic, score int) {
	clear(ix.scores)
	touched := false
	for i, t := range terms {
		if slices.Contains(terms[:i], t) {
			continue // a word said twice is no stronger evidence
		}
		for _, tw := range ix.words[t] {
			ix.scores[tw.topic] += tw.weight
			touched = true
		}
	}
	for i, t := range terms {
		for _, rule := range ix.phrases[t] {
			if phraseAt(terms, i, rule.terms) {
				ix.scores[rule.topic] += rule.weight
				touched = true
			}
		}
	}
	for i, w := range words {
		for _, rule := range ix.full[w] {
			if phraseAt(words, i, rule.terms) {
				ix.scores[rule.topic] += rule.weight
				touched = true
			}
		}
	}
	if ix.model != nil {
		t := ix.modelMatch(terms, words)
		if t < 0 {
			return -1, 0
		}
		return t, ix.scores[t]
	}
	if !touched {
		return -1, 0
	}
	best, bestScore, runnerUp := -1, topicThreshold-1, 0
	for i, s := range ix.scores {
		if s > bestScore {
			best, bestScore, runnerUp = i, s, max(runnerUp, bestScore)
		} else {
			runnerUp = max(runnerUp, s)
		}
	}
	if best < 0 || bestScore-runnerUp < ix.margin {
		return -1, 0
	}
	return best, bestScore
}

// phraseAt reports whether phrase occurs in terms starting at start, in
// order, with at most topicPhraseSlack other terms in between.
func phraseAt(terms []string, start int, phrase []string) bool {
	slack := topicPhraseSlack
	j := start + 1
	for _, want := range phrase[1:] {
		for j < len(terms) && terms[j] != want {
			if slack == 0 {
				return false
			}
			slack--
			j++
		}
		if j == len(terms) {
			return false
		}
		j++
	}
	return true
}

// topicByName returns the topic a tag names, or -1.
func (ix *topicIndex) topicByName(key string) int {
	if i, ok := ix.names[key]; ok {
		return i
	}
	return -1
}

// tagKey reduces a tag to its terms joined by spaces, so that "Salary",
// "salaries" and "salary!" are one tag, and "system-design" is "system
// design".
func tagKey(tc *termCache, tag string) string {
	terms := tc.terms(tag)
	switch len(terms) {
	case 0:
		return ""
	case 1:
		return terms[0]
	}
	return strings.Join(terms, " ")
}
