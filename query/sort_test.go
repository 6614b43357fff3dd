package query_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

func TestSortOrder(t *testing.T) {
	sums := []journal.Summary{
		{ID: 1, Company: "beta", Date: journal.NewDate(2025, 1, 1)},
		{ID: 2, Company: "Alpha", Date: journal.NewDate(2025, 1, 1)},
		{ID: 3, Company: "alpha", Date: journal.NewDate(2025, 2, 1)},
	}
	ids := func(o query.SortOrder) string {
		s := slices.Clone(sums)
		slices.SortFunc(s, func(a, b journal.Summary) int { return o.Compare(&a, &b) })
		var out []string
		for _, x := range s {
			out = append(out, fmt.Sprint(x.ID))
		}
		return strings.Join(out, ",")
	}
	if got := ids(query.SortByDate); got != "3,2,1" {
		t.Errorf("by date %s", got)
	}
	if got := ids(query.SortByCompany); got != "3,2,1" {
		t.Errorf("by company %s", got)
	}
	sums[2].Company = "gamma"
	if got := ids(query.SortByCompany); got != "2,1,3" {
		t.Errorf("by company %s", got)
	}
	if o, err := query.ParseSortOrder("Company"); err != nil || o != query.SortByCompany {
		t.Errorf("ParseSortOrder: %v %v", o, err)
	}
	if _, err := query.ParseSortOrder("size"); journal.ErrorCode(err) != journal.EInvalid {
		t.Errorf("a bad order gave %v", err)
	}
}
