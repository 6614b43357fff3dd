package cli_test

import (
	"strings"
	"testing"
)

func TestHelpIntoPipeIsPlainAndUnpadded(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"followups", "--help"}, {"help", "outcome"}, {"list", "-h"}} {
		out, errOut, code := execCLI(t, "", "", args...)
		if code != 0 || errOut != "" {
			t.Fatalf("%q: exit %d: %s", args, code, errOut)
		}
		for _, want := range []string{"USAGE", "FLAGS", "--theme", "--db"} {
			if !strings.Contains(out, want) {
				t.Errorf("%q: the help lacks %q:\n%s", args, want, out)
			}
		}
		if strings.Contains(out, "\x1b") {
			t.Errorf("%q: the help into a pipe holds escape sequences:\n%q", args, out)
		}
		for i, line := range strings.Split(out, "\n") {
			if strings.TrimRight(line, " ") != line {
				t.Errorf("%q: line %d is padded with spaces: %q", args, i+1, line)
			}
		}
	}
}

func TestHelpListsCommandsAndFlags(t *testing.T) {
	out, _, _ := execCLI(t, "", "", "--help")
	for _, want := range []string{
		"    debrief [command] [--flags]\n",
		"    outcome ID [STATUS] [--flags]    Record where a hiring process stands after an interview\n",
		"    help [command]                   Help about any command\n",
		"    -v --version                     Version for debrief\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the help lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\n    man") {
		t.Errorf("the help lists the hidden man command:\n%s", out)
	}
	out, _, _ = execCLI(t, "", "", "followups", "--help")
	if !strings.Contains(out, "  EXAMPLES\n\n    debrief followups\n    debrief followups --plain\n") {
		t.Errorf("the examples are not laid out under their title:\n%s", out)
	}
}

func TestVersion(t *testing.T) {
	out, _, code := execCLI(t, "", "", "--version")
	if code != 0 || out != "debrief version test\n" {
		t.Errorf("--version: exit %d, %q", code, out)
	}
}
