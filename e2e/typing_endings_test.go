package e2e_test

import (
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// ownDirs returns the journal's path in dir and the environment that keeps
// every folder debrief uses (config, data, state) in dir too.
func ownDirs(dir string) (db string, env []string) {
	db = filepath.Join(dir, "journal.db")
	return db, []string{"DEBRIEF_DB=" + db, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"),
		"XDG_DATA_HOME=" + filepath.Join(dir, "data"), "XDG_STATE_HOME=" + filepath.Join(dir, "state")}
}

// ending is one way debrief ends while words are being typed, and the exit
// code its shell sees (-1: not read, the process was killed).
type ending struct {
	name string
	end  func(t *testing.T, p *crashPane, pid int)
	code int
}

// typingEndings are the endings a box must survive: ctrl+c and SIGHUP (the
// terminal closed) right after typing, where the save on the way out keeps
// the words, and SIGKILL a little after, where only the autosave of a
// second before can have kept them.
func typingEndings() []ending {
	return []ending{
		{"ctrl+c", func(t *testing.T, p *crashPane, pid int) { p.keys("C-c") }, 0},
		{"SIGHUP", func(t *testing.T, p *crashPane, pid int) { signal(t, pid, syscall.SIGHUP) }, 129},
		{"SIGKILL", func(t *testing.T, p *crashPane, pid int) { time.Sleep(1500 * time.Millisecond); p.kill(pid) }, -1},
	}
}
