package e2e_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// crashPane is one tmux pane in which debrief is started, killed and
// started again, on a tmux server of its own.
type crashPane struct {
	*terminal
	env []string
}

// newCrashPane starts a tmux server with an idle pane of the given size.
func newCrashPane(t *testing.T, width, height int, env []string) *crashPane {
	t.Helper()
	requireTmux(t)
	n := sessions.Add(1)
	term := &terminal{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock"), name: "crash" + strconv.FormatInt(n, 10)}
	term.tmux("-f", "/dev/null", "new-session", "-d", "-s", term.name, "-x", strconv.Itoa(width), "-y", strconv.Itoa(height), "sleep 3600")
	// The pane outlives each debrief killed in it, so the next one can be
	// started in its place.
	term.tmux("set-option", "-w", "-t", term.name, "remain-on-exit", "on")
	t.Cleanup(func() { stopServer(term.socket) })
	return &crashPane{terminal: term, env: env}
}

// launch runs debrief with args in the pane, replacing whatever ran there,
// and returns its process ID once it has started.
func (p *crashPane) launch(args ...string) int {
	p.t.Helper()
	cmdline := []string{"env", "-i", "HOME=" + testHome, "PATH=" + os.Getenv("PATH"), "TERM=xterm-256color", "LANG=C.UTF-8"}
	cmdline = append(cmdline, p.env...)
	cmdline = append(cmdline, binary)
	cmdline = append(cmdline, args...)
	quoted := make([]string, len(cmdline))
	for i, a := range cmdline {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	p.tmux("respawn-pane", "-k", "-t", p.name, "exec "+strings.Join(quoted, " "))
	// With exec the pane's own process becomes debrief.
	deadline := time.Now().Add(waitLimit)
	for {
		out := strings.TrimSpace(p.tmux("display-message", "-p", "-t", p.name, "#{pane_pid}"))
		if pid, err := strconv.Atoi(out); err == nil {
			if exe, err := os.Readlink("/proc/" + out + "/exe"); err == nil && exe == binary {
				return pid
			}
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("debrief did not start in the pane; it shows:\n%s", p.screen())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// kill sends SIGKILL to debrief and waits until it is gone, so that its
// lock on the journal is released.
func (p *crashPane) kill(pid int) {
	p.t.Helper()
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		p.t.Fatalf("killing debrief: %v", err)
	}
	deadline := time.Now().Add(waitLimit)
	for {
		// A killed process stays a zombie until tmux reaps it; either way
		// it no longer holds files once its state is Z or it is gone.
		stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil || zombie(string(stat)) {
			return
		}
		if time.Now().After(deadline) {
			p.t.Fatalf("debrief %d did not die", pid)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

// zombie reads the state field of /proc/PID/stat.
func zombie(stat string) bool {
	i := strings.LastIndexByte(stat, ')')
	return i >= 0 && len(stat) > i+2 && stat[i+2] == 'Z'
}

// waitScreen polls the pane until ok accepts what it shows, and returns
// that screen; after timeout it returns the last screen and false.
func (p *crashPane) waitScreen(timeout time.Duration, ok func(string) bool) (string, bool) {
	p.t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		s := p.screen()
		if ok(s) {
			return s, true
		}
		if time.Now().After(deadline) {
			return s, false
		}
		time.Sleep(15 * time.Millisecond)
	}
}
