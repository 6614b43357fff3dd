package e2e_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// binary is the debrief binary built once for all tests.
var binary string

// testHome is the home folder every run of the binary gets, so that no
// test reads this machine's settings or writes into its folders (the
// editor's files, the log, the list of backup folders). A test that wants
// a home of its own passes HOME, or an XDG variable, in its environment.
var testHome string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "debrief-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "debrief")
	testHome = filepath.Join(dir, "home")
	if err := os.Mkdir(testHome, 0o700); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	build := exec.Command("go", "build", "-o", binary, "..")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "building debrief:", err)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

var sessions atomic.Int64

// waitLimit is how long a test waits for the screen to show something. It
// bounds a hang, not speed: a shared, busy machine can be slow.
const waitLimit = 30 * time.Second

// terminal is one tmux pane running debrief, on a tmux server of its own.
type terminal struct {
	t      *testing.T
	socket string
	name   string
}

// requireTmux skips when tmux is missing; CI installs it.
func requireTmux(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("tmux is needed for the end-to-end tests")
		}
		t.Skip("tmux is not installed")
	}
}

// start runs debrief with args in a new pane of the given size, with env
// added to a clean environment.
func start(t *testing.T, width, height int, env []string, args ...string) *terminal {
	t.Helper()
	requireTmux(t)
	n := sessions.Add(1)
	term := &terminal{t: t, socket: filepath.Join(t.TempDir(), "tmux.sock"), name: "e2e" + strconv.FormatInt(n, 10)}
	cmdline := []string{"env", "-i", "HOME=" + testHome, "PATH=" + os.Getenv("PATH"), "TERM=xterm-256color", "LANG=C.UTF-8"}
	cmdline = append(cmdline, env...)
	cmdline = append(cmdline, binary)
	cmdline = append(cmdline, args...)
	quoted := make([]string, len(cmdline))
	for i, a := range cmdline {
		quoted[i] = "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
	}
	// remain-on-exit keeps the pane after debrief ends, so its last words can
	// be read.
	term.tmux("-f", "/dev/null", "new-session", "-d", "-s", term.name, "-x", strconv.Itoa(width), "-y", strconv.Itoa(height), strings.Join(quoted, " ")+"; sleep 30")
	t.Cleanup(func() { stopServer(term.socket) })
	return term
}

func (term *terminal) tmux(args ...string) string {
	term.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", term.socket}, args...)...).CombinedOutput()
	if err != nil {
		term.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// screen returns what the pane shows now.
func (term *terminal) screen() string {
	return term.tmux("capture-pane", "-p", "-t", term.name)
}

// waitFor waits until the screen shows want, and returns the screen.
func (term *terminal) waitFor(want string) string {
	term.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		s := term.screen()
		if strings.Contains(s, want) {
			return s
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen never showed %q; it shows:\n%s", want, s)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// waitForGone waits until the screen no longer shows gone, and returns the
// screen.
func (term *terminal) waitForGone(gone string) string {
	term.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		s := term.screen()
		if !strings.Contains(s, gone) {
			return s
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen kept showing %q:\n%s", gone, s)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// waitForStep waits until the flow shows step i of n (the counter ends a
// line), and returns the screen.
func (term *terminal) waitForStep(i, n int) string {
	term.t.Helper()
	want := fmt.Sprintf(" %d/%d", i, n)
	deadline := time.Now().Add(waitLimit)
	for {
		s := term.screen()
		for _, line := range strings.Split(s, "\n") {
			if strings.HasSuffix(strings.TrimRight(line, " "), want) {
				return s
			}
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen never showed step %d/%d; it shows:\n%s", i, n, s)
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// keys sends key names (Enter, Escape, C-s, BTab…).
func (term *terminal) keys(keys ...string) {
	term.t.Helper()
	term.tmux(append([]string{"send-keys", "-t", term.name}, keys...)...)
}

// typeText types text literally.
func (term *terminal) typeText(s string) {
	term.t.Helper()
	term.tmux("send-keys", "-t", term.name, "-l", s)
}

// pid returns the process ID of debrief in the pane (its shell's child).
func (term *terminal) pid() int {
	term.t.Helper()
	pid := term.pidOrZero()
	if pid == 0 {
		term.t.Fatal("debrief is not running in its pane")
	}
	return pid
}

// run runs the binary without a terminal and returns its output and exit code.
func run(t *testing.T, env []string, stdin string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{"HOME=" + testHome, "PATH=" + os.Getenv("PATH")}, env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out.String(), errOut.String(), code
}

// pidOrZero returns the process ID of debrief in the pane, or 0 once it
// has exited.
func (term *terminal) pidOrZero() int {
	term.t.Helper()
	shell := strings.TrimSpace(term.tmux("display-message", "-p", "-t", term.name, "#{pane_pid}"))
	out, err := exec.Command("pgrep", "-P", shell, "-f", binary).Output()
	if err != nil {
		return 0
	}
	pid, _ := strconv.Atoi(strings.Fields(string(out))[0])
	return pid
}
