package insight

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clusterNameTerms is how many of a group's most shared words may name it.
const clusterNameTerms = 3

// clusterName names a group of texts by the significant words most of them
// share, returning a key built from their stems ("cluster:gdpr+consent")
// that stays the same as long as the group is about the same words, and a
// label in the words as the user wrote them ("GDPR, consent"). terms[i]
// holds the terms of texts[i]; used holds the keys given so far and keeps
// keys unique.
func clusterName(tc *termCache, generic map[string]bool, texts []string, terms [][]string, used map[string]bool) (key, label string) {
	type termUse struct {
		stem  string
		count int
		first int
	}
	uses := make(map[string]*termUse)
	var order []*termUse
	for _, ts := range terms {
		for i, t := range ts {
			if generic[t] || len(t) < 2 || slices.Contains(ts[:i], t) {
				continue
			}
			u := uses[t]
			if u == nil {
				u = &termUse{stem: t, first: len(order)}
				uses[t] = u
				order = append(order, u)
			}
			u.count++
		}
	}
	slices.SortStableFunc(order, func(a, b *termUse) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.first, b.first)
	})
	// The most shared word always names the group; others join it only
	// when they are nearly as common, so a group about replication is not
	// named after whichever databases happened to be asked about twice.
	var stems []string
	for _, u := range order {
		if len(stems) == clusterNameTerms || (len(stems) > 0 && (u.count < 2 || 2*u.count < order[0].count)) {
			break
		}
		stems = append(stems, u.stem)
	}
	key = "cluster:" + strings.Join(stems, "+")
	for n := 2; used[key]; n++ {
		key = "cluster:" + strings.Join(stems, "+") + "#" + strconv.Itoa(n)
	}
	used[key] = true
	return key, capitalize(strings.Join(surfaceForms(tc, texts, stems), ", "))
}

// provisionalClusterKeys turns the group numbers of clusterTexts into
// keys, "" for a text in no group. They only tell groups apart until
// clusterName gives the recurring ones their lasting names.
func provisionalClusterKeys(groups []int) []string {
	keys := make([]string, len(groups))
	byGroup := make(map[int]string)
	for i, g := range groups {
		if g < 0 {
			continue
		}
		key, ok := byGroup[g]
		if !ok {
			key = "cluster:" + strconv.Itoa(g)
			byGroup[g] = key
		}
		keys[i] = key
	}
	return keys
}

// surfaceForms returns each stem as the user first wrote it in texts, so a
// label shows "GDPR" and "consumers" rather than "gdpr" and "consum". It
// reads only as many texts as it takes to find them all.
func surfaceForms(tc *termCache, texts []string, stems []string) []string {
	out := make([]string, len(stems))
	missing := len(stems)
	for _, text := range texts {
		if missing == 0 {
			break
		}
		raw := rawWords(text)
		n := 0
		tc.eachWord(text, func(_ []byte, stem string) {
			if i := slices.Index(stems, stem); i >= 0 && out[i] == "" && n < len(raw) {
				out[i] = raw[n]
				missing--
			}
			n++
		})
	}
	for i, s := range out {
		if s == "" {
			out[i] = stems[i]
		}
	}
	return out
}

// rawWords splits text into words exactly as termCache.eachWord does, but
// keeps their case, so a label can show "GDPR" rather than "gdpr".
func rawWords(text string) []string {
	var out []string
	var w strings.Builder
	flush := func() {
		if w.Len() > 0 {
			out = append(out, w.String())
			w.Reset()
		}
	}
	for _, r := range text {
		switch {
		case (r == '\'' || r == '\u2019') && w.Len() > 0:
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'):
			w.WriteRune(r)
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			w.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// capitalize upper-cases the first letter of s.
func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
