package store

import (
	"errors"
	"fmt"
	"os"

	"github.com/debrief-journal/debrief/journal"
)

// unlock returns the sealer of the encrypted journal at path whose sealed
// key is sealedKey, asking o.Passphrase for the passphrase.
func unlock(path string, sealedKey []byte, o Options) (*sealer, error) {
	form, err := parseKeyForm(sealedKey)
	if err != nil {
		return nil, err
	}
	if o.unlocked != nil {
		return o.unlocked, nil
	}
	if o.Passphrase == nil {
		return nil, journal.Errorf(journal.ESealed, "The journal at %s is encrypted; it opens with its passphrase.", path)
	}
	var key []byte
	for attempt := 1; ; attempt++ {
		pass, err := o.Passphrase()
		if err != nil {
			return nil, err
		}
		key, err = form.unwrap(pass)
		clear(pass)
		if err == nil {
			break
		}
		if journal.ErrorCode(err) != journal.EPassphrase || attempt >= o.Attempts {
			return nil, err
		}
	}
	defer clear(key)
	sl, err := newSealer(key)
	if err != nil {
		return nil, &journal.Error{Code: journal.EInternal, Message: fmt.Sprintf("The journal at %s could not be unlocked.", path), Err: err}
	}
	return sl, nil
}

// Encrypted reports whether the journal is encrypted.
func (s *Store) Encrypted() bool { return s.sealer != nil }

// PassphraseOf returns a Passphrase function for Options that gives a copy
// of pass, for a passphrase already asked (the app's unlock screen).
func PassphraseOf(pass []byte) func() ([]byte, error) {
	return func() ([]byte, error) { return append([]byte(nil), pass...), nil }
}

// IsEncrypted reports whether the journal at path is encrypted, without
// unlocking it: the app asks for the passphrase on a screen of its own
// when it is, then opens the journal with Options.Passphrase. A journal
// that does not exist is not encrypted.
func IsEncrypted(path string) (bool, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return false, nil
	}
	sealedKey, err := inspect(path, Options{})
	return sealedKey != nil, err
}
