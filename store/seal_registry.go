package store

import (
	"sync"

	bolt "go.etcd.io/bbolt"
)

// codecOf finds a journal's codec from the transaction alone, which is what
// lets every read and write of every bucket seal through one path without
// each function carrying the key. So the sealer of an unlocked journal is
// registered under the bbolt handle the Store opens for its operations,
// for as long as that handle is open (see acquire and release), and the
// codec of a transaction on that handle finds it here. A handle opened any
// other way finds none, and the codec then refuses to read or write a
// record of an encrypted journal (see lockedError).
var openSealers sync.Map // *bolt.DB -> *sealer

// registerSealer makes sl the sealer of transactions on db.
func registerSealer(db *bolt.DB, sl *sealer) {
	if sl != nil {
		openSealers.Store(db, sl)
	}
}

// forgetSealer ends registerSealer's registration, before db closes.
func forgetSealer(db *bolt.DB) { openSealers.Delete(db) }

// sealerOf returns the sealer registered for db, or nil.
func sealerOf(db *bolt.DB) *sealer {
	if v, ok := openSealers.Load(db); ok {
		return v.(*sealer)
	}
	return nil
}
