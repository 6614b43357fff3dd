package cli

import (
	"io"
	"os"

	"github.com/debrief-journal/debrief/journal"
)

// traceEnv names the file where the app appends a line "save <nanoseconds>"
// for each draft it saves, timed until the draft is on disk: a diagnostic
// for measuring how long saving takes on a given machine.
const traceEnv = "DEBRIEF_TRACE"

// openTrace opens the file named by DEBRIEF_TRACE for appending. With the
// variable unset it returns a nil writer and a close that does nothing.
func openTrace(env Env) (io.Writer, func() error, error) {
	path := env.Getenv(traceEnv)
	if path == "" {
		return nil, func() error { return nil }, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, nil, fileError(journal.EInvalid, "open the "+traceEnv+" file", path, err)
	}
	return f, f.Close, nil
}
