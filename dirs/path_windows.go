package dirs

import "path/filepath"

func join(elem ...string) string { return filepath.Join(elem...) }

func isAbs(p string) bool { return filepath.IsAbs(p) }

func abs(p string) (string, error) { return filepath.Abs(p) }

// homeOf returns the home folder as os.UserHomeDir finds it here.
func homeOf(getenv func(string) string) string { return getenv("USERPROFILE") }
