//go:build unix

package store

import (
	"os"
	"syscall"
)

// stillNamed reports whether the open file info describes still has a
// name in some folder.
func stillNamed(info os.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return !ok || st.Nlink > 0
}
