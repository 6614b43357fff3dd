package store

import (
	"encoding/binary"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// The compact records (analysis records, follow-up index entries) write a
// day as one uvarint: 0 for none, otherwise packDate of it.

// appendDate appends a day as one uvarint: 0 for none, else packDate.
func appendDate(b []byte, d journal.Date) []byte {
	if d.IsZero() {
		return append(b, 0)
	}
	y := d.Year()
	if y < 0 {
		y = 0 // never stored: JSON days have four digits
	}
	return binary.AppendUvarint(b, packDate(y, int(d.Month()), d.Day()))
}

// packDate packs a day into one number, never 0 since a month is at
// least 1: the year, then four bits of month and five of day.
func packDate(y, m, d int) uint64 { return uint64(y)<<9 | uint64(m)<<5 | uint64(d) }

// dayCache keeps the days a decoder made, each in the slot its packed
// number picks: making a day is most of the cost of reading one, and the
// days of a journal come back again and again.
type dayCache [1 << dayCacheBits]cachedDay

// dayCacheBits is the log2 of the number of slots of a dayCache.
const dayCacheBits = 9

// cachedDay is one slot of a dayCache; packed is 0 while it is empty.
type cachedDay struct {
	packed uint64
	day    journal.Date
}

// day returns the day packed in v (0 for none), or false when v is no day.
func (c *dayCache) day(v uint64) (journal.Date, bool) {
	if v == 0 {
		return journal.Date{}, true
	}
	// Days of the same month and day in other years differ only in the
	// high bits: a multiplicative hash spreads them over the slots.
	slot := &c[(v*0x9e3779b97f4a7c15)>>(64-dayCacheBits)]
	if slot.packed == v {
		return slot.day, true
	}
	day, ok := unpackDate(v)
	if ok {
		*slot = cachedDay{packed: v, day: day}
	}
	return day, ok
}

// unpackDate returns the day packDate packed into v (not 0), or false when
// v is no day.
func unpackDate(v uint64) (journal.Date, bool) {
	y, m, d := int(v>>9), time.Month(v>>5&15), int(v&31)
	if y > 9999 || m < time.January || m > time.December || d < 1 || d > daysIn(y, m) {
		return journal.Date{}, false
	}
	return journal.NewDate(y, m, d), true
}

// daysIn returns the number of days of a month, by the calendar time.Date
// follows (proleptic Gregorian).
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}
