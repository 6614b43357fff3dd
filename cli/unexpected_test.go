package cli_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
)

// brokenStdout fails every write as a terminal that went away does.
type brokenStdout struct{}

func (brokenStdout) Write([]byte) (int, error) {
	return 0, &fs.PathError{Op: "write", Path: "/dev/pts/9", Err: syscall.EIO}
}

// execWithHome runs debrief on the journal at db with home as the home
// folder and state, when not "", as $XDG_STATE_HOME.
func execWithHome(t *testing.T, db, home, state string, stdout bool, args ...string) (string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := cli.Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string {
			return map[string]string{"DEBRIEF_DB": db, "HOME": home, "XDG_STATE_HOME": state}[k]
		},
		Now:        func() time.Time { return testNow },
		IsTerminal: func(any) bool { return false },
	}
	if !stdout {
		env.Stdout = brokenStdout{}
	}
	code := cli.Execute(context.Background(), "test", args, env)
	return errOut.String(), code
}

// TestUnexpectedErrorsAreLogged: an error debrief did not foresee is
// written with its causes to debrief.log in the state folder, which only
// the user can read, and the message names it; nothing the user wrote is
// in the log. Any other error writes nothing.
func TestUnexpectedErrorsAreLogged(t *testing.T) {
	db := seedJournal(t, journal.Interview{Company: "Acme Rockets", Role: "Secret Role", Stage: journal.StageFirst, Date: journal.NewDate(2026, 3, 2)})
	const shown = "~/.local/state/debrief/debrief.log"

	t.Run("PlainError", func(t *testing.T) {
		home := t.TempDir()
		errOut, code := execWithHome(t, db, home, "", false, "list", "--plain")
		if code != cli.ExitFailure {
			t.Errorf("exit %d, want %d", code, cli.ExitFailure)
		}
		want := "debrief: Something unexpected went wrong; the details are in " + shown + ".\n"
		if errOut != want {
			t.Errorf("printed %q, want %q", errOut, want)
		}
		log := readLog(t, filepath.Join(home, ".local", "state", "debrief"))
		for _, w := range []string{`command="debrief list"`, "code=internal", "*fs.PathError: write /dev/pts/9", "syscall.Errno: input/output error"} {
			if !strings.Contains(log, w) {
				t.Errorf("the log lacks %q:\n%s", w, log)
			}
		}
		if strings.Contains(log, "Acme") || strings.Contains(log, "Secret") {
			t.Errorf("the log holds the journal's text:\n%s", log)
		}
	})
	t.Run("InternalError", func(t *testing.T) {
		home, state := t.TempDir(), t.TempDir()
		missing := filepath.Join(t.TempDir(), "missing")
		errOut, code := execWithHome(t, db, home, state, true, "export", "-o", filepath.Join(missing, "out.json"))
		if code != cli.ExitFailure {
			t.Errorf("exit %d, want %d", code, cli.ExitFailure)
		}
		logPath := filepath.Join(state, "debrief", "debrief.log")
		want := "debrief: Cannot write in " + missing + ": no such file or directory. The details are in " + logPath + ".\n"
		if errOut != want {
			t.Errorf("printed %q, want %q", errOut, want)
		}
		log := readLog(t, filepath.Join(state, "debrief"))
		if !strings.Contains(log, `command="debrief export"`) || !strings.Contains(log, "syscall.Errno: no such file or directory") {
			t.Errorf("the log lacks the command or the cause:\n%s", log)
		}
	})
	for name, args := range map[string][]string{
		"UsageError":    {"nosuch"},
		"ArgsError":     {"list", "extra"},
		"FlagError":     {"list", "--nosuch"},
		"ExpectedError": {"show", "99"},
		"Reading":       {"list", "--plain"},
	} {
		t.Run(name, func(t *testing.T) {
			home := t.TempDir()
			errOut, code := execWithHome(t, db, home, "", true, args...)
			if strings.Contains(errOut, "unexpected") || strings.Contains(errOut, "debrief.log") {
				t.Errorf("debrief %v printed %q (exit %d)", args, errOut, code)
			}
			if entries, _ := os.ReadDir(home); len(entries) != 0 {
				t.Errorf("debrief %v wrote in the home folder: %v", args, entries)
			}
		})
	}
	t.Run("LogUnwritable", func(t *testing.T) {
		home := t.TempDir()
		blocker := filepath.Join(home, "state")
		if err := os.WriteFile(blocker, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		errOut, code := execWithHome(t, db, home, blocker, false, "list", "--plain")
		if code != cli.ExitFailure || errOut != "debrief: Something unexpected went wrong.\n" {
			t.Errorf("exit %d, printed %q", code, errOut)
		}
	})
}

// readLog returns the log in dir, checking that it and its folder are the
// user's alone.
func readLog(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "debrief.log")
	for p, want := range map[string]fs.FileMode{path: 0o600, dir: fs.ModeDir | 0o700} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode() != want {
			t.Errorf("%s has mode %v, want %v", p, fi.Mode(), want)
		}
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		t.Fatal("nothing was logged")
	}
	return string(b)
}
