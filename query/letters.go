package query

import "strings"

// letterSet is a set of letters and digits as bits, one per ASCII letter or
// digit and one shared by every other character, so that a word can be
// ruled out of a fuzzy match with one test instead of a walk through the
// title.
type letterSet uint64

// otherLetters is the bit of every character that is not an ASCII letter or
// digit.
const otherLetters letterSet = 1 << 63

// letterOf returns the bit of a lower-cased rune.
func letterOf(r rune) letterSet {
	switch {
	case 'a' <= r && r <= 'z':
		return 1 << (r - 'a')
	case '0' <= r && r <= '9':
		return 1 << (26 + r - '0')
	}
	return otherLetters
}

// textLetters returns the letters and digits of lower-cased text; any
// other character adds otherLetters.
func textLetters(s string) letterSet {
	var set letterSet
	for i := 0; i < len(s); i++ {
		switch b := s[i]; {
		case 'a' <= b && b <= 'z':
			set |= 1 << (b - 'a')
		case '0' <= b && b <= '9':
			set |= 1 << (26 + b - '0')
		default:
			set |= otherLetters
		}
	}
	return set
}

// titleLetters returns the letters of lower-cased runes, and those that
// begin a word.
func titleLetters(t []rune) (letters, starts letterSet) {
	for j, r := range t {
		letters |= letterOf(r)
		if wordStart(t, j) {
			starts |= letterOf(r)
		}
	}
	return letters, starts
}

// commonBytes lists lower-case text's bytes from the most to the least
// frequent in English; bytes not listed are rarer still.
const commonBytes = " etaoinshrdlcumwfgypbvkjxqz\n.,"

// commonLetters is the rarity below which a letter shows up in the first
// few words of nearly any text.
const commonLetters = 12

// containsRare reports whether s holds sub. It looks for the rarest byte of
// sub with the vectorised byte search and checks the text around each one,
// which is much faster than strings.Contains when sub starts with a common
// letter and holds a rare character, as "on-call" does.
func containsRare(s, sub string) bool {
	if len(sub) < 2 {
		return strings.Contains(s, sub)
	}
	k := 0
	for i := 1; i < len(sub); i++ {
		if rarity(sub[i]) > rarity(sub[k]) {
			k = i
		}
	}
	c, fails := sub[k], 0
	for at := k; at < len(s); {
		j := strings.IndexByte(s[at:], c)
		if j < 0 {
			return false
		}
		start := at + j - k
		if start+len(sub) <= len(s) && s[start:start+len(sub)] == sub {
			return true
		}
		at += j + 1
		// A byte that turns out common: the general search does better.
		if fails++; fails > 16 {
			return strings.Contains(s[at-k:], sub)
		}
	}
	return false
}

// rarity ranks a byte: the higher, the rarer in lower-cased text.
func rarity(b byte) int {
	if i := strings.IndexByte(commonBytes, b); i >= 0 {
		return i
	}
	return len(commonBytes)
}
