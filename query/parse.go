package query

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/debrief-journal/debrief/journal"
)

// The keys of a filter token (key:value) and what each narrows by.
const (
	KeyCompany = "company" // the company contains the value
	KeyStage   = "stage"   // the stage starts with the value
	KeyOutcome = "outcome" // the outcome starts with the value
	KeyTag     = "tag"     // a tag starts with the value
	KeySince   = "since"   // on or after a YYYY, YYYY-MM or YYYY-MM-DD
	KeyUntil   = "until"   // on or before a YYYY, YYYY-MM or YYYY-MM-DD
	KeyID      = "id"      // the interview's number is one of the values
)

// filterKey returns the key a token's key stands for, accepting a few other
// spellings, or "" when it is no key.
func filterKey(k string) string {
	switch strings.ToLower(k) {
	case KeyCompany:
		return KeyCompany
	case KeyStage:
		return KeyStage
	case KeyOutcome, "status":
		return KeyOutcome
	case KeyTag, "tags":
		return KeyTag
	case KeySince:
		return KeySince
	case KeyUntil:
		return KeyUntil
	case KeyID, "ids":
		return KeyID
	}
	return ""
}

// Parse reads the text of a filter. Words and "quoted phrases" match
// the company, role and every answer; key:value tokens narrow by company,
// stage, outcome, tag, since and until (see the Key constants). Several
// values of one key, or one value with commas, are alternatives, except
// that each tag token is required. Keys and values ignore case.
//
// Parse never fails, since the screen parses after every keystroke:
// what it cannot use is described in problems (for the screen to show, or
// the command line to refuse). A stage or outcome that nothing starts with,
// or an id token with no interview number, makes the query match nothing;
// an unfinished date is left out.
func Parse(s string) (q Query, problems []string) {
	var asked queryAsked
	for _, tok := range tokenize(s) {
		key, value, ok := strings.Cut(tok.text, ":")
		canon := filterKey(key)
		if !ok || tok.quotedKey || canon == "" {
			if w := strings.ToLower(strings.TrimSpace(tok.text)); w != "" {
				q.Words = append(q.Words, w)
			}
			continue
		}
		if p := q.addToken(canon, value, &asked); p != "" {
			problems = append(problems, p)
		}
	}
	// Alternatives that all failed leave nothing to match; one that worked
	// is enough.
	if asked.stage && len(q.Stages) == 0 || asked.outcome && len(q.Outcomes) == 0 || asked.id && len(q.IDs) == 0 {
		q.none = true
	}
	return q, problems
}

// queryAsked records which keys were given a value, to tell "any stage"
// from "a stage nothing matched".
type queryAsked struct{ stage, outcome, id bool }

// addToken applies one key:value token and returns a problem, or "".
func (q *Query) addToken(key, value string, asked *queryAsked) string {
	values := []string{strings.ToLower(strings.TrimSpace(value))}
	if key != KeyCompany {
		// Company names may hold commas; other values use them to list
		// alternatives.
		values = values[:0]
		for _, v := range strings.Split(value, ",") {
			if v = strings.ToLower(strings.TrimSpace(v)); v != "" {
				values = append(values, v)
			}
		}
	}
	if len(values) == 0 || values[0] == "" {
		return "" // a key still being typed narrows nothing yet
	}
	switch key {
	case KeyCompany:
		q.Companies = append(q.Companies, values...)
	case KeyTag:
		q.TagGroups = append(q.TagGroups, values)
	case KeyStage:
		asked.stage = true
		if !addByPrefix(&q.Stages, journal.Stages, values) {
			return fmt.Sprintf("no stage starts with %q; stages are %s", value, journal.JoinEnum(journal.Stages))
		}
	case KeyOutcome:
		asked.outcome = true
		if !addByPrefix(&q.Outcomes, journal.Statuses, values) {
			return fmt.Sprintf("no outcome starts with %q; outcomes are %s", value, journal.JoinEnum(journal.Statuses))
		}
	case KeyID:
		asked.id = true
		var bad []string
		for _, v := range values {
			n, err := strconv.ParseUint(strings.TrimPrefix(v, "#"), 10, 64)
			if err != nil || n == 0 {
				bad = append(bad, v)
				continue
			}
			if q.idSet == nil {
				q.idSet = map[uint64]struct{}{}
			}
			if _, seen := q.idSet[n]; !seen {
				q.idSet[n] = struct{}{}
				q.IDs = append(q.IDs, n)
			}
		}
		if len(bad) > 0 {
			return fmt.Sprintf("id: %q is not an interview number like 12", strings.Join(bad, ","))
		}
	case KeySince, KeyUntil:
		d, err := parseDateBound(values[0], key == KeyUntil)
		if err != nil {
			return key + ": " + err.Error()
		}
		if key == KeySince && (q.Since.IsZero() || d.After(q.Since)) {
			q.Since = d
		}
		if key == KeyUntil && (q.Until.IsZero() || d.Before(q.Until)) {
			q.Until = d
		}
	}
	return ""
}

