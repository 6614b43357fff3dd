package main

import (
	"testing"
	"time"
)

func TestSummarizeUsesMeasuredTimes(t *testing.T) {
	var ds []time.Duration
	for _, ms := range []int{9, 1, 8, 2, 7, 3, 6, 4, 5, 10} {
		ds = append(ds, time.Duration(ms)*time.Millisecond)
	}
	s := summarize(ds)
	if s.median != 5*time.Millisecond || s.p90 != 9*time.Millisecond || s.min != time.Millisecond || s.max != 10*time.Millisecond {
		t.Fatalf("got %+v", s)
	}
	if ds[0] != 9*time.Millisecond {
		t.Fatal("summarize reordered its input")
	}
	if (summarize(nil) != stats{}) {
		t.Fatal("no times should give zero figures")
	}
}

func TestSquashIgnoresLayout(t *testing.T) {
	if squash("Recent  interviews\r\n (10000\tin all)") != "Recentinterviews(10000inall)" {
		t.Fatal("spacing and control characters were kept")
	}
}
