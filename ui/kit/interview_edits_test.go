package kit

import (
	"slices"
	"testing"
)

func TestMergeTagsIgnoresCase(t *testing.T) {
	got := MergeTags([]string{"Remote"}, []string{"remote", "salary", "Salary"})
	if !slices.Equal(got, []string{"Remote", "salary"}) {
		t.Fatalf("merged %q", got)
	}
}
