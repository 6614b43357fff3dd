package statusfile

import (
	"testing"
	"time"
)

// FuzzValidDay: a day is valid exactly when the standard library reads it
// as a YYYY-MM-DD date of the years kept, as package journal does.
func FuzzValidDay(f *testing.F) {
	for _, day := range []string{"2026-03-14", "2026-02-29", "2028-02-29", "1900-02-29", "2000-02-29", "1899-12-31", "2200-12-31", "2026-3-14", "2026-13-01", "2026-00-10", "2026-04-31", "+026-03-14"} {
		f.Add(day)
	}
	f.Fuzz(func(t *testing.T, day string) {
		d, err := time.Parse(time.DateOnly, day)
		want := err == nil && d.Year() >= firstYear && d.Year() <= lastYear
		if got := validDay([]byte(day)); got != want {
			t.Fatalf("validDay(%q) = %v, the standard library says %v", day, got, want)
		}
	})
}
