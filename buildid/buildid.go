// Package buildid names the running debrief build, so that results kept in
// the journal by one build are never read by another whose analysis may
// differ.
package buildid

import (
	"fmt"
	"os"
	"sync"
)

// Identity names the running program by its file's size and time of
// change: installing or rebuilding debrief changes both. It is empty when
// the file cannot be found, which still tells no build apart from another
// that also cannot, so nothing should be kept or read then.
var Identity = sync.OnceValue(func() string {
	path, err := os.Executable()
	if err != nil {
		return ""
	}
	info, err := os.Stat(path)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d bytes, changed %d", info.Size(), info.ModTime().UnixNano())
})
