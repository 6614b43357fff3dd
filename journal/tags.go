package journal

import "strings"

// SplitTags reads tags as people type them, one or several to an item
// separated by commas ("remote, fintech" is two tags), trimmed, without
// blanks and without a tag repeated in another case.
func SplitTags(items ...string) []string {
	var out []string
	for _, item := range items {
		for _, t := range strings.Split(item, ",") {
			t = strings.TrimSpace(t)
			if t == "" || containsFold(out, t) {
				continue
			}
			out = append(out, t)
		}
	}
	return out
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}
