package cli

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of Linux's transparent huge pages on the usual
// processors.
const hugePage = 2 << 20

// maxHugeHint bounds the memory preferHugePages asks for.
const maxHugeHint = 256 << 20

// preferHugePages asks Linux to back the next size bytes of the heap with
// huge pages, for a command about to read much of a large journal. The
// first touch of each ordinary 4 KB page costs a fault, and on a virtual
// machine a fault can take over 10 µs: reading 10,000 interviews touches
// some 20 MB, which was over half of `debrief patterns`. A huge page
// takes one fault for 2 MB.
//
// One large block is taken from the heap, marked, and let go, so that
// what the command allocates next reuses its pages. Where the system gives
// no huge pages (they are off, or none is free) this changes nothing but
// costs a collection of a still small heap. The block is at most
// maxHugeHint: more than the analysis of 100,000 interviews uses, and
// little enough to be granted where the system counts every mapping
// against its memory.
func preferHugePages(size int64) {
	if size < 4*hugePage {
		return
	}
	block := make([]byte, min(size, maxHugeHint))
	start := uintptr(unsafe.Pointer(unsafe.SliceData(block)))
	from := (start + hugePage - 1) &^ (hugePage - 1)
	to := (start + uintptr(len(block))) &^ (hugePage - 1)
	if to > from {
		_ = syscall.Madvise(block[from-start:to-start], syscall.MADV_HUGEPAGE)
	}
	runtime.KeepAlive(block)
	block = nil
	runtime.GC()
}
