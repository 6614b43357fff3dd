package applog

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/debrief-journal/debrief/journal"
)

// maxLinks bounds how much of a chain is written, should a cause ever
// point back at itself.
const maxLinks = 32

// chain describes err and every error under it, outermost first, one line
// each (see link). Errors joined with errors.Join are followed in order.
func chain(err error) []string {
	var lines []string
	var walk func(error)
	walk = func(e error) {
		if e == nil || len(lines) >= maxLinks {
			return
		}
		if _, ok := e.(reported); ok {
			walk(errors.Unwrap(e))
			return
		}
		lines = append(lines, link(e))
		switch u := e.(type) {
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		case interface{ Unwrap() []error }:
			for _, c := range u.Unwrap() {
				walk(c)
			}
		}
	}
	walk(err)
	return lines
}

// link describes one error of a chain by its Go type and the words it adds
// to its causes. A *journal.Error is written as its code alone: its message
// is meant for the user and often quotes what the user wrote, such as a
// company's name. The causes' own text is cut out of a wrapper's (it is
// written on their own lines, and a cause may be a *journal.Error), and
// anything in double quotes is blanked, since that is where Go's errors
// put the values they were given.
func link(e error) string {
	if je, ok := e.(*journal.Error); ok {
		return fmt.Sprintf("%T code=%s", je, je.Code)
	}
	text := e.Error()
	for _, c := range causes(e) {
		if ct := c.Error(); ct != "" {
			text = strings.ReplaceAll(text, ct, "…")
		}
	}
	return fmt.Sprintf("%T: %s", e, blankQuoted(text))
}

// causes returns the errors e wraps directly.
func causes(e error) []error {
	switch u := e.(type) {
	case interface{ Unwrap() error }:
		if c := u.Unwrap(); c != nil {
			return []error{c}
		}
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	}
	return nil
}

// quoted matches text in double quotes, with Go's escapes inside. It is
// compiled when first needed, not as every command starts.
var quoted = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`"(?:[^"\\]|\\.)*"`) })

// blankQuoted replaces the inside of every quoted part of s with an
// ellipsis.
func blankQuoted(s string) string { return quoted().ReplaceAllString(s, `"…"`) }
