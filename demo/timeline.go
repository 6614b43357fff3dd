package demo

import (
	"math"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// Span limits, in years: a journal covers about one year per 300
// interviews, never less than a year and never more than this many.
const (
	interviewsPerYear = 300
	maxSpanYears      = 8
	daysPerYear       = 365.25
)

// timeline spreads interviews over the span of a journal. People do not
// interview evenly: they search hard for a few weeks or months, stop once
// something works out, and start again later, so the density of days follows
// a few bursts over a low background, with weekends and holidays quiet.
type timeline struct {
	first journal.Date // the first day of the span
	days  int          // the number of days in the span; the last one is days-1
	today journal.Date // the day of now, the latest any outcome may be dated
	// cumulative[d] is the total weight of days 0..d, so a point of the
	// weight distribution maps to a day by binary search.
	cumulative []float64
}

// searchBurst is one period of active job hunting.
type searchBurst struct {
	start, length int
	intensity     float64
}

// newTimeline lays out the span for n interviews ending a few days before now.
func newTimeline(r *rand.Rand, n int, now time.Time) *timeline {
	years := min(maxSpanYears, max(1, float64(n)/interviewsPerYear))
	days := int(math.Round(years * daysPerYear))
	today := journal.DateOf(now)
	last := today.AddDays(-between(r, 2, 5))
	tl := &timeline{first: last.AddDays(-(days - 1)), days: days, today: today}
	tl.cumulative = tl.weigh(burstsFor(r, years, days), n)
	return tl
}

// burstsFor scatters search periods over the span. The last one runs up to
// the end, since someone opening the app is usually searching right now.
func burstsFor(r *rand.Rand, years float64, days int) []searchBurst {
	count := int(math.Ceil(years*1.3)) + r.IntN(2)
	bursts := make([]searchBurst, 0, count+1)
	for range count {
		length := between(r, 25, 110)
		bursts = append(bursts, searchBurst{
			start:     r.IntN(days) - length/3,
			length:    length,
			intensity: 0.6 + 1.4*r.Float64(),
		})
	}
	length := between(r, 40, 90)
	bursts = append(bursts, searchBurst{start: days - length, length: length + 10, intensity: 1.2 + r.Float64()})
	return bursts
}

// startsPerDay is the most processes that may start, on average, on one
// day: with the later rounds of earlier processes, a day then rarely holds
// more than maxPerDay interviews.
const startsPerDay = 1.2

// weigh returns the cumulative weight of every day of the span for n
// interviews. A day's weight is clipped so that it draws at most
// startsPerDay of them on average: a search can be intense, but nobody
// has a dozen interviews in a day.
func (tl *timeline) weigh(bursts []searchBurst, n int) []float64 {
	const background = 0.12
	weights := make([]float64, tl.days)
	total := 0.0
	for d := range tl.days {
		w := background
		for _, b := range bursts {
			w += b.intensity * b.shape(d)
		}
		weights[d] = w * seasonFactor(tl.first.AddDays(d))
		total += weights[d]
	}
	// Clipping lowers the total, which raises every share: repeat until
	// the shares settle.
	for range 8 {
		limit := startsPerDay * total / float64(max(n, 1))
		clipped := 0.0
		for d, w := range weights {
			weights[d] = min(w, limit)
			clipped += weights[d]
		}
		if clipped == total {
			break
		}
		total = clipped
	}
	cumulative := make([]float64, tl.days)
	total = 0
	for d, w := range weights {
		total += w
		cumulative[d] = total
	}
	return cumulative
}

// shape is the burst's strength on day d: a quick ramp up, a plateau and a
// slower fade as the search winds down.
func (b searchBurst) shape(d int) float64 {
	x := float64(d-b.start) / float64(b.length)
	switch {
	case x < 0 || x > 1:
		return 0
	case x < 0.2:
		return x / 0.2
	case x > 0.7:
		return (1 - x) / 0.3
	}
	return 1
}

// seasonFactor makes weekends nearly empty and the end-of-year holidays and
// high summer slower.
func seasonFactor(d journal.Date) float64 {
	f := 1.0
	switch d.Weekday() {
	case time.Saturday, time.Sunday:
		f = 0.05
	}
	switch {
	case d.Month() == time.December && d.Day() >= 20, d.Month() == time.January && d.Day() <= 3:
		f *= 0.25
	case d.Month() == time.August:
		f *= 0.7
	}
	return f
}

// dayAt maps u in [0, 1) to a day of the span, denser days being more likely.
func (tl *timeline) dayAt(u float64) int {
	target := u * tl.cumulative[tl.days-1]
	d, _ := slices.BinarySearch(tl.cumulative, target)
	return min(d, tl.days-1)
}

// progress returns how far into the span day d is, from 0 to 1.
func (tl *timeline) progress(d int) float64 {
	if tl.days <= 1 {
		return 1
	}
	return float64(d) / float64(tl.days-1)
}

// date returns the calendar date of day d of the span.
func (tl *timeline) date(d int) journal.Date { return tl.first.AddDays(d) }

// lastDay is the last day of the span.
func (tl *timeline) lastDay() int { return tl.days - 1 }

// todayOffset is the day of now counted from the start of the span.
func (tl *timeline) todayOffset() int { return tl.first.DaysUntil(tl.today) }

// nextWorkday moves day d forward past a weekend.
func (tl *timeline) nextWorkday(d int) int {
	switch tl.date(d).Weekday() {
	case time.Saturday:
		return d + 2
	case time.Sunday:
		return d + 1
	}
	return d
}
