package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"
)

// TestOpensHome: only arguments that choose the journal or theme of the
// home screen skip building the subcommands; anything else, help and a
// flag missing its value included, gets the whole tree.
func TestOpensHome(t *testing.T) {
	for _, args := range [][]string{nil, {"--db", "j.db"}, {"--db=j.db"}, {"--theme", "dark", "--db", "x"}, {"--theme=light"}} {
		if !opensHome(args) {
			t.Errorf("%q does not open home", args)
		}
	}
	for _, args := range [][]string{{"list"}, {"--help"}, {"-h"}, {"--version"}, {"--db"}, {"--db", "j.db", "list"}, {"-v"}, {"--dbx=1"}, {"completion", "bash"}, {"__complete", ""}} {
		if opensHome(args) {
			t.Errorf("%q opens home without the subcommands", args)
		}
	}
}

// TestHomeWithoutTheTreeSaysTheSame: run with only home's flags and no
// terminal, debrief answers as it does with the whole command tree.
func TestHomeWithoutTheTreeSaysTheSame(t *testing.T) {
	for _, args := range [][]string{nil, {"--db", "j.db"}, {"--theme=purple"}} {
		var out, errOut bytes.Buffer
		env := Env{Getenv: func(string) string { return "" }, Now: time.Now, Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
			IsTerminal: func(any) bool { return false }}
		code := Execute(context.Background(), "test", args, env)
		var fullOut, fullErr bytes.Buffer
		env.Stdout, env.Stderr = &fullOut, &fullErr
		root := NewRoot(env)
		root.SetArgs(args)
		root.SetOut(&fullOut)
		root.SetErr(&fullErr)
		_, err := root.ExecuteC()
		if code != ExitCode(err) || code == 0 {
			t.Errorf("%q: exit %d without the tree, %d (%v) with it", args, code, ExitCode(err), err)
		}
		if !strings.Contains(errOut.String(), message(err)) {
			t.Errorf("%q: without the tree debrief says %q, with it %q", args, errOut.String(), message(err))
		}
	}
}
