package e2e_test

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// TestStatusPromptWhileJournalHeld: the prompt's count answers at once
// while another process holds the journal's lock, as a debrief writing does,
// and while the app is open in another terminal.
func TestStatusPromptWhileJournalHeld(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "journal.db")
	env := homeEnv(home, "DEBRIEF_DB="+db, "DEBRIEF_NOW=2026-03-14T10:00:00Z")
	importThankYouDue(t, env, db)
	want, _ := runWant(t, env, 0, "status", "--prompt")
	if !strings.HasSuffix(want, " due") {
		t.Fatalf("status --prompt after a write: %q", want)
	}

	// Hold the journal as a writer holds it: bbolt's exclusive lock.
	f, err := os.OpenFile(db, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	got, _ := runWant(t, env, 0, "status", "--prompt")
	// A bound on a hang, not a timing: the journal's lock waits 1 s.
	if took := time.Since(started); took > 900*time.Millisecond || got != want {
		t.Fatalf("with the journal held: %q after %v, want %q at once", got, took, want)
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)

	requireTmux(t)
	term := start(t, 100, 30, env, "followups")
	term.waitFor("Follow-ups")
	if got, _ := runWant(t, env, 0, "status", "--prompt"); got != want {
		t.Fatalf("with the app open: %q, want %q", got, want)
	}
	// Marking a follow-up done in the app brings the count down.
	term.keys("d")
	deadline := time.Now().Add(waitLimit)
	for {
		got, _ := runWant(t, env, 0, "status", "--prompt")
		if got != want {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the prompt still says %q after a follow-up was marked done in the app:\n%s", got, term.screen())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestStatusPromptAnswersAsTheProgramStarts: the prompt's answer comes
// before the libraries the rest of debrief needs are set up (see package
// statusfile), which Go's trace of package set-up shows; any other command
// sets them all up first.
func TestStatusPromptAnswersAsTheProgramStarts(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "journal.db")
	env := homeEnv(home, "DEBRIEF_NOW=2026-03-14T10:00:00Z", "GODEBUG=inittrace=1")
	importThankYouDue(t, env, db)

	setUp := func(trace string) []string {
		var pkgs []string
		for _, line := range strings.Split(trace, "\n") {
			if f := strings.Fields(line); len(f) > 1 && f[0] == "init" {
				pkgs = append(pkgs, f[1])
			}
		}
		return pkgs
	}
	late := []string{"github.com/spf13/cobra", "charm.land/lipgloss/v2", "go.etcd.io/bbolt", "github.com/debrief-journal/debrief/cli"}
	// The count from a command as any other, which sets all of them up.
	out, trace := runWant(t, env, 0, "status", "--db", db)
	want, _, found := strings.Cut(out, ":")
	if !found || !strings.HasSuffix(want, " due") || want == "0 due" {
		t.Fatalf("debrief status printed %q", out)
	}
	for _, p := range late {
		if !slices.Contains(setUp(trace), p) {
			t.Fatalf("the trace of 'debrief status' lacks %s, so it cannot tell: %v", p, setUp(trace))
		}
	}
	for _, args := range [][]string{{"status", "--prompt", "--db", db}, {"status", "--db=" + db, "--prompt"}} {
		out, trace := runWant(t, env, 0, args...)
		if out != want {
			t.Fatalf("debrief %v printed %q, want %q", args, out, want)
		}
		pkgs := setUp(trace)
		for _, p := range late {
			if slices.Contains(pkgs, p) {
				t.Errorf("debrief %v set up %s before answering (set up: %v)", args, p, pkgs)
			}
		}
	}
}

// importThankYouDue imports into the journal at db, with env, an interview
// two days before DEBRIEF_NOW's 2026-03-14, so that its thank-you note is
// due.
func importThankYouDue(t *testing.T, env []string, db string) {
	t.Helper()
	var buf bytes.Buffer
	iv := journal.Interview{ID: 1, Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 12),
		Interviewers: []journal.Person{{Name: "Dana"}}, Outcome: journal.Outcome{Status: journal.StatusPending}}
	if err := export.WriteJSON(&buf, &export.Document{Interviews: []journal.Interview{iv}}); err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "in.json")
	if err := os.WriteFile(doc, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	runWant(t, env, 0, "import", "--db", db, doc)
}
