package e2e_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// writePrompts writes the user's prompts file under a config folder of its
// own and returns the environment that points debrief at it.
func writePrompts(t *testing.T, text string) []string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "config", "debrief"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config", "debrief", "prompts.toml"), []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return []string{"DEBRIEF_DB=" + filepath.Join(dir, "journal.db"), "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "XDG_DATA_HOME=" + dir}
}

// TestHugePromptsFile starts debrief with prompts files of 100,000 lines:
// one it can use (comments and a prompt), and broken ones, which must be
// refused at once with the file, the line and the reason named.
func TestHugePromptsFile(t *testing.T) {
	comments := strings.Repeat("#\n", 99_995)
	usable := comments + "[[prompt]]\nid = \"salary\"\nkind = \"short\"\ntitle = \"Did salary come up?\"\nafter = \"fit\"\n"

	// 12,500 prompts in 100,000 lines, under the size limit.
	var many strings.Builder
	for i := range 12_500 {
		fmt.Fprintf(&many, "[[prompt]]\nid=\"p%d\"\nkind=\"short\"\ntitle=\"P\"\n\n\n\n\n", i)
	}

	brokenLate := strings.Repeat("#\n", 99_999) + "[[prompt]\n"

	t.Run("Usable", func(t *testing.T) {
		env := writePrompts(t, usable)
		began := time.Now()
		term := start(t, 100, 30, env, "new")
		term.waitForStep(1, 24)
		t.Logf("%d lines, %d KiB: the flow opened in %v, with the added prompt (24 steps)", 100_005, len(usable)>>10, time.Since(began).Round(time.Millisecond))
	})
	for _, c := range []struct {
		name, text string
		want       []string
	}{
		{"TooManyPrompts", many.String(), []string{"prompts.toml", "at most 10000"}},
		{"BrokenOnTheLastLine", brokenLate, []string{"prompts.toml", "line 100000, column 9"}},
		{"TooLarge", strings.Repeat("# a comment line of some length\n", 40_000), []string{"prompts.toml", "at most 1.0 MiB"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			env := writePrompts(t, c.text)
			lines := strings.Count(c.text, "\n")
			began := time.Now()
			_, errOut, code := run(t, env, "", "new", "--accessible")
			took := time.Since(began)
			if code != 5 {
				t.Fatalf("exit %d, want 5: %s", code, errOut)
			}
			for _, want := range c.want {
				if !strings.Contains(errOut, want) {
					t.Errorf("the message does not say %q: %s", want, errOut)
				}
			}
			// The screens report it the same way, before taking the terminal.
			term := start(t, 100, 30, env)
			waitForWrapped(term, c.want[len(c.want)-1])
			t.Logf("%d lines, %d KiB: refused in %v: %s", lines, len(c.text)>>10, took.Round(time.Millisecond), strings.TrimSpace(errOut))
		})
	}
}

// waitForWrapped waits until the pane shows want, which may be wrapped over
// several lines of the pane (capture-pane -J joins them back).
func waitForWrapped(term *terminal, want string) {
	term.t.Helper()
	deadline := time.Now().Add(waitLimit)
	for {
		if strings.Contains(term.tmux("capture-pane", "-p", "-J", "-t", term.name), want) {
			return
		}
		if time.Now().After(deadline) {
			term.t.Fatalf("the screen never showed %q; it shows:\n%s", want, term.screen())
		}
		time.Sleep(40 * time.Millisecond)
	}
}
