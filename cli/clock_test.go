package cli

import (
	"strings"
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

func TestCheckClock(t *testing.T) {
	env := func(now time.Time, debriefNow string) Env {
		return Env{Now: func() time.Time { return now }, Getenv: func(k string) string {
			if k == "DEBRIEF_NOW" {
				return debriefNow
			}
			return ""
		}}
	}
	t.Run("OK", func(t *testing.T) {
		for _, now := range []time.Time{time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2200, 12, 31, 23, 59, 0, 0, time.UTC)} {
			if err := checkClock(env(now, "")); err != nil {
				t.Fatalf("%s: %v", now, err)
			}
		}
	})
	t.Run("ErrDebriefNow", func(t *testing.T) {
		err := checkClock(env(time.Date(0, 6, 1, 0, 0, 0, 0, time.UTC), "0000-06-01T00:00:00Z"))
		if ExitCode(err) != ExitInvalid || !strings.Contains(err.Error(), `DEBRIEF_NOW is "0000-06-01T00:00:00Z"`) || !strings.Contains(err.Error(), "1900-01-01 to 2200-12-31") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("ErrComputerClock", func(t *testing.T) {
		err := checkClock(env(time.Date(2201, 1, 1, 0, 0, 0, 0, time.UTC), ""))
		if ExitCode(err) != ExitInvalid || !strings.Contains(err.Error(), "clock says it is 2201-01-01") {
			t.Fatalf("got %v", err)
		}
	})
}
