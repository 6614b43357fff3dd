package e2e_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestEncryptionKilled kills encrypt, passphrase and decrypt at moments
// spread over their run: each time the journal must open with the old
// passphrase (or none) or the new one, pass check, and hold every
// interview.
func TestEncryptionKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills each command several times")
	}
	h := newSealedHome(t)
	h.run(t, 0, "", nil, "demo", "--interviews", "2000", "--today", "2026-03-14")
	newPass := func(name string) []string {
		return []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, name)}
	}
	steps := []struct {
		name  string
		args  []string
		env   []string
		tries [][]string // passphrase sources the journal may open with after
	}{
		{"encrypt", []string{"encrypt"}, newPass("pass"), [][]string{h.with("pass")}},
		{"passphrase", []string{"passphrase"}, append(h.with("pass"), newPass("pass2")...), [][]string{h.with("pass"), h.with("pass2")}},
		{"decrypt", []string{"decrypt"}, h.with("pass2"), [][]string{h.with("pass2")}},
	}
	for _, step := range steps {
		pristine := filepath.Join(t.TempDir(), "pristine")
		copyTree(t, h.root, pristine)
		full := timeRun(t, h, step.env, step.args)
		killed := 0
		for i := 1; i <= 5; i++ {
			restoreTree(t, pristine, h.root)
			at := full * time.Duration(i) / 6
			if killAfter(t, h, step.env, step.args, at) {
				killed++
			}
			opened := false
			for _, src := range step.tries {
				env := append(append([]string{}, h.env...), src...)
				out, errOut, code := run(t, env, "", "check")
				if code == 10 {
					continue
				}
				if code != 0 || !strings.Contains(out, "2000 interviews") {
					t.Fatalf("%s killed after %v: check exit %d\n%s%s", step.name, at, code, out, errOut)
				}
				opened = true
				break
			}
			if !opened {
				t.Fatalf("%s killed after %v: the journal opens with neither passphrase", step.name, at)
			}
		}
		if killed < 3 {
			t.Fatalf("%s ended before it was killed in %d of 5 runs", step.name, 5-killed)
		}
		restoreTree(t, pristine, h.root)
		h.run(t, 0, "", step.env, step.args...)
	}
}

// timeRun runs the command to its end and returns how long it took.
func timeRun(t *testing.T, h *sealedHome, extra, args []string) time.Duration {
	t.Helper()
	start := time.Now()
	h.run(t, 0, "", extra, args...)
	return time.Since(start)
}

// killAfter starts the command and kills it (SIGKILL) after d, or lets it
// end if it ends first; it reports whether it killed it.
func killAfter(t *testing.T, h *sealedHome, extra, args []string, d time.Duration) bool {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(append([]string{"PATH=" + os.Getenv("PATH")}, h.env...), extra...)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
		return false
	case <-time.After(d):
		_ = cmd.Process.Signal(syscall.SIGKILL)
		<-done
		return true
	}
}

// copyTree copies the regular files and folders under src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o700)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// restoreTree makes dst hold exactly what src holds.
func restoreTree(t *testing.T, src, dst string) {
	t.Helper()
	entries, err := os.ReadDir(dst)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if err := os.RemoveAll(filepath.Join(dst, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	copyTree(t, src, dst)
}
