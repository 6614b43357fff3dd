package store

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"

	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/scrypt"

	"github.com/debrief-journal/debrief/journal"
)

// An encrypted journal keeps its data key in the meta bucket, sealed by a
// key derived from the passphrase with scrypt (as age does): a random salt
// of its own and the work parameters are stored beside it, so the
// passphrase can change without sealing every value again. The stored
// form, keySealing's value, is
//
//	"DBK1" | kdf (1: scrypt) | log2 N | r | p | salt (32) | nonce (24) |
//	sealed data key (48) | SHA-256 of everything before (32)
//
// The hash tells damage (a changed byte, another journal's salt put in)
// apart from a wrong passphrase: only when the stored form is whole does a
// key that fails to open mean the passphrase is not the journal's. The
// parameters are bounded when read, so a tampered file cannot make
// unlocking take all memory or forever.

// keySealing is the meta key of the sealed data key. Its presence is what
// makes a journal encrypted.
var keySealing = []byte("sealing")

// dataKeyLen is the length of a journal's data key.
const dataKeyLen = chacha20poly1305.KeySize

const (
	keyMagic   = "DBK1"
	kdfScrypt  = 1
	saltLen    = 32
	wrappedLen = dataKeyLen + chacha20poly1305.Overhead
	// keyFormLen is the length of keySealing's value.
	keyFormLen = len(keyMagic) + 4 + saltLen + chacha20poly1305.NonceSizeX + wrappedLen + sha256.Size
)

// kdfParams are scrypt's work parameters: N = 2^logN, r and p.
type kdfParams struct{ logN, r, p byte }

// defaultKDF makes unlocking take about half a second on an ordinary
// laptop (0.6 s measured on the machine debrief is built on), with 64 MiB
// of memory. Tests lower it.
var defaultKDF = kdfParams{logN: 16, r: 8, p: 1}

// The bounds of the parameters a journal may ask for: at most 1 GiB of
// memory and a few seconds; at least what tests use.
const (
	minLogN = 10
	maxLogN = 20
)

// valid reports whether the parameters are within bounds.
func (k kdfParams) valid() bool {
	return k.logN >= minLogN && k.logN <= maxLogN && k.r == 8 && k.p == 1
}

// keyForm is the parsed keySealing value.
type keyForm struct {
	params  kdfParams
	salt    []byte
	nonce   []byte
	wrapped []byte
}

// parseKeyForm reads keySealing's value, refusing damage and parameters
// out of bounds with ECorrupt.
func parseKeyForm(b []byte) (keyForm, error) {
	damaged := journal.Errorf(journal.ECorrupt, "The journal's sealed key is damaged, so no passphrase can open it. Restore a backup with `debrief restore`.")
	if len(b) != keyFormLen || string(b[:4]) != keyMagic {
		return keyForm{}, damaged
	}
	body, sum := b[:keyFormLen-sha256.Size], b[keyFormLen-sha256.Size:]
	want := sha256.Sum256(body)
	if subtle.ConstantTimeCompare(want[:], sum) != 1 {
		return keyForm{}, damaged
	}
	if b[4] != kdfScrypt {
		return keyForm{}, journal.Errorf(journal.ENewer, "The journal's key is sealed in a way this debrief does not know. Update debrief to open it.")
	}
	f := keyForm{params: kdfParams{logN: b[5], r: b[6], p: b[7]}}
	if !f.params.valid() {
		return keyForm{}, journal.Errorf(journal.ECorrupt, "The journal's sealed key asks for unlocking work out of any sensible range, so it was not tried. The file was changed or damaged; restore a backup with `debrief restore`.")
	}
	rest := b[8:]
	f.salt, rest = rest[:saltLen], rest[saltLen:]
	f.nonce, rest = rest[:chacha20poly1305.NonceSizeX], rest[chacha20poly1305.NonceSizeX:]
	f.wrapped = rest[:wrappedLen]
	return f, nil
}

// header returns the parameters and salt as stored, which are also the
// associated data of the sealed key: a key sealed under other parameters
// or another salt does not open.
func (f keyForm) header() []byte {
	h := append([]byte(keyMagic), kdfScrypt, f.params.logN, f.params.r, f.params.p)
	return append(h, f.salt...)
}

// derive returns the key that seals the data key, from the passphrase.
func (f keyForm) derive(pass []byte) ([]byte, error) {
	return scrypt.Key(pass, f.salt, 1<<f.params.logN, int(f.params.r), int(f.params.p), chacha20poly1305.KeySize)
}

// unwrap returns the data key, or EPassphrase when pass does not open it.
func (f keyForm) unwrap(pass []byte) ([]byte, error) {
	kek, err := f.derive(pass)
	if err != nil {
		return nil, &journal.Error{Code: journal.EInternal, Message: "The passphrase could not be worked through.", Err: err}
	}
	defer clear(kek)
	aead, err := chacha20poly1305.NewX(kek)
	if err != nil {
		return nil, err
	}
	key, err := aead.Open(nil, f.nonce, f.wrapped, f.header())
	if err != nil {
		return nil, journal.Errorf(journal.EPassphrase, "That passphrase does not open this journal. Nothing was read or changed; try again.")
	}
	return key, nil
}

// sealKey returns keySealing's value for dataKey sealed under pass, with a
// fresh salt and nonce.
func sealKey(pass, dataKey []byte, params kdfParams) ([]byte, error) {
	f := keyForm{params: params, salt: make([]byte, saltLen), nonce: make([]byte, chacha20poly1305.NonceSizeX)}
	if _, err := rand.Read(f.salt); err != nil {
		return nil, err
	}
	if _, err := rand.Read(f.nonce); err != nil {
		return nil, err
	}
	kek, err := f.derive(pass)
	if err != nil {
		return nil, err
	}
	defer clear(kek)
	aead, err := chacha20poly1305.NewX(kek)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	b.Write(f.header())
	b.Write(f.nonce)
	b.Write(aead.Seal(nil, f.nonce, dataKey, f.header()))
	sum := sha256.Sum256(b.Bytes())
	b.Write(sum[:])
	return b.Bytes(), nil
}

// newDataKey returns a fresh random data key.
func newDataKey() ([]byte, error) {
	k := make([]byte, dataKeyLen)
	_, err := rand.Read(k)
	return k, err
}
