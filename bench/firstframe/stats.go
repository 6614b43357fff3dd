package main

import (
	"slices"
	"time"
)

// stats are the order statistics reported for a case.
type stats struct {
	median, p90, min, max time.Duration
}

// summarize returns the order statistics of ds, using the nearest-rank
// percentile so every figure is a time that was actually measured.
func summarize(ds []time.Duration) stats {
	if len(ds) == 0 {
		return stats{}
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return stats{median: rank(s, 0.5), p90: rank(s, 0.9), min: s[0], max: s[len(s)-1]}
}

// rank returns the nearest-rank q-quantile of sorted values.
func rank(sorted []time.Duration, q float64) time.Duration {
	i := int(q*float64(len(sorted))+0.999999) - 1
	return sorted[min(max(i, 0), len(sorted)-1)]
}
