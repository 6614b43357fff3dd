package store_test

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// mountTinyFS mounts a small tmpfs, leaves a file named filler in it that
// takes all but about 160 KiB, and unmounts it at the end of the test. It
// skips where mounting is not permitted.
func mountTinyFS(t *testing.T, opts string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tiny")
	if err := os.Mkdir(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, opts); err != nil {
		t.Skipf("cannot mount a small file system here: %v", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmounting %s: %v", dir, err)
		}
	})
	var st syscall.Statfs_t
	if err := syscall.Statfs(dir, &st); err != nil {
		t.Fatal(err)
	}
	free := int64(st.Bavail) * st.Bsize
	filler := make([]byte, max(0, free-160<<10))
	if err := os.WriteFile(filepath.Join(dir, "filler"), filler, 0o600); err != nil {
		t.Fatal(err)
	}
	return dir
}
