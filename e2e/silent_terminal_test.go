package e2e_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// Some terminals (and tmux before 3.4) never answer a query for their
// background colour. Nothing may wait for that answer: the help and the
// errors never ask, and the screens draw at once and restyle if an answer
// comes.

// silentLimit is how long a command may take on a terminal that never
// answers; waiting for an answer took 4 s.
const silentLimit = time.Second

// silentRun is debrief running in a pseudo-terminal that never answers
// anything: nothing is ever written to it but what the test types.
type silentRun struct {
	t     *testing.T
	cmd   *exec.Cmd
	tty   *os.File
	start time.Time
	mu    sync.Mutex
	out   bytes.Buffer
	ended chan struct{}
}

// startSilent runs the binary with args in a silent pseudo-terminal of 100
// by 30 cells, with env added to a clean environment whose config and data
// folders are empty (a setting in env replaces the one before it).
func startSilent(t *testing.T, env []string, args ...string) *silentRun {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{
		"HOME=" + dir, "PATH=" + os.Getenv("PATH"), "TERM=xterm-256color", "COLORTERM=truecolor", "LANG=C.UTF-8",
		"XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "XDG_DATA_HOME=" + filepath.Join(dir, "data"),
		"XDG_STATE_HOME=" + filepath.Join(dir, "state"),
	}, env...)
	r := &silentRun{t: t, cmd: cmd, ended: make(chan struct{}), start: time.Now()}
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: 100, Rows: 30})
	if err != nil {
		t.Fatal(err)
	}
	r.tty = tty
	go func() {
		defer close(r.ended)
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			r.mu.Lock()
			r.out.Write(buf[:n])
			r.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		cmd.Process.Kill()
		cmd.Wait()
		tty.Close()
	})
	return r
}

// output returns everything written so far.
func (r *silentRun) output() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.out.String()
}

// waitExit waits for the program to end and returns how long it ran and its
// exit code. It gives up after waitLimit.
func (r *silentRun) waitExit() (time.Duration, int) {
	r.t.Helper()
	done := make(chan error, 1)
	go func() { done <- r.cmd.Wait() }()
	select {
	case err := <-done:
		took := time.Since(r.start)
		select {
		case <-r.ended:
		case <-time.After(time.Second):
		}
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return took, code
	case <-time.After(waitLimit):
		r.t.Fatalf("debrief %v never ended; it wrote:\n%q", r.cmd.Args[1:], r.output())
	}
	return 0, 0
}

// waitFor waits until the output holds want and returns how long that took.
func (r *silentRun) waitFor(want string) time.Duration {
	r.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for !strings.Contains(r.output(), want) {
		select {
		case <-r.ended:
			r.t.Fatalf("debrief %v ended without showing %q; it wrote:\n%q", r.cmd.Args[1:], want, r.output())
		default:
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("debrief %v never showed %q; it wrote:\n%q", r.cmd.Args[1:], want, r.output())
		}
		time.Sleep(5 * time.Millisecond)
	}
	return time.Since(r.start)
}

func TestSilentTerminalHelpAndErrorsDoNotWait(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"help", []string{"--help"}, 0, "USAGE"},
		{"command help", []string{"followups", "--help"}, 0, "12/thank_you"},
		{"unknown command", []string{"bogus"}, 2, "unknown command"},
		{"bad value", []string{"outcome", "12", "maybe"}, 5, "is not an outcome"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := startSilent(t, nil, tc.args...)
			took, code := r.waitExit()
			if code != tc.code {
				t.Errorf("exit code %d, want %d; it wrote:\n%s", code, tc.code, r.output())
			}
			if !strings.Contains(r.output(), tc.want) {
				t.Errorf("the output lacks %q:\n%s", tc.want, r.output())
			}
			if took > silentLimit {
				t.Errorf("debrief %s took %v on a terminal that never answers, want under %v", strings.Join(tc.args, " "), took, silentLimit)
			}
			if strings.Contains(r.output(), "\x1b]11;?") {
				t.Errorf("debrief %s asked the terminal for its background colour", strings.Join(tc.args, " "))
			}
		})
	}
}

// backgroundQuery is the question for the terminal's background colour.
const backgroundQuery = "\x1b]11;?"

// The title's colour for a dark and for a light background, as 24-bit
// colour (#A78BFA and #5A3FC0).
const darkTitle, lightTitle = "38;2;167;139;250", "38;2;90;63;192"

// configHome writes a config file holding text into a folder of its own,
// and returns the environment setting that points debrief at it.
func configHome(t *testing.T, text string) string {
	t.Helper()
	config := t.TempDir()
	if err := os.MkdirAll(filepath.Join(config, "debrief"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(config, "debrief", "config.toml"), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return "XDG_CONFIG_HOME=" + config
}

func TestSilentTerminalScreensDrawAtOnceInEveryTheme(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	if _, errOut, code := run(t, nil, "", "demo", "--db", db, "--interviews", "20", "--today", "2026-03-14"); code != 0 {
		t.Fatalf("demo: exit %d: %s", code, errOut)
	}
	withConfig := configHome(t, "# colours\ntheme = \"light\"\n")
	for _, tc := range []struct {
		name  string
		env   []string
		args  []string
		asks  bool
		title string
	}{
		{"auto", nil, nil, true, darkTitle},
		{"flag light", nil, []string{"--theme", "light"}, false, lightTitle},
		{"env light", []string{"DEBRIEF_THEME=light"}, nil, false, lightTitle},
		{"flag over env", []string{"DEBRIEF_THEME=light"}, []string{"--theme", "dark"}, false, darkTitle},
		{"config light", []string{withConfig}, nil, false, lightTitle},
		{"env over config", []string{withConfig, "DEBRIEF_THEME=dark"}, nil, false, darkTitle},
		{"auto over config", []string{withConfig}, []string{"--theme", "auto"}, true, darkTitle},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := startSilent(t, tc.env, append([]string{"--db", db}, tc.args...)...)
			took := r.waitFor("Recent interviews")
			if took > silentLimit {
				t.Errorf("the home screen took %v to draw on a terminal that never answers, want under %v", took, silentLimit)
			}
			out := r.output()
			if asked := strings.Contains(out, backgroundQuery); asked != tc.asks {
				t.Errorf("asked the terminal for its background: %v, want %v", asked, tc.asks)
			}
			if !strings.Contains(out, tc.title) {
				t.Errorf("the title is not drawn in %s; the output:\n%q", tc.title, out)
			}
			r.tty.Write([]byte("q"))
			if _, code := r.waitExit(); code != 0 {
				t.Errorf("exit code %d after q", code)
			}
		})
	}
}
