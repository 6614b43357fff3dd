package cli

import (
	"bufio"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// TestHugePagesBackWhatFollows checks that memory allocated after the hint
// lies in a mapping the kernel is asked to back with huge pages. It looks
// in a process of its own, whose heap no other test is using.
func TestHugePagesBackWhatFollows(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("this kernel has no transparent huge pages")
	}
	if os.Getenv("DEBRIEF_TEST_HUGE_PAGES") == "1" {
		preferHugePages(64 << 20)
		next := make([]byte, 16<<20)
		addr := uintptr(unsafe.Pointer(unsafe.SliceData(next))) + 8<<20
		flags := vmFlagsAt(t, addr)
		runtime.KeepAlive(next)
		if !strings.Contains(" "+flags+" ", " hg ") {
			t.Fatalf("the heap after the hint is not marked for huge pages: VmFlags %q", flags)
		}
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestHugePagesBackWhatFollows$", "-test.count=1")
	cmd.Env = append(os.Environ(), "DEBRIEF_TEST_HUGE_PAGES=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
}

// vmFlagsAt returns the VmFlags line of the mapping holding addr, from
// /proc/self/smaps.
func vmFlagsAt(t *testing.T, addr uintptr) string {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		// A mapping starts with its range, "lo-hi perms ...".
		if lo, hi, ok := strings.Cut(strings.SplitN(line, " ", 2)[0], "-"); ok {
			a, err1 := strconv.ParseUint(lo, 16, 64)
			b, err2 := strconv.ParseUint(hi, 16, 64)
			if err1 == nil && err2 == nil {
				in = uint64(addr) >= a && uint64(addr) < b
				continue
			}
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok && in {
			return strings.TrimSpace(rest)
		}
	}
	t.Fatalf("no mapping holds %#x", addr)
	return ""
}
