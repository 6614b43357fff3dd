package journal

import "strings"

// UniqueThemes returns themes trimmed, without empty ones, and each kept
// once: of two that differ only in case, the first as written.
func UniqueThemes(themes []string) []string {
	var out []string
	seen := make(map[string]bool, len(themes))
	for _, t := range themes {
		t = strings.TrimSpace(t)
		if t == "" || seen[strings.ToLower(t)] {
			continue
		}
		seen[strings.ToLower(t)] = true
		out = append(out, t)
	}
	return out
}
