package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"time"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/creack/pty"
)

// terminal runs programs in pseudo-terminals of one size.
type terminal struct {
	cols, rows int
	timeout    time.Duration
	// trace, when set, receives the arrival time and text of everything the
	// program writes, to see where its start-up time goes.
	trace io.Writer
}

// run is what one start of a program measured.
type run struct {
	frame time.Duration // from start until the marker was on screen
	cpu   time.Duration // processor time the program used in all, user and system
}

// firstFrame starts c's program and returns the time until its marker is
// on screen. The program is then asked to quit with q, and killed if it
// does not.
func (t terminal) firstFrame(c caseSpec) (run, error) {
	cmd := exec.Command(c.argv[0], c.argv[1:]...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "COLORTERM=truecolor")
	marker := squash(c.marker)
	start := time.Now()
	f, err := pty.StartWithSize(cmd, &pty.Winsize{Cols: uint16(t.cols), Rows: uint16(t.rows)})
	if err != nil {
		return run{}, err
	}
	defer f.Close()
	found := make(chan time.Duration, 1)
	ended := make(chan string, 1)
	go func() {
		var seen bytes.Buffer
		buf := make([]byte, 64<<10)
		reported := false
		for {
			n, err := f.Read(buf)
			if n > 0 && t.trace != nil {
				fmt.Fprintf(t.trace, "%s %6.1fms %5dB %q\n", c.name, ms(time.Since(start)), n, clip(ansi.Strip(string(buf[:n])), 60))
			}
			if n > 0 && !reported {
				seen.Write(buf[:n])
				// Renderers move the cursor over blank cells instead of
				// writing spaces, so compare the text without any spacing.
				if strings.Contains(squash(ansi.Strip(seen.String())), marker) {
					found <- time.Since(start)
					reported = true
				}
			}
			if err != nil {
				ended <- ansi.Strip(seen.String())
				return
			}
		}
	}()
	var d time.Duration
	select {
	case d = <-found:
	case screen := <-ended:
		cmd.Wait()
		return run{}, fmt.Errorf("the program ended before showing %q; it wrote:\n%s", c.marker, screen)
	case <-time.After(t.timeout):
		cmd.Process.Kill()
		cmd.Wait()
		return run{}, errors.New("timed out waiting for " + c.marker)
	}
	f.Write([]byte("q"))
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case <-exited:
	case <-time.After(3 * time.Second):
		cmd.Process.Kill()
		<-exited
	}
	ps := cmd.ProcessState
	return run{frame: d, cpu: ps.UserTime() + ps.SystemTime()}, nil
}

// clip shortens s to at most n runes.
func clip(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// squash drops every space and control character, so that text matches
// however the renderer laid it out.
func squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}
