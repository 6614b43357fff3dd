package store

import (
	"os"
	"path/filepath"
)

// maxLinks bounds how many symbolic links journalFile follows, as the
// system does, so that a loop of links ends.
const maxLinks = 40

// journalFile returns the file a journal path names: path itself, or, when
// path is a symbolic link (say --db pointing into a synced folder), the
// file the link leads to, followed through any further links. Backups and
// restores act on that file and leave the link as it is: renaming over the
// link would replace it with a copy and cut it from the real journal. A
// link that leads nowhere yet gives the path it leads to.
func journalFile(path string) string {
	for range maxLinks {
		info, err := os.Lstat(path)
		if err != nil || info.Mode()&os.ModeSymlink == 0 {
			return path
		}
		target, err := os.Readlink(path)
		if err != nil {
			return path
		}
		if !filepath.IsAbs(target) {
			target = filepath.Join(filepath.Dir(path), target)
		}
		path = target
	}
	return path
}
