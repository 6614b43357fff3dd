package cli

import "time"

// clockFrom returns the clock commands use. DEBRIEF_NOW, an RFC 3339 time
// such as 2026-03-14T10:00:00Z, is a testing aid: it starts the clock at
// that moment (shown in the local zone) and lets it run from there, so
// tests of the built binary can stand on any day, such as a week after the
// last review, while saves still get increasing times. Anything that does
// not parse leaves the real clock.
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
