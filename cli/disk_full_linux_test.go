//go:build linux

package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
)

// fullDir mounts a small file system and fills it, leaving about leave
// bytes free. It skips where mounting is not permitted.
func fullDir(t *testing.T, leave int64) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "full")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, "size=512k"); err != nil {
		t.Skipf("cannot mount a file system here: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(dir, syscall.MNT_DETACH) })
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	free := int64(st.Bavail) * st.Bsize
	if err := os.WriteFile(filepath.Join(dir, "filler"), make([]byte, max(0, free-leave)), 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestDiskFullOutput writes every kind of output onto a full disk and
// checks that each command says so and exits with 7, leaving nothing
// half-written behind.
func TestDiskFullOutput(t *testing.T) {
	var ivs []journal.Interview
	for range 40 {
		iv := sampleInterview()
		iv.WentWell = []string{strings.Repeat("a long answer that fills the disk ", 40)}
		ivs = append(ivs, iv)
	}
	db := seedJournal(t, ivs...)
	full := fullDir(t, 8<<10)
	for _, args := range [][]string{
		{"export", "-o", filepath.Join(full, "journal.json")},
		{"export", "--format", "markdown", "-o", filepath.Join(full, "pages")},
		{"followups", "--ics", filepath.Join(full, "followups.ics")},
		{"backup", filepath.Join(full, "copy.db")},
	} {
		_, errOut, code := execCLI(t, db, "", args...)
		if code != cli.ExitFull || !strings.Contains(errOut, "full") {
			t.Errorf("%v: exit %d, %q", args, code, errOut)
		}
	}
	// Not a byte free: the very first write fails.
	brim := fullDir(t, 0)
	if _, errOut, code := execCLI(t, db, "", "backup", filepath.Join(brim, "copy.db")); code != cli.ExitFull {
		t.Errorf("backup onto a disk with no byte free: exit %d, %q", code, errOut)
	}
	entries, _ := os.ReadDir(full)
	if len(entries) != 1 {
		names := []string{}
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Fatalf("left behind on the full disk: %v", names)
	}
}
