//go:build !linux

package kit

import "os"

// typedAhead is 0 where the system is not asked (see the Linux version).
func typedAhead(*os.File) int { return 0 }
