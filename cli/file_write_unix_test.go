//go:build unix

package cli_test

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// TestExportKeepsWhatStandsAtTheOutput: export -o (and every file written
// the same way) writes into a pipe or device rather than putting a plain
// file in its place, replaces the file a link points to and keeps the
// link, and refuses a folder.
func TestExportKeepsWhatStandsAtTheOutput(t *testing.T) {
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	db := seedJournal(t, fuInterview("Acme", journal.DateOf(now)))
	dir := t.TempDir()

	pipe := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	read := make(chan string, 1)
	go func() {
		f, err := os.Open(pipe)
		if err != nil {
			read <- err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		read <- string(b)
	}()
	if _, errOut, code := runCLI(db, "", now, false, "export", "-o", pipe); code != 0 {
		t.Fatalf("export into a pipe: exit %d: %s", code, errOut)
	}
	select {
	case got := <-read:
		if !strings.Contains(got, "Acme") {
			t.Fatalf("the pipe carried %q", got)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("nothing came through the pipe")
	}
	if info, err := os.Lstat(pipe); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe is gone: %v, %v", info.Mode(), err)
	}

	target, link := filepath.Join(dir, "target.json"), filepath.Join(dir, "link.json")
	os.WriteFile(target, []byte("old"), 0o600)
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := runCLI(db, "", now, false, "export", "-o", link); code != 0 {
		t.Fatalf("export through a link: exit %d: %s", code, errOut)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v", err)
	}
	if b, _ := os.ReadFile(target); !strings.Contains(string(b), "Acme") {
		t.Fatalf("the file the link points to holds %q", b)
	}

	folder := filepath.Join(dir, "folder")
	os.Mkdir(folder, 0o700)
	if _, errOut, code := runCLI(db, "", now, false, "export", "-o", folder); code != 5 || !strings.Contains(errOut, "is a folder") {
		t.Fatalf("export onto a folder: exit %d: %s", code, errOut)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 4 {
		t.Fatalf("left behind: %v", entries)
	}
}

// TestExportIntoAClosedPipe: a reader that stops early ends the export
// with a short message and exit 1, as a foreseen end, not an error to log.
func TestExportIntoAClosedPipe(t *testing.T) {
	now := time.Date(2026, 3, 14, 10, 0, 0, 0, time.UTC)
	ivs := make([]journal.Interview, 400)
	for i := range ivs {
		ivs[i] = fuInterview("Acme", journal.DateOf(now))
	}
	db := seedJournal(t, ivs...)
	pipe := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Fatal(err)
	}
	go func() {
		f, err := os.Open(pipe)
		if err != nil {
			return
		}
		f.Read(make([]byte, 10))
		f.Close()
	}()
	_, errOut, code := runCLI(db, "", now, false, "export", "-o", pipe)
	if code != 1 || !strings.Contains(errOut, "closed it") || strings.Contains(errOut, "details") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}
