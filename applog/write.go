package applog

import (
	"bytes"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"strconv"

	"github.com/debrief-journal/debrief/journal"
)

// MaxBytes is the size past which the log is set aside as debrief.log.1
// (replacing the one set aside before) and a new one begun, so the log
// never holds more than about twice this.
const MaxBytes = 1 << 20

// write appends one record for err to the log: when, which debrief and
// command, the code, and the chain of causes.
func (l *Log) write(err error) error {
	var rec bytes.Buffer
	h := slog.NewTextHandler(&rec, nil)
	attrs := []any{
		slog.String("version", l.Version),
		slog.String("os", runtime.GOOS+"/"+runtime.GOARCH),
		slog.String("command", l.Command),
		slog.String("code", journal.ErrorCode(err)),
	}
	var links []any
	for i, line := range chain(err) {
		links = append(links, slog.String(strconv.Itoa(i), line))
	}
	attrs = append(attrs, slog.Group("chain", links...))
	slog.New(h).Error("unexpected error", attrs...)

	f, err := l.open()
	if err != nil {
		return err
	}
	_, werr := f.Write(rec.Bytes())
	return errors.Join(werr, f.Close())
}

// open opens the log for appending, readable by the user alone in a folder
// only the user can open, after setting a full log aside. Anything but a
// plain file in the log's place is left alone and nothing is written.
func (l *Log) open() (*os.File, error) {
	dir := filepath.Dir(l.Path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	if fi, err := os.Lstat(dir); err == nil && fi.IsDir() && fi.Mode().Perm() != 0o700 {
		_ = os.Chmod(dir, 0o700)
	}
	fi, err := os.Lstat(l.Path)
	switch {
	case err == nil && !fi.Mode().IsRegular():
		return nil, errors.New("the log's place holds something other than a file")
	case err == nil && fi.Size() >= MaxBytes:
		if err := os.Rename(l.Path, l.Path+".1"); err != nil {
			return nil, err
		}
	}
	f, err := os.OpenFile(l.Path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	if err := f.Chmod(0o600); err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}
