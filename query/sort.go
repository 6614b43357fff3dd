package query

import (
	"cmp"

	"github.com/debrief-journal/debrief/journal"
)

// SortOrder is the order a list of interviews is shown in.
type SortOrder int

// The orders of a list of interviews.
const (
	SortByDate    SortOrder = iota // newest first
	SortByCompany                  // company A to Z, newest first within one
)

// String names the order as the command line spells it.
func (o SortOrder) String() string {
	if o == SortByCompany {
		return "company"
	}
	return "date"
}

// ParseSortOrder reads "date" or "company".
func ParseSortOrder(s string) (SortOrder, error) {
	switch journal.NormalizeEnum(s) {
	case "", "date":
		return SortByDate, nil
	case "company":
		return SortByCompany, nil
	}
	return SortByDate, journal.Errorf(journal.EInvalid, "%q is not an order; use date or company", s)
}

// Compare orders two summaries: by date, newest first, then by ID, newest
// first (the order of the journal's index); or by company, ignoring case,
// and then by date.
func (o SortOrder) Compare(a, b *journal.Summary) int {
	if o == SortByCompany {
		if c := compareFold(a.Company, b.Company); c != 0 {
			return c
		}
	}
	if c := b.Date.Compare(a.Date); c != 0 {
		return c
	}
	return cmp.Compare(b.ID, a.ID)
}

// compareFold compares two strings as if both were lower-cased, without
// allocating.
func compareFold(a, b string) int {
	for a != "" && b != "" {
		ra, na := decodeRune(a)
		rb, nb := decodeRune(b)
		if c := cmp.Compare(toLowerRune(ra), toLowerRune(rb)); c != 0 {
			return c
		}
		a, b = a[na:], b[nb:]
	}
	return cmp.Compare(len(a), len(b))
}
