package cli

import (
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// clockFrom returns the clock commands use. DEBRIEF_NOW, an RFC 3339 time
// such as 2026-03-14T10:00:00Z, is a testing aid: it starts the clock at
// that moment (shown in the local zone) and lets it run from there, so
// tests of the built binary can stand on any day, such as a week after the
// last review, while saves still get increasing times. Anything that does
// not parse leaves the real clock; a time that parses but lies outside the
// years debrief keeps is refused by checkClock.
func clockFrom(value string, real func() time.Time) func() time.Time {
	if value == "" {
		return real
	}
	start, err := time.Parse(time.RFC3339, value)
	if err != nil {
		return real
	}
	began := real()
	return func() time.Time { return start.Add(real().Sub(began)).In(time.Local) }
}

// checkClock refuses to run a command while the clock's day is outside the
// years debrief keeps (journal.FirstYear to LastYear): every save is dated
// by it, and a record dated in year 0 would break the rule that saving,
// importing and check hold every record to.
func checkClock(env Env) error {
	now := env.Now()
	if journal.DateInRange(journal.DateOf(now)) {
		return nil
	}
	if v := env.Getenv("DEBRIEF_NOW"); v != "" {
		return journal.Errorf(journal.EInvalid,
			"DEBRIEF_NOW is %q, outside the years debrief keeps; give a time from %d-01-01 to %d-12-31, such as 2026-03-14T10:00:00Z, or unset it.",
			v, journal.FirstYear, journal.LastYear)
	}
	return journal.Errorf(journal.EInvalid,
		"This computer's clock says it is %s, outside the years debrief keeps (%d to %d). Set the clock right and try again.",
		journal.DateOf(now), journal.FirstYear, journal.LastYear)
}
