package prompts

import (
	"errors"
	"io"
	"io/fs"
	"os"

	"github.com/debrief-journal/debrief/journal"
)

// Load applies the user's prompts file at path to set and returns the
// result. A missing file leaves the set as it is. A file that cannot be
// read or is broken gives an *journal.Error (code EInvalid) naming the path,
// the line and what is wrong, together with set unchanged so the caller can
// carry on with it.
func Load(set Set, path string) (Set, error) {
	f, err := ReadFile(path)
	if err != nil {
		return set, err
	}
	return f.Apply(set)
}

// File is a user's prompts file, read once so that each guided flow can
// apply it to its own set when it starts, without reading the disk again.
// A nil *File is a missing file: it changes nothing.
type File struct {
	name string
	data []byte
}

// ReadFile reads the user's prompts file at path; a missing file gives a
// nil *File and no error. The file is checked when it is applied.
func ReadFile(path string) (*File, error) {
	data, err := readLimited(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &File{name: path, data: data}, nil
}

// Apply returns set with the file's prompts for it applied, as Parse does:
// entries for the other sets are checked too, and a broken file gives set
// unchanged with an *journal.Error.
func (f *File) Apply(set Set) (Set, error) {
	if f == nil {
		return set, nil
	}
	return Parse(set, f.name, f.data)
}

// readLimited reads the file without ever holding more than MaxFileBytes+1
// bytes of it, however large it is.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if err != nil {
		return nil, unreadable(path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, unreadable(path, err)
	}
	if info.IsDir() {
		return nil, journal.Errorf(journal.EInvalid, "%s is a folder, not a prompts file", path)
	}
	if info.Size() > MaxFileBytes {
		return nil, (&fileError{msg: tooLargeMessage(int(min(info.Size(), 1<<40)))}).toJournal(path)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return nil, unreadable(path, err)
	}
	return data, nil
}

func unreadable(path string, err error) error {
	reason := "it could not be read"
	if errors.Is(err, fs.ErrPermission) {
		reason = "permission was denied"
	}
	return &journal.Error{Code: journal.EInvalid, Message: "cannot read " + path + ": " + reason, Err: err}
}

// Parse applies a prompts file held in data to set; name (usually the file's
// path) names it in messages. Entries meant for the other built-in sets are
// checked too, so a mistake anywhere in the file shows up whichever flow
// reads it first. On error it returns set unchanged with an *journal.Error.
func Parse(set Set, name string, data []byte) (Set, error) {
	entries, ferr := decodeFile(data, knownSetIDs(set.ID))
	if ferr != nil {
		return set, ferr.toJournal(name)
	}
	bySet := make(map[string][]*entry)
	for _, e := range entries {
		bySet[e.set] = append(bySet[e.set], e)
	}
	var result Set
	var first *fileError
	for _, base := range setsToCheck(set, bySet) {
		out, ferr := apply(base, bySet[base.ID])
		if ferr != nil {
			if ferr.earlier(first) {
				first = ferr
			}
			continue
		}
		if base.ID == set.ID {
			result = out
		}
	}
	if first != nil {
		return set, first.toJournal(name)
	}
	return result, nil
}

// setsToCheck returns set and every built-in set the file has entries for.
func setsToCheck(set Set, bySet map[string][]*entry) []Set {
	sets := []Set{set}
	for _, b := range builtinNames {
		if b.id != set.ID && len(bySet[b.id]) > 0 {
			sets = append(sets, mustBuiltin(b.id))
		}
	}
	return sets
}
