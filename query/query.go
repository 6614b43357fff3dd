package query

import (
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// Query narrows a list of interviews. The list screen parses it from what is
// typed in its filter (Parse) and the command line builds the same text
// from its flags, so both narrow in exactly the same way.
//
// Free words must all match, each one either fuzzily in the company and role
// or as plain text anywhere in the interview. The other parts narrow by
// company (any of Companies, as plain text), stage (any of Stages), outcome
// (any of Outcomes), tags (every group of TagGroups, each satisfied by a tag
// starting with one of its prefixes), date range and interview number (any
// of IDs: the patterns screen lists the interviews behind a pattern so).
type Query struct {
	Words     []string         // lower-cased words and phrases
	Companies []string         // lower-cased text the company must contain
	Stages    []journal.Stage  // the stages allowed; none means any
	Outcomes  []journal.Status // the outcomes allowed; none means any
	TagGroups [][]string       // lower-cased tag prefixes
	Since     journal.Date     // the first day allowed, or zero
	Until     journal.Date     // the last day allowed, or zero
	IDs       []uint64         // the interviews allowed by number; none means any
	// none is set when a part of the query can match no interview (a stage
	// nothing starts with), so the query matches nothing.
	none bool
	// idSet holds IDs once parsed, for lookups in lists of thousands (the
	// patterns screen names every interview of a theme).
	idSet map[uint64]struct{}
}

// allowsID reports whether the query's IDs allow the interview id, when
// it names any.
func (q *Query) allowsID(id uint64) bool {
	if q.idSet != nil {
		_, ok := q.idSet[id]
		return ok
	}
	return slices.Contains(q.IDs, id)
}

// IsZero reports whether the query narrows nothing.
func (q *Query) IsZero() bool {
	return !q.none && len(q.Words) == 0 && len(q.Companies) == 0 && len(q.Stages) == 0 &&
		len(q.Outcomes) == 0 && len(q.TagGroups) == 0 && q.Since.IsZero() && q.Until.IsZero() && len(q.IDs) == 0
}

// Candidate is one interview made ready for matching: its summary, its
// company and role lower-cased, and the lower-cased text of every answer
// (SearchText) once it is known.
type Candidate struct {
	Summary journal.Summary
	// Text is the interview's SearchText, or "" while it is not loaded; free
	// words then match the company and role only.
	Text       string
	title      []rune // "company role", lower-cased rune by rune
	titleLower string
	letters    letterSet // the letters of the title
	starts     letterSet // the letters that begin a word of the title
}

// NewCandidate prepares a summary, with the interview's SearchText when it
// is known, for matching. A Candidate made without it, from its Summary
// alone, matches too, only more slowly: a list can draw before it has
// prepared every candidate.
func NewCandidate(s journal.Summary, text string) Candidate {
	title := []rune(s.Company + " " + s.Role)
	for i, r := range title {
		title[i] = toLowerRune(r)
	}
	letters, starts := titleLetters(title)
	return Candidate{Summary: s, Text: text, title: title, titleLower: string(title), letters: letters, starts: starts}
}

// Prepared reports whether the candidate was made by NewCandidate.
func (c *Candidate) Prepared() bool { return c.title != nil }

// titles returns the lower-cased title as runes and as text, preparing
// them when the candidate was not.
func (c *Candidate) titles() ([]rune, string) {
	if c.title != nil {
		return c.title, c.titleLower
	}
	p := NewCandidate(c.Summary, "")
	return p.title, p.titleLower
}

// fuzzy reports whether the word matches the title fuzzily. The letter
// sets decide most cases at once: the title must hold each of the word's
// letters, and a word of the title must begin with its first; a single
// letter that begins a word matches.
func (w *preparedWord) fuzzy(c *Candidate) bool {
	if c.title != nil {
		if w.letters&^c.letters != 0 || w.first&c.starts == 0 {
			return false
		}
		if len(w.runes) == 1 && w.first != otherLetters {
			return true
		}
	}
	title, _ := c.titles()
	return fuzzyMatchRunes(title, w.runes)
}

// Match reports whether the candidate passes every part of the query. To
// match many candidates, a Matcher is faster.
func (q *Query) Match(c *Candidate) bool {
	return q.Matcher(nil).Match(c, -1)
}

// MatchSummary reports whether a summary passes the parts of the query that
// need no answer text: company, stage, outcome, tags and dates. Commands
// that stream interviews check it first, and read answers only for the
// interviews that pass.
func (q *Query) MatchSummary(s *journal.Summary) bool {
	if q.none {
		return false
	}
	if !q.Since.IsZero() && (s.Date.IsZero() || s.Date.Before(q.Since)) {
		return false
	}
	if !q.Until.IsZero() && (s.Date.IsZero() || s.Date.After(q.Until)) {
		return false
	}
	if len(q.IDs) > 0 && !q.allowsID(s.ID) {
		return false
	}
	if len(q.Stages) > 0 && !slices.Contains(q.Stages, s.Stage) {
		return false
	}
	if len(q.Outcomes) > 0 && !slices.Contains(q.Outcomes, effectiveStatus(s.Status)) {
		return false
	}
	if len(q.Companies) > 0 && !slices.ContainsFunc(q.Companies, func(c string) bool { return containsFold(s.Company, c) }) {
		return false
	}
	for _, group := range q.TagGroups {
		if !hasTagWithPrefix(s.Tags, group) {
			return false
		}
	}
	return true
}

// TitleHighlights returns the positions, in runes of Company + " " + Role,
// of what the free words matched there, and the words found only in the
// answers, so a screen can highlight the first and show where the others
// are.
func (q *Query) TitleHighlights(c *Candidate) (positions []int, inAnswers []string) {
	title, titleLower := c.titles()
	for _, w := range q.Words {
		if pos, ok := fuzzyPositions(title, w); ok {
			positions = append(positions, pos...)
			continue
		}
		if i := strings.Index(titleLower, w); i >= 0 {
			start := len([]rune(titleLower[:i]))
			for k := range len([]rune(w)) {
				positions = append(positions, start+k)
			}
			continue
		}
		inAnswers = append(inAnswers, w)
	}
	slices.Sort(positions)
	return slices.Compact(positions), inAnswers
}

// effectiveStatus treats an interview with no outcome as pending.
func effectiveStatus(s journal.Status) journal.Status {
	if s == "" {
		return journal.StatusPending
	}
	return s
}

func hasTagWithPrefix(tags, prefixes []string) bool {
	for _, t := range tags {
		for _, p := range prefixes {
			if hasPrefixFold(t, p) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s starts with the lower-cased prefix,
// ignoring case, without allocating.
func hasPrefixFold(s, lowerPrefix string) bool {
	for _, pr := range lowerPrefix {
		if s == "" {
			return false
		}
		r, size := decodeRune(s)
		if toLowerRune(r) != pr {
			return false
		}
		s = s[size:]
	}
	return true
}

// containsFold reports whether s contains the lower-cased sub, ignoring case.
func containsFold(s, lowerSub string) bool {
	if lowerSub == "" {
		return true
	}
	for i := range s {
		if hasPrefixFold(s[i:], lowerSub) {
			return true
		}
	}
	return false
}
