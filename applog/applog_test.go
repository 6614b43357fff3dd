package applog_test

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/debrief-journal/debrief/applog"
	"github.com/debrief-journal/debrief/journal"
)

// newLog returns a log under a fresh home folder's state folder.
func newLog(t *testing.T) *applog.Log {
	t.Helper()
	home := t.TempDir()
	return &applog.Log{
		Path:    filepath.Join(home, ".local", "state", "debrief", applog.FileName),
		Home:    home,
		Command: "debrief export",
		Version: "9.9.9",
	}
}

// secretError is an unexpected error whose messages quote what a user
// wrote, over a cause from the system.
func secretError() (error, error) {
	cause := &fs.PathError{Op: "open", Path: "/tmp/journal.db", Err: syscall.EACCES}
	inner := &journal.Error{Code: journal.EInternal, Message: "Could not save Acme Rockets", Err: cause}
	wrapped := fmt.Errorf("saving %q: %w", "Acme Rockets", inner)
	return &journal.Error{Code: journal.EInternal, Message: "The interview at Acme Rockets was not saved", Err: wrapped}, cause
}

func TestReport(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		l := newLog(t)
		err, cause := secretError()
		got := l.Report(err)

		if journal.ErrorCode(got) != journal.EInternal || !errors.Is(got, cause) {
			t.Fatalf("Report returned %#v; want an internal error over the same cause", got)
		}
		want := "The interview at Acme Rockets was not saved. The details are in ~/.local/state/debrief/debrief.log."
		if msg := journal.ErrorMessage(got); msg != want {
			t.Errorf("message %q, want %q", msg, want)
		}
		b, rerr := os.ReadFile(l.Path)
		if rerr != nil {
			t.Fatal(rerr)
		}
		log := string(b)
		for _, w := range []string{"unexpected error", `command="debrief export"`, "code=internal", "version=9.9.9",
			"chain.0=", "*journal.Error code=internal", "*fmt.wrapError", "*fs.PathError", "open /tmp/journal.db", "syscall.Errno: permission denied"} {
			if !strings.Contains(log, w) {
				t.Errorf("the log lacks %q:\n%s", w, log)
			}
		}
		if strings.Contains(log, "Acme") || strings.Contains(log, "Rockets") {
			t.Errorf("the log holds the user's text:\n%s", log)
		}
		if n := strings.Count(log, "\n"); n != 1 {
			t.Errorf("the log holds %d lines, want one record", n)
		}
		wantMode(t, l.Path, 0o600)
		wantMode(t, filepath.Dir(l.Path), 0o700|fs.ModeDir)
	})
	t.Run("PlainError", func(t *testing.T) {
		l := newLog(t)
		got := l.Report(errors.New("boom"))
		want := "Something unexpected went wrong; the details are in ~/.local/state/debrief/debrief.log."
		if msg := journal.ErrorMessage(got); msg != want {
			t.Errorf("message %q, want %q", msg, want)
		}
		if b, _ := os.ReadFile(l.Path); !bytes.Contains(b, []byte(`chain.0="*errors.errorString: boom"`)) {
			t.Errorf("the log lacks the plain error:\n%s", b)
		}
	})
	t.Run("Once", func(t *testing.T) {
		l := newLog(t)
		err, _ := secretError()
		first := l.Report(err)
		if again := l.Report(fmt.Errorf("up a layer: %w", first)); !errors.Is(again, err) {
			t.Fatalf("a reported error came back as %v", again)
		}
		if b, _ := os.ReadFile(l.Path); bytes.Count(b, []byte("\n")) != 1 {
			t.Errorf("an error reported twice was written twice:\n%s", b)
		}
	})
	for _, code := range []string{journal.EInvalid, journal.ENotFound, journal.ELocked, journal.ECorrupt, journal.EFull, journal.EReadOnly} {
		t.Run("Expected/"+code, func(t *testing.T) {
			l := newLog(t)
			err := journal.Errorf(code, "No interview at Acme.")
			if got := l.Report(err); got != err {
				t.Errorf("Report changed an expected error: %v", got)
			}
			if _, serr := os.Stat(filepath.Dir(l.Path)); !errors.Is(serr, fs.ErrNotExist) {
				t.Errorf("an expected error made the log's folder: %v", serr)
			}
		})
	}
	t.Run("NoLog", func(t *testing.T) {
		err := errors.New("boom")
		var l *applog.Log
		if got := l.Report(err); got != err {
			t.Errorf("a nil log changed the error: %v", got)
		}
		if got := (&applog.Log{}).Report(err); got != err {
			t.Errorf("a log without a path changed the error: %v", got)
		}
	})
	t.Run("Unwritable", func(t *testing.T) {
		dir := t.TempDir()
		blocker := filepath.Join(dir, "state")
		if err := os.WriteFile(blocker, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		l := &applog.Log{Path: filepath.Join(blocker, "debrief", applog.FileName)}
		err := errors.New("boom")
		if got := l.Report(err); got != err {
			t.Errorf("an unwritable log changed the error to %v", got)
		}
	})
	t.Run("NotAFile", func(t *testing.T) {
		l := newLog(t)
		target := filepath.Join(t.TempDir(), "elsewhere")
		must(t, os.MkdirAll(filepath.Dir(l.Path), 0o700))
		must(t, os.Symlink(target, l.Path))
		err := errors.New("boom")
		if got := l.Report(err); got != err {
			t.Errorf("a link in the log's place was written through: %v", got)
		}
		if _, serr := os.Stat(target); !errors.Is(serr, fs.ErrNotExist) {
			t.Errorf("the link's target was made: %v", serr)
		}
	})
	t.Run("NarrowsModes", func(t *testing.T) {
		l := newLog(t)
		must(t, os.MkdirAll(filepath.Dir(l.Path), 0o755))
		must(t, os.Chmod(filepath.Dir(l.Path), 0o755))
		must(t, os.WriteFile(l.Path, []byte("old\n"), 0o644))
		must(t, os.Chmod(l.Path, 0o644))
		l.Report(errors.New("boom"))
		wantMode(t, l.Path, 0o600)
		wantMode(t, filepath.Dir(l.Path), 0o700|fs.ModeDir)
	})
}

