//go:build !unix

package store

import "os"

// stillNamed reports whether the open file info describes still has a
// name; where the system does not say, it is taken to have none, as a
// file replaced by a rename.
func stillNamed(os.FileInfo) bool { return false }
