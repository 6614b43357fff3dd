//go:build !windows

package dirs

import (
	"os"
	"path"
)

// Paths are joined with package path here rather than path/filepath, which
// is the same on these systems but is set up late as the program starts
// (it needs strings): the prompt's answer would wait for most of debrief's
// libraries.

// Join joins path elements with the platform's separator, as
// filepath.Join does.
func Join(elem ...string) string { return path.Join(elem...) }

func isAbs(p string) bool { return len(p) > 0 && p[0] == '/' }

// Abs returns p as an absolute, clean path, from the working folder when p
// is relative.
func Abs(p string) (string, error) {
	if isAbs(p) {
		return path.Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return path.Join(wd, p), nil
}

// homeOf returns the home folder as os.UserHomeDir finds it here.
func homeOf(getenv func(string) string) string { return getenv("HOME") }
