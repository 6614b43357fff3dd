package journal

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// FieldError says which field of a record breaks a rule of the domain. It
// is the cause (Err) of the *Error that Validate returns, whose message
// already names the field, so that a reader of a file can point at the
// place in it.
type FieldError struct {
	// Path names the field by its JSON names from the record's top, such as
	// "followups[0].snoozed_until".
	Path string
	// Reason says what is wrong with it, in words meant for the user.
	Reason string
}

// Error returns the path and the reason.
func (e *FieldError) Error() string { return e.Path + ": " + e.Reason }

// FieldPath returns the path of the field that err is about, or "" when err
// names no field.
func FieldPath(err error) string {
	var fe *FieldError
	if errors.As(err, &fe) {
		return fe.Path
	}
	return ""
}

// fieldErrorf returns an EInvalid *Error about the field at path.
func fieldErrorf(path, format string, args ...any) *Error {
	fe := &FieldError{Path: path, Reason: fmt.Sprintf(format, args...)}
	return &Error{Code: EInvalid, Message: fe.Error(), Err: fe}
}

// within puts the field error err under the field at prefix, so a rule of a
// follow-up becomes a rule of the interview's "followups[2]".
func within(prefix string, err error) error {
	var fe *FieldError
	if !errors.As(err, &fe) {
		return Errorf(EInvalid, "%s: %s", prefix, ErrorMessage(err))
	}
	path := prefix + "." + fe.Path
	if strings.HasPrefix(fe.Path, "[") {
		path = prefix + fe.Path
	}
	return fieldErrorf(path, "%s", fe.Reason)
}

// fieldCheck gathers the first rule a record breaks, so a Validate method
// reads as a list of rules. Paths with an index are formatted only when a
// rule is broken: Validate runs on every record of a large import.
type fieldCheck struct{ err error }

func (c *fieldCheck) fail(path, format string, args ...any) {
	if c.err == nil {
		c.err = fieldErrorf(path, format, args...)
	}
}

// text checks one text: within its size limit, valid UTF-8 (stored
// values are, and a text that is not would be changed on the way in), and
// free of NUL characters, which nothing typed in debrief can hold and which
// end the text early in many of the programs it is pasted into.
func (c *fieldCheck) text(path, s string, limit int) {
	if c.err == nil {
		if problem := textProblem(s, limit); problem != "" {
			c.fail(path, "%s", problem)
		}
	}
}

// textAt checks the text of field in the i-th item of a list at prefix;
// an empty field checks the item itself.
func (c *fieldCheck) textAt(prefix string, i int, field, s string, limit int) {
	if c.err == nil {
		if problem := textProblem(s, limit); problem != "" {
			c.fail(itemPath(prefix, i, field), "%s", problem)
		}
	}
}

// textProblem says what is wrong with a text, or "".
func textProblem(s string, limit int) string {
	switch {
	case len(s) > limit:
		return fmt.Sprintf("longer than %d bytes", limit)
	case strings.IndexByte(s, 0) >= 0:
		return "the text holds a NUL character (\\u0000), which no text written in debrief can hold"
	case !utf8.ValidString(s):
		return "the text is not valid UTF-8"
	}
	return ""
}

// texts checks every item of a list of texts.
func (c *fieldCheck) texts(path string, items []string, limit int) {
	for i, s := range items {
		c.textAt(path, i, "", s, limit)
	}
}

// date checks a day that may be left out but must be in range when given.
func (c *fieldCheck) date(path string, d Date) {
	if c.err == nil && !d.IsZero() && !DateInRange(d) {
		c.fail(path, "%s is outside the years debrief keeps; %s", d, rangeText())
	}
}

// dateAt checks the day in field of the i-th item of a list at prefix.
func (c *fieldCheck) dateAt(prefix string, i int, field string, d Date) {
	if c.err == nil && !d.IsZero() && !DateInRange(d) {
		c.date(itemPath(prefix, i, field), d)
	}
}

// time checks a moment that may be left out but must be in range when
// given.
func (c *fieldCheck) time(path string, t time.Time) {
	if c.err == nil && !t.IsZero() && !TimeInRange(t) {
		c.fail(path, "%s is outside the years debrief keeps (%d to %d)", t.Format(time.RFC3339), FirstYear, LastYear)
	}
}

// rating checks a rating: 0 (not rated) or 1 to 5.
func (c *fieldCheck) rating(path string, r Rating) {
	if c.err == nil && !r.Valid() {
		c.fail(path, "%d is not a rating from 1 to 5 (leave it out when not rated)", r)
	}
}

// nested checks a part of the record with its own Validate, such as the
// i-th follow-up.
func (c *fieldCheck) nested(prefix string, i int, err error) {
	if c.err == nil && err != nil {
		c.err = within(itemPath(prefix, i, ""), err)
	}
}

func itemPath(prefix string, i int, field string) string {
	p := fmt.Sprintf("%s[%d]", prefix, i)
	if field != "" {
		p += "." + field
	}
	return p
}
