package statusfile

import (
	"io"
	"os"
	"strconv"
	"time"

	"github.com/debrief-journal/debrief/dirs"
)

// exitFull is the exit code of debrief for a write that failed (cli.ExitFull).
const exitFull = 7

// init answers 'debrief status --prompt' and ends the program, before
// the packages that only the rest of debrief needs are set up. Go sets up
// packages in the order of their import paths among those whose imports
// are ready, and this one needs only the first few, so the answer comes
// about 3 ms sooner than from main, a quarter of the time the whole
// command took. For anything else it returns at once.
func init() {
	now := func() time.Time { return clockNow(os.Getenv) }
	if code, ok := Answer(os.Args[1:], os.Getenv, now, os.Stdout); ok {
		os.Exit(code)
	}
}

// Answer answers args when they ask for 'status --prompt' and nothing else
// but --db: it writes "2 due", with no line break, or nothing when nothing
// is due or the status cannot be read, and returns the exit code and true.
// For any other args it writes nothing, and does not read the clock, and
// returns false.
func Answer(args []string, getenv func(string) string, now func() time.Time, w io.Writer) (int, bool) {
	db, ok := promptArgs(args)
	if !ok {
		return 0, false
	}
	n := DueIn(dirs.State(getenv), dirs.Journal(db, getenv), now().Format(time.DateOnly))
	if n == 0 {
		return 0, true
	}
	if _, err := io.WriteString(w, strconv.Itoa(n)+" due"); err != nil {
		return exitFull, true
	}
	return 0, true
}

// promptArgs reports whether args ask for 'status --prompt' with no other
// flag than --db, and which --db they give.
func promptArgs(args []string) (db string, ok bool) {
	if len(args) < 2 || args[0] != "status" {
		return "", false
	}
	prompt := false
	for i := 1; i < len(args); i++ {
		switch a := args[i]; {
		case a == "--prompt":
			prompt = true
		case a == "--db" && i+1 < len(args):
			db = args[i+1]
			i++
		case len(a) >= len("--db=") && a[:len("--db=")] == "--db=":
			db = a[len("--db="):]
		default:
			return "", false
		}
	}
	return db, prompt
}

// clockNow returns the time debrief takes as now: the moment DEBRIEF_NOW gives
// (an RFC 3339 time, a testing aid; see the cli package), shown in the
// local zone, or the clock's time when it is unset or does not parse.
func clockNow(getenv func(string) string) time.Time {
	if t, err := time.Parse(time.RFC3339, getenv("DEBRIEF_NOW")); err == nil {
		return t.In(time.Local)
	}
	return time.Now()
}
