package store

import (
	"bytes"
	"crypto/cipher"
	"crypto/rand"
	"sync"

	"golang.org/x/crypto/chacha20poly1305"

	"github.com/debrief-journal/debrief/journal"
)

// In an encrypted journal every record's value is sealed with
// XChaCha20-Poly1305 under the journal's data key (see seal_key.go for how
// that key is kept): a fresh random nonce of 24 bytes, then the sealed
// bytes and their tag. The bucket's name and the key are the associated
// data, so a value moved under another key or into another bucket no
// longer opens, and the tag replaces the checksum plain journals carry.
// codec.seal and codec.open (codec_checksum.go) are the one place values
// are sealed and opened, so every bucket, today's and any added later, is
// covered by writing through the codec.

// sealOverhead is how many bytes sealing adds to a value.
const sealOverhead = chacha20poly1305.NonceSizeX + chacha20poly1305.Overhead

// sealer seals and opens the values of one encrypted journal.
type sealer struct {
	aead cipher.AEAD
	// key is the data key, kept to seal it again under a new passphrase.
	key []byte
}

// newSealer returns the sealer of a 32-byte data key.
func newSealer(key []byte) (*sealer, error) {
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	return &sealer{aead: aead, key: bytes.Clone(key)}, nil
}

// sealValue returns value sealed as stored under key in bucket.
func (s *sealer) sealValue(bucket, key, value []byte) []byte {
	out := make([]byte, chacha20poly1305.NonceSizeX, sealOverhead+len(value))
	if _, err := rand.Read(out); err != nil {
		// crypto/rand never fails on the systems Go supports; a nonce
		// that is not random must never be used.
		panic("no randomness for a nonce")
	}
	return s.aead.Seal(out, out, value, associated(bucket, key))
}

// openValue returns the value sealed under key in bucket, or false when
// the bytes were changed, cut, or moved from another key or bucket.
func (s *sealer) openValue(bucket, key, data []byte) ([]byte, bool) {
	if len(data) < sealOverhead {
		return nil, false
	}
	nonce, box := data[:chacha20poly1305.NonceSizeX], data[chacha20poly1305.NonceSizeX:]
	out, err := s.aead.Open(make([]byte, 0, len(box)-chacha20poly1305.Overhead), nonce, box, associated(bucket, key))
	if err != nil {
		return nil, false
	}
	return out, true
}

// associated returns the associated data of a value: the bucket's name and
// the key, each after its length, so that no two pairs run together alike.
func associated(bucket, key []byte) []byte {
	ad := make([]byte, 0, 2+len(bucket)+len(key))
	ad = append(ad, lengthByte(len(bucket))...)
	ad = append(ad, bucket...)
	ad = append(ad, lengthByte(len(key))...)
	return append(ad, key...)
}

// lockedError is what reading or writing a record of an encrypted journal
// gives before it was unlocked with its passphrase. No path of the store
// should reach it; it is the net under them, so that nothing is ever
// written unsealed into an encrypted journal.
func lockedError() error {
	return journal.Errorf(journal.ESealed, "The journal is encrypted and was not unlocked with its passphrase, so nothing was read or changed.")
}

// scratch is the memory reading a sealed value borrows: the value opened,
// and its associated data. Listing a journal opens thousands of values
// whose bytes are decoded into copies at once, so the memory is reused
// instead of allocated for each.
type scratch struct {
	plain []byte
	ad    []byte
}

// maxKeptScratch bounds the memory a scratch keeps between uses.
const maxKeptScratch = 64 << 10

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// openBorrowed opens data as openValue does, into memory that is only good
// until sc.release is called.
func (s *sealer) openBorrowed(bucket, key, data []byte) (out []byte, ok bool, sc *scratch) {
	sc = scratches.Get().(*scratch)
	if len(data) < sealOverhead {
		return nil, false, sc
	}
	sc.ad = append(append(append(append(sc.ad[:0], lengthByte(len(bucket))...), bucket...), lengthByte(len(key))...), key...)
	nonce, box := data[:chacha20poly1305.NonceSizeX], data[chacha20poly1305.NonceSizeX:]
	out, err := s.aead.Open(sc.plain[:0], nonce, box, sc.ad)
	if err != nil {
		return nil, false, sc
	}
	sc.plain = out
	return out, true, sc
}

// release gives the scratch back for the next value.
func (sc *scratch) release() {
	if cap(sc.plain) <= maxKeptScratch {
		scratches.Put(sc)
	}
}
