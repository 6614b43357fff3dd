package cli

import "fmt"

// counted writes n with the word that goes with it: "1 interview",
// "3 interviews", "0 reviews".
func counted(n int, one, many string) string {
	return fmt.Sprintf("%d %s", n, plural(n, one, many))
}
