package store

import (
	"os"
	"time"
)

// shredChunk is how many zero bytes shredding writes at a time.
const shredChunk = 1 << 20

// shredFile overwrites the file at path with zeros, syncs it and removes
// it, so that the plain text it held is not left in the disk's free space.
// On a file system that writes elsewhere instead of in place (copy on
// write, snapshots) or a disk that moves blocks about, the old blocks may
// survive; the README says so.
func shredFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = zeroFile(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if rerr := os.Remove(path); err == nil {
		err = rerr
	}
	return err
}

// shredUnlinked zeroes a file that was replaced by a rename and that f
// still holds open, once no one else reads it, then closes f. A file that
// still has a name (a hard link kept elsewhere) is only closed: zeroing it
// would destroy that copy.
func shredUnlinked(f *os.File) error {
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return err
	}
	if stillNamed(info) {
		return nil
	}
	// A debrief that opened the file just before it was replaced may
	// still be reading it.
	unlock, err := lockFile(f, 10*time.Second)
	if err != nil {
		return err
	}
	defer unlock()
	return zeroFile(f)
}

// zeroFile writes zeros over the whole of f and syncs it.
func zeroFile(f *os.File) error {
	info, err := f.Stat()
	if err != nil {
		return err
	}
	zeros := make([]byte, shredChunk)
	for at := int64(0); at < info.Size(); at += shredChunk {
		n := min(int64(shredChunk), info.Size()-at)
		if _, err := f.WriteAt(zeros[:n], at); err != nil {
			return err
		}
	}
	return f.Sync()
}

// RemoveSecurely overwrites the file at path with zeros, syncs it and
// removes it: for a file that held journal text in plain (the text handed
// to $EDITOR), so that it does not stay in the disk's free space. See
// shredFile for its limits.
func RemoveSecurely(path string) error { return shredFile(path) }
