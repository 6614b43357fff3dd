package cli

import (
	"testing"
	"time"
)

func TestClockFrom(t *testing.T) {
	real := time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)
	tick := func() time.Time { real = real.Add(time.Second); return real }
	t.Run("Override", func(t *testing.T) {
		clock := clockFrom("2026-03-14T10:00:00Z", tick)
		first, second := clock(), clock()
		if !first.Equal(time.Date(2026, 3, 14, 10, 0, 1, 0, time.UTC)) {
			t.Fatalf("first reading %s", first)
		}
		if !second.After(first) {
			t.Fatalf("the clock does not run: %s then %s", first, second)
		}
	})
	t.Run("Unset", func(t *testing.T) {
		if got := clockFrom("", tick)(); got.Year() != 2030 {
			t.Fatalf("got %s, want the real clock", got)
		}
	})
	t.Run("Unparsable", func(t *testing.T) {
		if got := clockFrom("next tuesday", tick)(); got.Year() != 2030 {
			t.Fatalf("got %s, want the real clock", got)
		}
	})
}
