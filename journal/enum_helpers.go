package journal

import "strings"

func contains[T comparable](list []T, v T) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// NormalizeEnum spells s the way the domain's enums are stored: trimmed,
// lower-cased, with spaces and hyphens as underscores, so "Next round" and
// "next-round" both read as next_round.
func NormalizeEnum(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer(" ", "_", "-", "_").Replace(s)
}

// JoinEnum lists the values of an enum separated by commas, for messages
// that name the values allowed.
func JoinEnum[T ~string](list []T) string {
	parts := make([]string, len(list))
	for i, v := range list {
		parts[i] = string(v)
	}
	return strings.Join(parts, ", ")
}
