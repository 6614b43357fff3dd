package dirs

import "path/filepath"

// Join joins path elements with the platform's separator, as
// filepath.Join does.
func Join(elem ...string) string { return filepath.Join(elem...) }

func isAbs(p string) bool { return filepath.IsAbs(p) }

// Abs returns p as an absolute, clean path, from the working folder when p
// is relative.
func Abs(p string) (string, error) { return filepath.Abs(p) }

// homeOf returns the home folder as os.UserHomeDir finds it here.
func homeOf(getenv func(string) string) string { return getenv("USERPROFILE") }
