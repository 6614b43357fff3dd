package cli

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"syscall"

	"github.com/debrief-journal/debrief/journal"
)

// writeFileAtomic writes a file whole or not at all: into a temporary file
// beside it, synced, then renamed into place, so that a failure half-way
// leaves what was there before. Where path names something other than a
// file, that thing is kept:
//   - a link is followed, and the file it points to is replaced;
//   - a device or a named pipe (/dev/stdout, a pipe to another program) is
//     written into as it is, since renaming over it would put a plain file
//     where the system's device was;
//   - a folder is refused.
func writeFileAtomic(path string, write func(*bufio.Writer) error) error {
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		if info.IsDir() {
			return journal.Errorf(journal.EInvalid, "%s is a folder; give the name of a file to write.", path)
		}
		return writeInto(path, write)
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".debrief-export-*")
	if err != nil {
		return fileError(journal.EInternal, "write in", dir, err)
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<16)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	return writeError(path, err)
}

// writeInto writes straight into the device or pipe at path.
func writeInto(path string, write func(*bufio.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return writeError(path, err)
	}
	w := bufio.NewWriterSize(f, 1<<16)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return writeError(path, err)
}

// writeError is err as the message for a write of path that failed,
// unless it already is one. A pipe closed by the program reading it is
// foreseen, as when that program has read all it wanted.
func writeError(path string, err error) error {
	var je *journal.Error
	switch {
	case err == nil, errors.As(err, &je):
		return err
	case errors.Is(err, syscall.EPIPE):
		return foreseenError{"Stopped writing " + path + ": the program reading it closed it."}
	}
	return fileError(journal.EInternal, "write", path, err)
}