func TestRotation(t *testing.T) {
	l := newLog(t)
	must(t, os.MkdirAll(filepath.Dir(l.Path), 0o700))
	full := bytes.Repeat([]byte("x"), applog.MaxBytes-1)
	must(t, os.WriteFile(l.Path, append(full, '\n'), 0o600))

	l.Report(errors.New("first"))
	old, err := os.ReadFile(l.Path + ".1")
	if err != nil || len(old) != applog.MaxBytes {
		t.Fatalf("the full log was not set aside whole: %d bytes, %v", len(old), err)
	}
	cur, _ := os.ReadFile(l.Path)
	if !bytes.Contains(cur, []byte("first")) || len(cur) > 4096 {
		t.Fatalf("the new log holds %d bytes:\n%.300s", len(cur), cur)
	}
	wantMode(t, l.Path, 0o600)

	// Below the limit, records go on being appended.
	l.Report(errors.New("second"))
	cur, _ = os.ReadFile(l.Path)
	if !bytes.Contains(cur, []byte("first")) || !bytes.Contains(cur, []byte("second")) {
		t.Fatalf("the log lost a record:\n%s", cur)
	}

	// The next time it fills, the log set aside before is replaced: one old
	// file is kept.
	f, err := os.OpenFile(l.Path, os.O_WRONLY|os.O_APPEND, 0)
	must(t, err)
	_, err = f.Write(full)
	must(t, err)
	must(t, f.Close())
	l.Report(errors.New("third"))
	old, _ = os.ReadFile(l.Path + ".1")
	if !bytes.Contains(old, []byte("second")) {
		t.Errorf("the second log set aside does not hold its records")
	}
	cur, _ = os.ReadFile(l.Path)
	if !bytes.Contains(cur, []byte("third")) || bytes.Contains(cur, []byte("second")) {
		t.Errorf("the new log holds:\n%.300s", cur)
	}
	matches, _ := filepath.Glob(l.Path + "*")
	if len(matches) != 2 {
		t.Errorf("the log's folder holds %v; want the log and one old one", matches)
	}
}

func wantMode(t *testing.T, path string, want fs.FileMode) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode() != want {
		t.Errorf("%s has mode %v, want %v", path, fi.Mode(), want)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
