package kit

import (
	"os"

	"golang.org/x/sys/unix"
)

// typedAhead asks Linux how many bytes wait to be read from the terminal
// f. While the terminal is in its usual mode, that is whole lines: the
// keys typed ahead up to the last enter.
func typedAhead(f *os.File) int {
	n, err := unix.IoctlGetInt(int(f.Fd()), unix.TIOCINQ)
	if err != nil || n < 0 {
		return 0
	}
	return n
}
