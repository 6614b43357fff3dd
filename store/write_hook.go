package store

import "sync"

// writeHooks holds, for each Store, what runs after each of its writes
// commits (see OnWrite).
var writeHooks sync.Map // *Store -> func()

// OnWrite sets fn to run after every write of s that commits, outside the
// transaction, so that copies kept elsewhere (the status a shell prompt
// reads) can follow. fn must be quick: it runs on the writer's goroutine.
// nil removes it.
func (s *Store) OnWrite(fn func()) {
	if fn == nil {
		writeHooks.Delete(s)
		return
	}
	writeHooks.Store(s, fn)
}

// afterWrite runs the hook OnWrite set, if any.
func (s *Store) afterWrite() {
	if fn, ok := writeHooks.Load(s); ok {
		fn.(func())()
	}
}
