package insight

import (
	"cmp"
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// Where a theme comes from.
const (
	// ThemeTaxonomy is a theme from the built-in list of common interview
	// topics, such as salary or weaknesses.
	ThemeTaxonomy = "taxonomy"
	// ThemeTag is a theme from a tag the user put on curveballs in more
	// than one interview.
	ThemeTag = "tag"
	// ThemeCluster is a theme found by grouping questions that share
	// significant words.
	ThemeCluster = "cluster"
)

// MinRecurring is how many interviews a theme or lesson must appear in to
// count as recurring.
const MinRecurring = 2

// Theme is a curveball topic that came back across interviews.
//
// Each curveball belongs to at most one theme, chosen in this order: a
// built-in topic its question matches; a built-in topic one of its tags
// names (a "salary" tag joins the salary topic); the user's tag with the
// most interviews, if used in at least two; and last a group of questions
// sharing significant words. The built-in list comes first because it
// knows that "salary", "pay" and "what are you making" are one topic, which
// neither tags nor shared words can know.
type Theme struct {
	// Key identifies the theme, such as "topic:compensation", "tag:sql" or
	// "cluster:kafka+consum".
	Key string
	// Label is how the theme is shown.
	Label string
	// Source is ThemeTaxonomy, ThemeTag or ThemeCluster.
	Source string
	// Count is how many distinct interviews the theme came up in.
	Count int
	// Items are the curveballs of the theme in date order.
	Items []ThemeItem
}

// ThemeItem is one curveball of a theme and the interview it came from.
type ThemeItem struct {
	InterviewID  uint64
	Date         journal.Date
	Company      string
	Question     string
	Answer       string
	BetterAnswer string
}

// textRef is one piece of text from an interview and where its terms sit
// in a shared buffer.
type textRef struct {
	iv         int // index into the sorted interviews
	item       int // index of the curveball or lesson in the interview
	start, end int // its terms in the shared buffer
}

// themeGroup collects the curveballs of one theme while themes are built.
type themeGroup struct {
	theme  Theme
	lastIV int
	refs   []int
}

// findThemes groups the curveballs of the interviews, which are in date
// order, and returns the themes met in at least MinRecurring of them.
func findThemes(ivs []*journal.Interview, cx *textClassifier, generic map[string]bool) []Theme {
	tc := cx.tc
	n := 0
	for _, iv := range ivs {
		n += len(iv.Curveballs)
	}
	refs := make([]textRef, 0, n)
	matched := make([]string, 0, n)
	var buf []string // the terms of each distinct wording no topic claims
	// A journal asks the same questions in the same words again and
	// again: each distinct wording is classified once, and its terms (kept
	// only when no topic claims it, for the grouping that follows) are
	// shared by every curveball asking it.
	type wording struct {
		topic      string
		start, end int
	}
	memo := make(map[string]wording)
	for i, iv := range ivs {
		for j, cb := range iv.Curveballs {
			if cb.IsEmpty() {
				continue
			}
			w, known := memo[cb.Question]
			if !known {
				topic, terms := cx.question(cb.Question)
				w = wording{topic: topic, start: len(buf)}
				buf = append(buf, terms...)
				w.end = len(buf)
				memo[cb.Question] = w
			}
			refs = append(refs, textRef{iv: i, item: j, start: w.start, end: w.end})
			matched = append(matched, w.topic)
		}
	}
	termsOf := func(r textRef) []string { return buf[r.start:r.end] }

	keys := make([]string, len(refs))
	labels := make(map[string]string)
	sources := make(map[string]string)
	for k, r := range refs {
		if t := matched[k]; t != "" {
			keys[k] = topicThemeKey(cx, t, labels, sources)
			continue
		}
		for _, tag := range ivs[r.iv].Curveballs[r.item].Tags {
			if _, t := cx.tag(tag); t != "" {
				keys[k] = topicThemeKey(cx, t, labels, sources)
				break
			}
		}
	}
	assignTagThemes(ivs, refs, keys, cx, labels, sources)
	assignClusterThemes(refs, keys, termsOf, generic, sources)

	groups := make(map[string]*themeGroup)
	var order []*themeGroup
	for k, r := range refs {
		key := keys[k]
		if key == "" {
			continue
		}
		g := groups[key]
		if g == nil {
			g = &themeGroup{theme: Theme{Key: key, Label: labels[key], Source: sources[key]}, lastIV: -1}
			groups[key] = g
			order = append(order, g)
		}
		if g.lastIV != r.iv {
			g.theme.Count++
			g.lastIV = r.iv
		}
		g.refs = append(g.refs, k)
	}

	var themes []Theme
	usedKeys := make(map[string]bool)
	for _, g := range order {
		if g.theme.Count < MinRecurring {
			continue
		}
		th := g.theme
		th.Items = make([]ThemeItem, len(g.refs))
		for n, k := range g.refs {
			r := refs[k]
			iv := ivs[r.iv]
			cb := iv.Curveballs[r.item]
			th.Items[n] = ThemeItem{
				InterviewID: iv.ID, Date: iv.Date, Company: iv.Company,
				Question: cb.Question, Answer: cb.Answer, BetterAnswer: cb.BetterAnswer,
			}
		}
		if th.Source == ThemeCluster {
			texts := make([]string, len(g.refs))
			terms := make([][]string, len(g.refs))
			for n, k := range g.refs {
				texts[n], terms[n] = th.Items[n].Question, termsOf(refs[k])
			}
			th.Key, th.Label = clusterName(tc, generic, texts, terms, usedKeys)
		}
		themes = append(themes, th)
	}
	slices.SortStableFunc(themes, func(a, b Theme) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		// Among equals, what came up most recently matters most now.
		if c := b.Items[len(b.Items)-1].Date.Compare(a.Items[len(a.Items)-1].Date); c != 0 {
			return c
		}
		return cmp.Compare(a.Label, b.Label)
	})
	return themes
}

