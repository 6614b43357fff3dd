//go:build windows || plan9 || solaris || aix || android

package store

import "os"

// holdTemp does nothing on this platform; on Windows a file open in
// another process cannot be removed anyway.
func holdTemp(*os.File) {}

// tempInUse cannot tell on this platform: only the age of a temporary file
// says whether it is a leftover.
func tempInUse(string) bool { return false }

// lockTempFile does nothing on this platform, where a file held open could
// not be renamed.
func lockTempFile(string) func() { return func() {} }
