package insight

import "strings"

// Stem returns the stem of an English word: the word with its inflectional
// and common derivational suffixes stripped, so that "salary" and "salaries",
// or "expect", "expected" and "expectations", give the same stem. It follows
// M. F. Porter's suffix-stripping algorithm, with British spellings folded
// into American ones first and a few irregular forms that the suffix rules
// cannot reach ("failure", "leadership", "thought") mapped to their root,
// and "-ship" removed from nouns ("relationship" meets "relate").
// The word is lower-cased; a word with letters outside a to z is returned
// lower-cased but otherwise unchanged, and stems are not always words.
func Stem(word string) string {
	word = strings.ToLower(word)
	if root, ok := irregularRoot(word); ok {
		return root
	}
	if len(word) <= 2 || !isASCIILower(word) {
		return word
	}
	w := []byte(withoutShip(americanSpelling(word)))
	w = stemStep1a(w)
	w = stemStep1b(w)
	w = stemStep1c(w)
	w = stemStep2(w)
	w = stemStep3(w)
	w = stemStep4(w)
	w = stemStep5(w)
	return string(w)
}

// isASCIILower reports whether s has only the letters a to z.
func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// irregularRoot maps forms whose relation to their root no suffix rule can
// see. The roots are themselves stems, so "led" meets "leading" at "lead".
func irregularRoot(w string) (string, bool) {
	switch w {
	case "failure", "failures":
		return "fail", true
	case "leader", "leaders", "leadership", "leaderships", "led":
		return "lead", true
	case "thought", "thoughts":
		return "think", true
	case "told":
		return "tell", true
	case "made":
		return "make", true
	case "paid":
		return "pai", true
	case "took", "taken":
		return "take", true
	case "gave", "given":
		return "give", true
	case "wrote", "written":
		return "write", true
	case "spoke", "spoken":
		return "speak", true
	case "chose", "chosen":
		return "choos", true
	case "felt":
		return "feel", true
	case "met":
		return "meet", true
	case "knew", "known":
		return "know", true
	case "lost":
		return "lose", true
	case "went", "gone":
		return "go", true
	case "began", "begun":
		return "begin", true
	case "fell", "fallen":
		return "fall", true
	case "cv", "cvs", "resume", "resumes", "résumé", "résumés":
		// A CV and a résumé are the same document to an interviewer.
		return "resum", true
	}
	return "", false
}

// americanSpelling folds the British spellings that the suffix rules would
// otherwise keep apart ("prioritise" and "prioritize", "practise" and
// "practice", "behaviour" and "behavior").
func americanSpelling(w string) string {
	if strings.HasPrefix(w, "practis") {
		return "practic" + w[len("practis"):]
	}
	if len(w) >= 7 {
		for _, suf := range [...]string{"isation", "isations", "ise", "ised", "ises", "ising", "yse", "ysed", "ysing"} {
			if strings.HasSuffix(w, suf) {
				stem := w[:len(w)-len(suf)]
				z := "iz" + suf[2:]
				if suf[0] == 'y' {
					z = "yz" + suf[2:]
				}
				return stem + z
			}
		}
	}
	if i := strings.Index(w, "iour"); i > 0 {
		return w[:i] + "ior" + w[i+4:]
	}
	return w
}

// withoutShip removes the "-ship" of a noun like "relationship" or
// "internship", which the suffix rules leave alone, when what is left is a
// word of its own ("hardship" keeps it: "hard" is another idea).
func withoutShip(w string) string {
	for _, suf := range [...]string{"ships", "ship"} {
		if rest, ok := strings.CutSuffix(w, suf); ok && len(rest) >= 5 {
			return rest
		}
	}
	return w
}

// stemIsConsonant reports whether w[i] is a consonant in Porter's sense: not
// a vowel, and not a "y" that follows a consonant.
func stemIsConsonant(w []byte, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !stemIsConsonant(w, i-1)
	}
	return true
}

// stemMeasure counts the vowel-consonant sequences of w, Porter's m.
func stemMeasure(w []byte) int {
	m := 0
	prevVowel := false
	for i := range w {
		c := stemIsConsonant(w, i)
		if c && prevVowel {
			m++
		}
		prevVowel = !c
	}
	return m
}

// stemHasVowel reports whether w has a vowel in Porter's sense.
func stemHasVowel(w []byte) bool {
	for i := range w {
		if !stemIsConsonant(w, i) {
			return true
		}
	}
	return false
}

// stemEndsDoubleConsonant reports whether w ends in two equal consonants.
func stemEndsDoubleConsonant(w []byte) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && stemIsConsonant(w, n-1)
}

