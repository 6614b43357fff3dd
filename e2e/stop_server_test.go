package e2e_test

import (
	"os"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// stopServer ends the tmux server at socket and waits, a few seconds at
// most, for the debriefs that ran in its panes to end: closing their
// terminal makes them save their draft first, and a test's folders are
// removed only after that.
func stopServer(socket string) {
	var pids []int
	out, _ := exec.Command("tmux", "-S", socket, "list-panes", "-a", "-F", "#{pane_pid}").Output()
	for _, f := range strings.Fields(string(out)) {
		pane, err := strconv.Atoi(f)
		if err != nil {
			continue
		}
		pids = append(pids, pane)
		kids, _ := exec.Command("pgrep", "-P", f, "-f", binary).Output()
		for _, k := range strings.Fields(string(kids)) {
			if pid, err := strconv.Atoi(k); err == nil {
				pids = append(pids, pid)
			}
		}
	}
	exec.Command("tmux", "-S", socket, "kill-server").Run()
	deadline := time.Now().Add(5 * time.Second)
	for _, pid := range pids {
		for isDebrief(pid) && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
	}
}

// isDebrief reports whether pid is a live debrief (not a zombie).
func isDebrief(pid int) bool {
	p := "/proc/" + strconv.Itoa(pid)
	exe, err := os.Readlink(p + "/exe")
	if err != nil || exe != binary {
		return false
	}
	stat, err := os.ReadFile(p + "/stat")
	return err == nil && !zombie(string(stat))
}
