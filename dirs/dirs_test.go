package dirs_test

import (
	"path/filepath"
	"runtime"
	"testing"

	"github.com/debrief-journal/debrief/dirs"
)

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

func TestWhereFilesGo(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the XDG folders are Linux's")
	}
	for _, c := range []struct {
		name           string
		env            map[string]string
		journal, state string
	}{
		{"home", map[string]string{"HOME": "/h"}, "/h/.local/share/debrief/journal.db", "/h/.local/state/debrief"},
		{"xdg", map[string]string{"HOME": "/h", "XDG_DATA_HOME": "/d/", "XDG_STATE_HOME": "/s"}, "/d/debrief/journal.db", "/s/debrief"},
		{"relative xdg ignored", map[string]string{"HOME": "/h", "XDG_DATA_HOME": "d", "XDG_STATE_HOME": "s"}, "/h/.local/share/debrief/journal.db", "/h/.local/state/debrief"},
		{"DEBRIEF_DB", map[string]string{"HOME": "/h", "DEBRIEF_DB": "~/j/../k.db"}, "/h/k.db", "/h/.local/state/debrief"},
		{"no home", map[string]string{}, "debrief/journal.db", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := dirs.Journal("", envOf(c.env)); got != c.journal {
				t.Errorf("Journal = %q, want %q", got, c.journal)
			}
			if got := dirs.State(envOf(c.env)); got != c.state {
				t.Errorf("State = %q, want %q", got, c.state)
			}
		})
	}
	// --db wins over DEBRIEF_DB, and "~/" stands for the home folder.
	env := envOf(map[string]string{"HOME": "/h", "DEBRIEF_DB": "/e.db"})
	if got := dirs.Journal("~/f.db", env); got != "/h/f.db" {
		t.Errorf("Journal(~/f.db) = %q", got)
	}
	if got := dirs.ExpandHome("~user/f.db", env); got != "~user/f.db" {
		t.Errorf("ExpandHome(~user/f.db) = %q", got)
	}
}

func TestAbsMatchesFilepath(t *testing.T) {
	for _, p := range []string{"j.db", "./a/../j.db", "/x//y/./j.db", "/", "a/"} {
		want, _ := filepath.Abs(p)
		if got, err := dirs.Abs(p); err != nil || got != want {
			t.Errorf("Abs(%q) = %q, %v; want %q", p, got, err, want)
		}
	}
}
