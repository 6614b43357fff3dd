package e2e_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/store"
)

// TestSignalsKeepEveryWord ends a reflection right after typing, well
// within the second autosave waits, the ways a terminal and a system end a
// program: SIGHUP (the terminal closed), SIGTERM (kill), SIGINT sent from
// outside, and the terminal window closed under it. Each time the draft holds every word, as after
// ctrl+c, and the signals end with the code a shell expects (128 + the
// signal).
func TestSignalsKeepEveryWord(t *testing.T) {
	cases := []struct {
		name string
		end  func(p *crashPane, pid int)
		code int // 0: the pane is gone, there is no code to read
	}{
		{"SIGHUP", func(p *crashPane, pid int) { signal(t, pid, syscall.SIGHUP) }, 129},
		{"SIGTERM", func(p *crashPane, pid int) { signal(t, pid, syscall.SIGTERM) }, 143},
		{"SIGINT", func(p *crashPane, pid int) { signal(t, pid, syscall.SIGINT) }, 130},
		{"window closed", func(p *crashPane, pid int) { p.tmux("kill-window", "-t", p.name) }, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			db, env := ownDirs(dir)
			p := newCrashPane(t, 100, 30, env)
			// A pane of its own, so closing the window does not end the
			// tmux server the test reads from.
			p.tmux("new-window", "-d", "-t", p.name, "sleep 3600")
			codeFile := filepath.Join(dir, "code")
			pid := launchKeepingCode(p, codeFile, "new")
			p.waitForStep(1, len(prompts.AfterInterview().Prompts))
			p.typeText("first words ")
			p.waitFor("first words")
			// Let an autosave take the first words, so the last ones are
			// typed after it and only a save on the signal can keep them.
			time.Sleep(1200 * time.Millisecond)
			p.typeText("hup role typed")
			p.waitFor("hup role typed")
			c.end(p, pid)
			code := waitEnded(t, p, pid, codeFile, c.code != 0)
			if c.code != 0 && code != c.code {
				t.Errorf("debrief ended with code %d; want %d", code, c.code)
			}
			if !draftHolds(t, db, "first words hup role typed") {
				t.Fatal("the draft lacks the words typed right before the signal")
			}
		})
	}
}

// signal sends sig to the process pid.
func signal(t *testing.T, pid int, sig syscall.Signal) {
	t.Helper()
	if err := syscall.Kill(pid, sig); err != nil {
		t.Fatal(err)
	}
}

// launchKeepingCode runs debrief with args in the pane under a shell that
// writes its exit code to codeFile once it ends, and returns debrief's
// process ID once it runs.
func launchKeepingCode(p *crashPane, codeFile string, args ...string) int {
	p.t.Helper()
	cmdline := []string{"env", "-i", "HOME=" + testHome, "PATH=" + os.Getenv("PATH"), "TERM=xterm-256color", "LANG=C.UTF-8"}
	cmdline = append(cmdline, p.env...)
	cmdline = append(append(cmdline, binary), args...)
	quoted := make([]string, len(cmdline))
	for i, a := range cmdline {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	p.tmux("respawn-pane", "-k", "-t", p.name, strings.Join(quoted, " ")+"; echo $? > '"+codeFile+"'; sleep 3600")
	deadline := time.Now().Add(waitLimit)
	for {
		if pid := p.pidOrZero(); pid != 0 {
			return pid
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("debrief did not start in the pane; it shows:\n%s", p.screen())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// waitEnded waits until debrief (pid) has ended, and returns the exit code
// its shell wrote to codeFile when withCode is set.
func waitEnded(t *testing.T, p *crashPane, pid int, codeFile string, withCode bool) int {
	t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		if withCode {
			if b, err := os.ReadFile(codeFile); err == nil && strings.HasSuffix(string(b), "\n") {
				code, _ := strconv.Atoi(strings.TrimSpace(string(b)))
				return code
			}
		} else if !running(pid) {
			return 0
		}
		if time.Now().After(deadline) {
			t.Fatalf("debrief did not end; the screen shows:\n%s", p.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// running reports whether pid is a live process (not gone, not a zombie).
func running(pid int) bool {
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	return err == nil && !zombie(string(stat))
}

// draftHolds reports whether a draft of the journal at db holds text.
func draftHolds(t *testing.T, db, text string) bool {
	t.Helper()
	var s *store.Store
	var err error
	deadline := time.Now().Add(waitLimit)
	for {
		// The journal is free once debrief has closed it.
		s, err = store.Open(db, store.Options{ReadOnly: true})
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	drafts, err := s.Drafts()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range drafts {
		b, _ := json.Marshal(d.Interview)
		if strings.Contains(string(b), text) {
			return true
		}
	}
	return false
}