// addByPrefix adds to dst every member of all that starts with one of the
// prefixes ("next round", "next-round" and "next" all find next_round), and
// reports whether each prefix found one.
func addByPrefix[T ~string](dst *[]T, all []T, prefixes []string) bool {
	everyFound := true
	for _, p := range prefixes {
		found := false
		for _, v := range all {
			if strings.HasPrefix(string(v), journal.NormalizeEnum(p)) {
				found = true
				if !slices.Contains(*dst, v) {
					*dst = append(*dst, v)
				}
			}
		}
		everyFound = everyFound && found
	}
	return everyFound
}

// parseDateBound reads YYYY, YYYY-MM or YYYY-MM-DD as the first day of that
// period, or its last day when end is set.
func parseDateBound(s string, end bool) (journal.Date, error) {
	for _, layout := range []struct {
		layout string
		years  int
		months int
	}{{"2006-01-02", 0, 0}, {"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(layout.layout, s)
		if err != nil {
			continue
		}
		d := journal.DateOf(t)
		if end && (layout.years > 0 || layout.months > 0) {
			d = journal.DateOf(t.AddDate(layout.years, layout.months, -1))
		}
		return d, nil
	}
	return journal.Date{}, fmt.Errorf("%q is not a date like 2025, 2025-06 or 2025-06-30", s)
}

// token is one piece of a filter: a word, a "quoted phrase" or key:value.
type token struct {
	text string
	// quotedKey is set when a quote opened before any colon, so
	// "stage:final" in quotes is searched for as text.
	quotedKey bool
}

// tokenize splits a filter on blanks, keeping what is inside double quotes
// together; an unclosed quote runs to the end.
func tokenize(s string) []token {
	var out []token
	var b strings.Builder
	inQuote, quotedKey, started := false, false, false
	flush := func() {
		if started {
			out = append(out, token{text: b.String(), quotedKey: quotedKey})
		}
		b.Reset()
		inQuote, quotedKey, started = false, false, false
	}
	for _, r := range s {
		switch {
		case r == '"':
			if !inQuote && !strings.Contains(b.String(), ":") {
				quotedKey = true
			}
			inQuote = !inQuote
			started = true
		case unicode.IsSpace(r) && !inQuote:
			flush()
		default:
			b.WriteRune(r)
			started = true
		}
	}
	flush()
	return out
}

// Token writes one key:value token as Parse reads it, quoting the
// value when it holds blanks or quotes. Commands use it to turn their flags
// into the text a screen would show.
func Token(key, value string) string {
	value = strings.ReplaceAll(value, `"`, "")
	if strings.ContainsFunc(value, unicode.IsSpace) {
		value = `"` + value + `"`
	}
	return key + ":" + value
}

// IDsToken writes the token that narrows to the interviews with the given
// numbers, in the order given: "id:12,15,19". The patterns screen opens the
// list with it on the interviews behind a theme or a lesson, so the user
// sees the filter and can edit it.
func IDsToken(ids []uint64) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = strconv.FormatUint(id, 10)
	}
	return KeyID + ":" + strings.Join(parts, ",")
}