// topicThemeKey returns the theme key of a taxonomy topic and records its
// label and source.
func topicThemeKey(cx *textClassifier, key string, labels, sources map[string]string) string {
	if _, known := labels[key]; !known {
		labels[key], sources[key] = cx.questionLabel(key), ThemeTaxonomy
	}
	return key
}

// assignTagThemes gives each curveball that has no theme yet the theme of
// its tag used in the most interviews, when that is at least MinRecurring.
// Only curveballs without a theme count towards a tag's interviews, since
// the others are already grouped.
func assignTagThemes(ivs []*journal.Interview, refs []textRef, keys []string, cx *textClassifier, labels, sources map[string]string) {
	type tagUse struct {
		count  int
		lastIV int
	}
	uses := make(map[string]*tagUse)
	for k, r := range refs {
		if keys[k] != "" {
			continue
		}
		for _, tag := range ivs[r.iv].Curveballs[r.item].Tags {
			tk, _ := cx.tag(tag)
			if tk == "" {
				continue
			}
			u := uses[tk]
			if u == nil {
				u = &tagUse{lastIV: -1}
				uses[tk] = u
				labels["tag:"+tk] = strings.TrimSpace(tag)
				sources["tag:"+tk] = ThemeTag
			}
			if u.lastIV != r.iv {
				u.count++
				u.lastIV = r.iv
			}
		}
	}
	for k, r := range refs {
		if keys[k] != "" {
			continue
		}
		best, bestCount := "", MinRecurring-1
		for _, tag := range ivs[r.iv].Curveballs[r.item].Tags {
			tk, _ := cx.tag(tag)
			if u := uses[tk]; u != nil && (u.count > bestCount || (u.count == bestCount && best != "" && tk < best)) {
				best, bestCount = tk, u.count
			}
		}
		if best != "" {
			keys[k] = "tag:" + best
		}
	}
}

// assignClusterThemes groups the curveballs that still have no theme by
// the significant words their questions share.
func assignClusterThemes(refs []textRef, keys []string, termsOf func(textRef) []string, generic map[string]bool, sources map[string]string) {
	var left []int
	var terms [][]string
	for k, r := range refs {
		if keys[k] == "" {
			left = append(left, k)
			terms = append(terms, termsOf(r))
		}
	}
	for n, key := range provisionalClusterKeys(clusterTexts(terms, generic)) {
		if key != "" {
			keys[left[n]] = key
			sources[key] = ThemeCluster
		}
	}
}
