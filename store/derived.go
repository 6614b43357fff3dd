package store

import bolt "go.etcd.io/bbolt"

// ensureDerived builds derived data (an index the journal can always be
// rebuilt from its records) the first time it is needed: when present
// reports that tx lacks it, build makes it in a write transaction, unless
// another call made it meanwhile. A read-only journal is left as it is:
// its readers work from the records.
func (s *Store) ensureDerived(present func(*bolt.Tx) bool, build func(*bolt.Tx) error) error {
	var has bool
	if err := s.view(func(tx *bolt.Tx) error {
		has = present(tx)
		return nil
	}); err != nil || has || s.readOnly {
		return err
	}
	return s.update(func(tx *bolt.Tx) error {
		if present(tx) {
			return nil // another call built it meanwhile
		}
		return build(tx)
	})
}
