package store

import bolt "go.etcd.io/bbolt"

// Holding runs fn with the journal's file held open, so that the
// operations fn runs share one opening of it instead of each opening it
// anew: opening a large journal reads its free list (a few hundredths of a
// second at 100,000 interviews), which a handful of reads in a row would
// otherwise pay each time. Another debrief that needs the journal for
// writing waits meanwhile, as it does for any operation, so fn should be
// a few reads, never a wait for the user.
func (s *Store) Holding(fn func() error) error {
	return s.withDB(func(*bolt.DB) error { return fn() })
}
