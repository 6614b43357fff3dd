package cli

import "strings"

// opensHome reports whether args do no more than choose the journal or the
// theme of the home screen. The home screen needs none of the subcommands,
// and building the whole command tree is time the first frame waits for,
// so Execute leaves it out then.
func opensHome(args []string) bool {
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case (a == "--db" || a == "--theme") && i+1 < len(args):
			i++
		case strings.HasPrefix(a, "--db=") || strings.HasPrefix(a, "--theme="):
		default:
			return false
		}
	}
	return true
}
