package store

// OpenAgain opens the journal s opened once more, for reading, unlocked
// with s's key when it is encrypted, so that work done after s's own
// operations (the status a shell prompt reads) needs no passphrase again.
func (s *Store) OpenAgain() (*Store, error) {
	r, err := Open(s.path, Options{ReadOnly: true, unlocked: s.sealer})
	if err != nil {
		return nil, err
	}
	r.Now = s.Now
	return r, nil
}
