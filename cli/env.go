package cli

import (
	"io"
	"os"
	"time"

	"github.com/charmbracelet/x/term"
)

// Env is what commands read from and write to, so tests can run them
// without a real terminal or clock.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	Now    func() time.Time
	// IsTerminal reports whether a stream is an interactive terminal.
	IsTerminal func(any) bool
	// Notify shows a desktop notification; nil means the system's own
	// (see desktopNotify).
	Notify func(title, body string) error
	// status keeps the shell prompt's status file current (see
	// statusKeeper); Execute sets it.
	status *statusKeeper
}

// OSEnv returns the process's real environment.
func OSEnv() Env {
	return Env{
		Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr,
		Getenv: os.Getenv, Now: clockFrom(os.Getenv("DEBRIEF_NOW"), time.Now),
		IsTerminal: func(f any) bool {
			if fd, ok := f.(interface{ Fd() uintptr }); ok {
				return term.IsTerminal(fd.Fd())
			}
			return false
		},
	}
}

// interactive reports whether both stdin and stdout are terminals.
func (e Env) interactive() bool { return e.IsTerminal(e.Stdin) && e.IsTerminal(e.Stdout) }
