package query

import (
	"unicode"
	"unicode/utf8"
)

// The fuzzy match used for company and role is a subsequence match with one
// rule that keeps it from matching noise: the first letter of the word must
// begin a word of the title, and every later letter must either follow the
// previous matched one directly or begin a later word. So "acme" finds
// "Acme", "nwl" finds "North West Labs" and "acbe" finds "Acme, Backend
// engineer", while "lead" does not match any title holding an l, an e, an a
// and a d somewhere.
//
// The rule looks only at a letter and the one matched before it, so a word
// that matches still matches with its last letters removed. Typing more can
// therefore only narrow the results, which lets the list filter the previous
// matches alone on each keystroke.

// maxStackTitle is the title length matched without allocating.
const maxStackTitle = 128

// fuzzyMatch reports whether the word matches the lower-cased title runes
// by the rule above.
func fuzzyMatch(title []rune, word string) bool {
	var pbuf [32]rune
	return fuzzyMatchRunes(title, appendLowerRunes(pbuf[:0], word))
}

// fuzzyMatchRunes is fuzzyMatch for a word already turned into lower-cased
// runes.
func fuzzyMatchRunes(title, p []rune) bool {
	if len(p) == 0 {
		return true
	}
	if len(p) > len(title) || !isSubsequence(p, title) {
		return false
	}
	m := len(title)
	var nextBuf, curBuf [maxStackTitle + 1]bool
	next, cur := nextBuf[:], curBuf[:]
	if m > maxStackTitle {
		next, cur = make([]bool, m+1), make([]bool, m+1)
	}
	// Going backwards through the word, cur[j] says that letter i can sit at
	// title position j with the rest of the word placed validly after it.
	for i := len(p) - 1; i >= 0; i-- {
		clear(cur[:m+1])
		laterStart := false // some k > j begins a word and holds letter i+1
		for j := m - 1; j >= 0; j-- {
			if title[j] == p[i] {
				cur[j] = i == len(p)-1 || next[j+1] || laterStart
			}
			if i < len(p)-1 && next[j] && wordStart(title, j) {
				laterStart = true
			}
		}
		next, cur = cur, next
	}
	for j := range m {
		if next[j] && wordStart(title, j) {
			return true
		}
	}
	return false
}

// fuzzyPositions returns where the word's letters matched in the title,
// preferring letters next to each other, and whether it matched at all. It
// allocates, and is meant for the few rows a screen draws.
func fuzzyPositions(title []rune, word string) ([]int, bool) {
	if !fuzzyMatch(title, word) {
		return nil, false
	}
	p := appendLowerRunes(nil, word)
	m := len(title)
	// reach[i][j]: letter i at position j can be completed.
	reach := make([][]bool, len(p)+1)
	for i := range reach {
		reach[i] = make([]bool, m+1)
	}
	for i := len(p) - 1; i >= 0; i-- {
		laterStart := false
		for j := m - 1; j >= 0; j-- {
			if title[j] == p[i] {
				reach[i][j] = i == len(p)-1 || reach[i+1][j+1] || laterStart
			}
			if i < len(p)-1 && reach[i+1][j] && wordStart(title, j) {
				laterStart = true
			}
		}
	}
	pos := make([]int, 0, len(p))
	prev := -1
	for i := range p {
		at := -1
		if prev >= 0 && prev+1 < m && reach[i][prev+1] {
			at = prev + 1
		} else {
			for j := prev + 1; j < m; j++ {
				if reach[i][j] && wordStart(title, j) {
					at = j
					break
				}
			}
		}
		if at < 0 {
			return nil, false
		}
		pos = append(pos, at)
		prev = at
	}
	return pos, true
}

// isSubsequence is the cheap first test: most titles fail it.
func isSubsequence(p, t []rune) bool {
	i := 0
	for _, r := range t {
		if i < len(p) && r == p[i] {
			i++
		}
	}
	return i == len(p)
}

// wordStart reports whether position j of the title begins a word.
func wordStart(t []rune, j int) bool {
	return j == 0 || !isWordRune(t[j-1]) && isWordRune(t[j])
}

func isWordRune(r rune) bool {
	return r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z') ||
		r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func appendLowerRunes(dst []rune, s string) []rune {
	for _, r := range s {
		dst = append(dst, toLowerRune(r))
	}
	return dst
}

func toLowerRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	return unicode.ToLower(r)
}

func decodeRune(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
