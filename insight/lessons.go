package insight

import (
	"cmp"
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// Lesson is a lesson the user wrote down after more than one interview,
// perhaps in different words each time: the sign of something noticed but
// not yet practised.
//
// Lessons are grouped like themes, without tags: a built-in list of common
// lessons (pace, examples, research, ...) first, then groups of lessons
// sharing significant words.
type Lesson struct {
	// Key identifies the lesson, such as "topic:pace" or "cluster:whiteboard".
	Key string
	// Label is a representative wording: the one written most often, the
	// latest among equals.
	Label string
	// Topic is the label of the built-in lesson it belongs to, or "".
	Topic string
	// Wordings are the distinct wordings in the order they were first
	// written.
	Wordings []string
	// Count is how many distinct interviews the lesson was written after.
	Count int
	// First and Last are the dates of the first and last of those.
	First, Last journal.Date
	// InterviewIDs are those interviews in date order.
	InterviewIDs []uint64
	// Shifts say whether the ratings of interviews after the lesson was
	// first written moved, one per rating in the order of Patterns.Trends.
	Shifts []RatingShift
}

// lessonGroup collects the lessons of one group while they are built.
type lessonGroup struct {
	key, topic string
	refs       []textRef
	size       int // how many refs it gets, to make room for them once
	count      int
	lastIV     int
}

// lessonCount returns how many lessons an interview holds: its own, and
// those drawn after the decision.
func lessonCount(iv *journal.Interview) int { return len(iv.Lessons) + len(iv.FeedbackLessons) }

// lessonAt returns an interview's j-th lesson, counting the lessons drawn
// after the decision after its own.
func lessonAt(iv *journal.Interview, j int) string {
	if j < len(iv.Lessons) {
		return iv.Lessons[j]
	}
	return iv.FeedbackLessons[j-len(iv.Lessons)]
}

// findLessons groups the lessons of the interviews, which are in date
// order, and returns the groups written after at least MinRecurring of
// them.
func findLessons(ivs []*journal.Interview, cx *textClassifier, generic map[string]bool) []Lesson {
	n := 0
	for _, iv := range ivs {
		n += lessonCount(iv)
	}
	refs := make([]textRef, 0, n)
	of := make([]int32, 0, n) // the wording of each ref
	var buf []string          // the terms of each distinct wording no topic claims
	// As with themes, each distinct wording is classified once, and only
	// the lessons no topic claims keep their terms, shared by every
	// lesson written in those words. A lesson with neither is blank, or
	// has no word to group on: it joins no group. Wordings are grouped
	// once each, whatever the number of lessons written in them.
	type wording struct {
		topic      string
		start, end int
		group      *lessonGroup
	}
	var wordings []wording
	memo := make(map[string]int32)
	for i, iv := range ivs {
		for j := range lessonCount(iv) {
			text := lessonAt(iv, j)
			id, known := memo[text]
			if !known {
				topic, terms := cx.lesson(text)
				id = int32(len(wordings))
				wordings = append(wordings, wording{topic: topic, start: len(buf), end: len(buf) + len(terms)})
				buf = append(buf, terms...)
				memo[text] = id
			}
			if w := &wordings[id]; w.topic == "" && w.start == w.end {
				continue
			}
			refs = append(refs, textRef{iv: i, item: j, start: wordings[id].start, end: wordings[id].end})
			of = append(of, id)
		}
	}

	// Grouping the distinct wordings in the order they were first
	// written gives each the group it would have as every lesson.
	keys := make([]string, len(wordings))
	topicOf := make(map[string]string)
	var left []int
	var leftTerms [][]string
	for id, w := range wordings {
		if w.topic != "" {
			keys[id] = w.topic
			topicOf[w.topic] = cx.lessonLabel(w.topic)
			continue
		}
		if w.start == w.end {
			continue
		}
		left = append(left, id)
		leftTerms = append(leftTerms, buf[w.start:w.end])
	}
	for n, key := range provisionalClusterKeys(clusterTexts(leftTerms, generic)) {
		keys[left[n]] = key
	}

	groups := make(map[string]*lessonGroup)
	var order []*lessonGroup
	for _, id := range of {
		w := &wordings[id]
		if w.group == nil && keys[id] != "" {
			g := groups[keys[id]]
			if g == nil {
				g = &lessonGroup{key: keys[id], topic: topicOf[keys[id]], lastIV: -1}
				groups[keys[id]] = g
				order = append(order, g)
			}
			w.group = g
		}
		if w.group != nil {
			w.group.size++
		}
	}
	for k, r := range refs {
		g := wordings[of[k]].group
		if g == nil {
			continue
		}
		if g.refs == nil {
			g.refs = make([]textRef, 0, g.size)
		}
		if g.lastIV != r.iv {
			g.count++
			g.lastIV = r.iv
		}
		g.refs = append(g.refs, r)
	}

	shifts := newLessonEffects(ivs)
	usedKeys := make(map[string]bool)
	var lessons []Lesson
	for _, g := range order {
		if g.count < MinRecurring {
			continue
		}
		l := buildLesson(ivs, g)
		if g.topic == "" {
			terms := make([][]string, len(g.refs))
			for n, r := range g.refs {
				terms[n] = buf[r.start:r.end]
			}
			l.Key, _ = clusterName(cx.tc, generic, nil, terms, usedKeys)
		}
		l.Shifts = shifts.around(g.refs[0].iv)
		lessons = append(lessons, l)
	}
	slices.SortStableFunc(lessons, func(a, b Lesson) int {
		if c := cmp.Compare(b.Count, a.Count); c != 0 {
			return c
		}
		if c := b.Last.Compare(a.Last); c != 0 {
			return c
		}
		return cmp.Compare(a.Label, b.Label)
	})
	return lessons
}

// buildLesson gathers the wordings, dates and interviews of a group.
func buildLesson(ivs []*journal.Interview, g *lessonGroup) Lesson {
	l := Lesson{Key: g.key, Topic: g.topic, Count: g.count}
	type wording struct {
		index, count, lastIV int
	}
	byNorm := make(map[string]*wording)
	// The same lesson is usually written the same way; looking the exact
	// text up first, as written, saves trimming and normalising it again.
	byText := make(map[string]*wording)
	lastIV := -1
	for _, r := range g.refs {
		iv := ivs[r.iv]
		written := lessonAt(iv, r.item)
		w := byText[written]
		if w == nil {
			text := strings.TrimSpace(written)
			norm := normalizeWording(text)
			w = byNorm[norm]
			if w == nil {
				w = &wording{index: len(l.Wordings)}
				byNorm[norm] = w
				l.Wordings = append(l.Wordings, text)
			}
			byText[written] = w
		}
		w.count++
		w.lastIV = r.iv
		if r.iv != lastIV {
			l.InterviewIDs = append(l.InterviewIDs, iv.ID)
			lastIV = r.iv
		}
	}
	l.First, l.Last = ivs[g.refs[0].iv].Date, ivs[g.refs[len(g.refs)-1].iv].Date
	var best *wording
	for _, w := range byNorm {
		if best == nil || w.count > best.count || (w.count == best.count && w.lastIV > best.lastIV) ||
			(w.count == best.count && w.lastIV == best.lastIV && w.index > best.index) {
			best = w
		}
	}
	l.Label = l.Wordings[best.index]
	return l
}

// normalizeWording reduces a lesson to what makes two wordings the same:
// case, spacing and end punctuation do not.
func normalizeWording(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.TrimRight(s, ".!;:, ")
}
