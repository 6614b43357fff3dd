package journal

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// DateLayout is how a Date is written: YYYY-MM-DD.
const DateLayout = "2006-01-02"

// FirstYear and LastYear bound the years of every day debrief accepts: the
// years a person can mean for an interview, a decision, a follow-up or a
// review. One rule serves every way a day comes in (typed in the app, given
// as a flag, read from an import, taken from the clock) and every check of
// a record (Validate before each save and in `debrief check`), so nothing
// is written that is later read as damage. The zero Date, which means "not
// given", lies outside the range and stays allowed wherever a day is
// optional.
//
// Readers of stored values are more lenient on purpose: a record that an
// earlier debrief stored with a year outside the range (a typo such as
// 0206) still opens, so the user can see and correct it, and `check` names
// it as breaking this rule rather than as damage.
const (
	FirstYear = 1900
	LastYear  = 2200
)

// DateInRange reports whether d is a day from FirstYear to LastYear. The
// zero Date is not in range.
func DateInRange(d Date) bool {
	y := d.Year()
	return !d.IsZero() && y >= FirstYear && y <= LastYear
}

// TimeInRange reports whether t falls in a year from FirstYear to LastYear,
// in its own location. The zero time is not in range.
func TimeInRange(t time.Time) bool {
	y := t.Year()
	return !t.IsZero() && y >= FirstYear && y <= LastYear
}

// rangeText names the range in messages.
func rangeText() string {
	return fmt.Sprintf("give a day from %d-01-01 to %d-12-31", FirstYear, LastYear)
}

// checkInRange returns an EInvalid *Error about d when it is given (not
// zero) and outside the range.
func checkInRange(d Date) error {
	if d.IsZero() || DateInRange(d) {
		return nil
	}
	return Errorf(EInvalid, "%s is outside the years debrief keeps; %s", d, rangeText())
}

// Date is a calendar day with no time of day and no time zone, the way people
// think of the day of an interview or a promised decision. The zero Date means
// "not given".
type Date struct {
	t time.Time // midnight UTC of the day, or zero
}

// NewDate returns the Date of the given year, month and day.
func NewDate(year int, month time.Month, day int) Date {
	return Date{time.Date(year, month, day, 0, 0, 0, 0, time.UTC)}
}

// DateOf returns the calendar day of t in t's own location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// ParseDate reads a YYYY-MM-DD date typed or given by a person; the empty
// string gives the zero Date. A day outside FirstYear to LastYear is an
// EInvalid *Error naming the range.
func ParseDate(s string) (Date, error) {
	d, err := parseDateLayout(s)
	if err != nil {
		return Date{}, err
	}
	if err := checkInRange(d); err != nil {
		return Date{}, err
	}
	return d, nil
}

// parseDateLayout reads a YYYY-MM-DD date of any year the layout can hold;
// the empty string gives the zero Date.
func parseDateLayout(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return Date{}, Errorf(EInvalid, "%q is not a date like 2026-03-14", s)
	}
	return Date{t}, nil
}

// IsZero reports whether the date was not given.
func (d Date) IsZero() bool { return d.t.IsZero() }

// String returns the date as YYYY-MM-DD, or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return d.t.Format(DateLayout)
}

// Time returns midnight of the day in loc.
func (d Date) Time(loc *time.Location) time.Time {
	y, m, dd := d.t.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, loc)
}

// AddDays returns the date n days later (earlier for negative n).
func (d Date) AddDays(n int) Date { return Date{d.t.AddDate(0, 0, n)} }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int {
	return int(e.t.Sub(d.t).Hours() / 24)
}

// Before reports whether d is an earlier day than e.
func (d Date) Before(e Date) bool { return d.t.Before(e.t) }

// After reports whether d is a later day than e.
func (d Date) After(e Date) bool { return d.t.After(e.t) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int { return d.t.Compare(e.t) }

// Year, Month and Day of the date.
func (d Date) Year() int { return d.t.Year() }

// Month of the date.
func (d Date) Month() time.Month { return d.t.Month() }

// Day of the month of the date.
func (d Date) Day() int { return d.t.Day() }

// Weekday of the date.
func (d Date) Weekday() time.Weekday { return d.t.Weekday() }

// MarshalJSON writes the date as "YYYY-MM-DD" (or "" when zero).
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a "YYYY-MM-DD" string of any year the layout can
// hold: the range is a rule that Validate applies, so that a stored record
// outside it still reads (see FirstYear).
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return Errorf(EInvalid, "a date must be a string like \"2026-03-14\"")
	}
	v, err := parseDateLayout(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}
