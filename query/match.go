package query

import "strings"

// Matcher is a query made ready to match many candidates: its words are
// prepared once and, given a TextIndex of the candidates' texts, looked up
// there instead of searched for in every text.
type Matcher struct {
	q     *Query
	ix    *TextIndex
	words []preparedWord
}

// preparedWord is a free word of the query, ready to match.
type preparedWord struct {
	text    string
	runes   []rune
	letters letterSet // the word's letters
	first   letterSet // its first letter
	docs    []uint64  // the documents that may hold it; nil without an index
	exact   bool      // docs holds exactly the documents that hold it
}

// lookUp reports whether a word is worth looking up in the index: all are
// but a single common letter, which is in nearly every text and found at
// its start by a plain search, while the index would gather the documents
// of half its vocabulary.
func lookUp(w string) bool {
	return len(w) > 1 || rarity(w[0]) > commonLetters
}

// Matcher prepares the query to match many candidates. The index, when not
// nil, must hold the texts the candidates carry (see Match).
func (q *Query) Matcher(ix *TextIndex) *Matcher {
	m := &Matcher{q: q, ix: ix, words: make([]preparedWord, len(q.Words))}
	for i, w := range q.Words {
		runes := appendLowerRunes(nil, w)
		pw := preparedWord{text: w, runes: runes}
		pw.letters, _ = titleLetters(runes)
		if len(runes) > 0 {
			pw.first = letterOf(runes[0])
		}
		if ix != nil && lookUp(w) {
			pw.docs, pw.exact = ix.Holding(w)
		}
		m.words[i] = pw
	}
	return m
}

// Match reports whether the candidate passes every part of the query. doc
// is the candidate's text in the Matcher's index, or -1 when it is not
// there; the candidate's own Text is then searched. A Matcher may be used
// from several goroutines at once.
func (m *Matcher) Match(c *Candidate, doc int32) bool {
	if !m.q.MatchSummary(&c.Summary) {
		return false
	}
	var letters letterSet
	if m.ix != nil && doc >= 0 && int(doc) < len(m.ix.letters) && c.Text != "" {
		letters = m.ix.letters[doc]
	} else {
		doc = -1
	}
	for i := range m.words {
		if !m.words[i].matches(c, doc, letters) {
			return false
		}
	}
	return true
}

// matches tries the index first, then the cheap, bounded fuzzy match on the
// title, and only then a plain search through the answers. doc is the
// candidate's document in the index, or -1; letters are its letters.
func (w *preparedWord) matches(c *Candidate, doc int32, letters letterSet) bool {
	if doc >= 0 {
		// The text holds the title, so a word with a letter the text lacks
		// matches neither; one letter matches where the text has it.
		if w.letters&^letters != 0 {
			return false
		}
		if len(w.runes) == 1 && w.first != otherLetters {
			return true
		}
	}
	indexed := w.docs != nil && doc >= 0
	if indexed && w.exact && HasDoc(w.docs, doc) {
		return true
	}
	if w.fuzzy(c) {
		return true
	}
	switch {
	case c.Text == "":
		_, titleLower := c.titles()
		return strings.Contains(titleLower, w.text)
	case indexed && !HasDoc(w.docs, doc):
		return false
	case indexed && w.exact:
		return true
	}
	return containsRare(c.Text, w.text)
}