// stemEndsCVC reports whether w ends consonant-vowel-consonant with a last
// letter other than w, x or y, the shape of short words like "hop".
func stemEndsCVC(w []byte) bool {
	n := len(w)
	if n < 3 || !stemIsConsonant(w, n-1) || stemIsConsonant(w, n-2) || !stemIsConsonant(w, n-3) {
		return false
	}
	last := w[n-1]
	return last != 'w' && last != 'x' && last != 'y'
}

// stemHasSuffix reports whether w ends with suffix.
func stemHasSuffix(w []byte, suffix string) bool {
	return len(w) >= len(suffix) && string(w[len(w)-len(suffix):]) == suffix
}

// stemStep1a removes plurals.
func stemStep1a(w []byte) []byte {
	switch {
	case stemHasSuffix(w, "sses"), stemHasSuffix(w, "ies"):
		return w[:len(w)-2]
	case stemHasSuffix(w, "ss"):
		return w
	case stemHasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// stemStep1b removes -ed and -ing, then repairs the stem so that "hoping"
// becomes "hope" and "hopping" becomes "hop".
func stemStep1b(w []byte) []byte {
	if stemHasSuffix(w, "eed") {
		if stemMeasure(w[:len(w)-3]) > 0 {
			return w[:len(w)-1]
		}
		return w
	}
	var stem []byte
	switch {
	case stemHasSuffix(w, "ed") && stemHasVowel(w[:len(w)-2]):
		stem = w[:len(w)-2]
	case stemHasSuffix(w, "ing") && stemHasVowel(w[:len(w)-3]):
		stem = w[:len(w)-3]
	default:
		return w
	}
	switch {
	case stemHasSuffix(stem, "at"), stemHasSuffix(stem, "bl"), stemHasSuffix(stem, "iz"):
		return append(stem, 'e')
	case stemEndsDoubleConsonant(stem):
		if last := stem[len(stem)-1]; last != 'l' && last != 's' && last != 'z' {
			return stem[:len(stem)-1]
		}
	case stemMeasure(stem) == 1 && stemEndsCVC(stem):
		return append(stem, 'e')
	}
	return stem
}

// stemStep1c turns a final y into i after a vowel-bearing stem, so "salary"
// meets "salaries".
func stemStep1c(w []byte) []byte {
	if stemHasSuffix(w, "y") && stemHasVowel(w[:len(w)-1]) {
		w[len(w)-1] = 'i'
	}
	return w
}

// stemRule is one suffix replacement of Porter's second and third steps.
type stemRule struct{ suffix, replacement string }

// stemReplaceFirst applies the first rule whose suffix w ends with, when
// what is left has more than minMeasure vowel-consonant sequences. A later,
// shorter suffix is not tried even when the first one's condition fails, as
// in Porter's algorithm.
func stemReplaceFirst(w []byte, rules []stemRule, minMeasure int) []byte {
	for _, r := range rules {
		if !stemHasSuffix(w, r.suffix) {
			continue
		}
		stem := w[:len(w)-len(r.suffix)]
		if stemMeasure(stem) > minMeasure {
			return append(stem, r.replacement...)
		}
		return w
	}
	return w
}

// stemStep2 maps double suffixes to single ones ("-ization" to "-ize").
func stemStep2(w []byte) []byte {
	return stemReplaceFirst(w, []stemRule{
		{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
		{"izer", "ize"}, {"abli", "able"}, {"alli", "al"}, {"entli", "ent"},
		{"eli", "e"}, {"ousli", "ous"}, {"ization", "ize"}, {"ation", "ate"},
		{"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
		{"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
	}, 0)
}

// stemStep3 removes -ness, -ful and their kin.
func stemStep3(w []byte) []byte {
	return stemReplaceFirst(w, []stemRule{
		{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
		{"ical", "ic"}, {"ful", ""}, {"ness", ""},
	}, 0)
}

// stemStep4 removes the last derivational suffix of a long enough stem.
func stemStep4(w []byte) []byte {
	for _, suffix := range [...]string{
		"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
		"ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize",
	} {
		if !stemHasSuffix(w, suffix) {
			continue
		}
		stem := w[:len(w)-len(suffix)]
		if suffix == "ion" && (len(stem) == 0 || (stem[len(stem)-1] != 's' && stem[len(stem)-1] != 't')) {
			continue
		}
		if stemMeasure(stem) > 1 {
			return stem
		}
		return w
	}
	return w
}

// stemStep5 removes a final e and a final double l from long stems.
func stemStep5(w []byte) []byte {
	if stemHasSuffix(w, "e") {
		stem := w[:len(w)-1]
		if m := stemMeasure(stem); m > 1 || (m == 1 && !stemEndsCVC(stem)) {
			w = stem
		}
	}
	if stemHasSuffix(w, "ll") && stemMeasure(w) > 1 {
		w = w[:len(w)-1]
	}
	return w
}
