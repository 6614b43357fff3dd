package store

import (
	"encoding/binary"
	"hash/crc32"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// From journal version 3 on, every value of a record ends with a checksum:
// a CRC-32C (hardware-accelerated) of the bucket's name, the key and the
// value, in four big-endian bytes. A byte that changes on disk, or a value
// moved under another key or into another bucket, no longer matches it, so
// every read and `debrief check` notice damage that would otherwise read as
// different words. The journal's version (meta) and the follow-up index's
// pointers are not records and carry none: an older debrief must still read
// the version to refuse a newer journal, and check compares each pointer
// with the entry it points to.

// checksumSchema is the first journal version whose values carry a checksum.
const checksumSchema = 3

// checksumLen is the length of the checksum at the end of a value.
const checksumLen = 4

// castagnoli is the CRC-32C table, made when first needed rather than as
// every command starts (the prompt's status reads no value).
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// codec reads and writes the values of one journal. Which layout it uses
// follows the journal's version, read in each transaction, so a journal
// opened read-only that is still at an older version (never migrated) reads
// as it was written.
//
// In an encrypted journal (one whose meta holds keySealing) every record is
// sealed instead (see seal.go), whatever its bucket: the tag of the seal
// does the checksum's work.
type codec struct {
	checksums bool
	// sealed is set in an encrypted journal; sealer is then its sealer,
	// or nil when the journal was not unlocked.
	sealed bool
	sealer *sealer
}

// codecOf returns the codec of the journal that tx reads or writes.
func codecOf(tx *bolt.Tx) codec {
	meta := tx.Bucket(bucketMeta)
	if meta == nil {
		return codec{}
	}
	if meta.Get(keySealing) != nil {
		return codec{sealed: true, sealer: sealerOf(tx.DB())}
	}
	return codec{checksums: btoi(meta.Get(keySchema)) >= checksumSchema}
}

// encode returns the bytes that store v under key in bucket.
func (c codec) encode(bucket, key []byte, v any) ([]byte, error) {
	data, err := encode(v)
	if err != nil {
		return nil, err
	}
	return c.wrap(bucket, key, data)
}

// wrap returns the bytes that store the encoded value data under key in
// bucket: sealed in an encrypted journal, and otherwise ended with its
// checksum when the journal's values carry one. It may append to data in
// place.
func (c codec) wrap(bucket, key, data []byte) ([]byte, error) {
	if c.sealed {
		if c.sealer == nil {
			return nil, lockedError()
		}
		return c.sealer.sealValue(bucket, key, data), nil
	}
	return c.seal(bucket, key, data), nil
}

// decode reads into v the value data stored under key in bucket, checking
// its checksum first.
func (c codec) decode(bucket, key, data []byte, v any, what string) error {
	return c.read(bucket, key, data, func() string { return what }, func(payload []byte) error {
		return decode(payload, v, what)
	})
}

// decodeSummary reads a summary stored under key. what names it only when
// it is damaged, as decodeSummary does.
func (c codec) decodeSummary(key, data []byte, sm *journal.Summary, what func() string) error {
	return c.read(bucketSummaries, key, data, what, func(payload []byte) error {
		return decodeSummary(payload, sm, what)
	})
}

// read opens the value data stored under key in bucket, checking its
// checksum or its seal, and hands what it holds to use. use must copy what
// it keeps: in an encrypted journal the value is opened into borrowed
// memory, given back once use returns. what names the value, and is
// called only when it is damaged: naming each of thousands of values read
// in a row costs more than reading them.
func (c codec) read(bucket, key, data []byte, what func() string, use func(payload []byte) error) error {
	if c.sealed && c.sealer != nil {
		payload, ok, sc := c.sealer.openBorrowed(bucket, key, data)
		defer sc.release()
		if !ok {
			return damagedSeal(what())
		}
		return use(payload)
	}
	payload, err := c.open(bucket, key, data, what)
	if err != nil {
		return err
	}
	return use(payload)
}

// seal appends the checksum of value as stored under key in bucket, when
// the journal's values carry one. It may append to value in place.
func (c codec) seal(bucket, key, value []byte) []byte {
	if !c.checksums {
		return value
	}
	return binary.BigEndian.AppendUint32(value, checksum(bucket, key, value))
}

// open returns data without its checksum, or an ECorrupt error naming the
// record when the checksum is missing or does not match. The result shares
// data's memory.
//
// In an encrypted journal it returns the value unsealed, in memory of its
// own, or an ECorrupt error when it does not open.
func (c codec) open(bucket, key, data []byte, what func() string) ([]byte, error) {
	if c.sealed {
		if c.sealer == nil {
			return nil, lockedError()
		}
		out, ok := c.sealer.openValue(bucket, key, data)
		if !ok {
			return nil, damagedSeal(what())
		}
		return out, nil
	}
	if !c.checksums {
		return data, nil
	}
	n := len(data) - checksumLen
	if n < 0 || binary.BigEndian.Uint32(data[n:]) != checksum(bucket, key, data[:n]) {
		return nil, corruptf(nil, "%s is damaged: its bytes on disk changed after debrief saved them", what())
	}
	return data[:n], nil
}

// checksum is the CRC-32C of the bucket's name, the key (each after its
// length, so that no two pairs run together alike) and the value. It
// builds no buffer: one would escape to the heap, an allocation for every
// value read.
func checksum(bucket, key, value []byte) uint32 {
	table := castagnoli()
	crc := bucketSeed(bucket)
	crc = crc32.Update(crc, table, lengthByte(len(key)))
	crc = crc32.Update(crc, table, key)
	return crc32.Update(crc, table, value)
}

// bucketSeeds are the starts of the checksums of the busiest buckets'
// values, which all begin alike, with the bucket's name: worked out once,
// as reading a list checks thousands of summaries.
type bucketSeeds struct {
	interviews, summaries, drafts, reviews, followUps uint32
}

// seeds are the bucketSeeds, worked out when first needed.
var seeds = sync.OnceValue(func() bucketSeeds {
	return bucketSeeds{
		interviews: namedSeed(bucketInterviews),
		summaries:  namedSeed(bucketSummaries),
		drafts:     namedSeed(bucketDrafts),
		reviews:    namedSeed(bucketReviews),
		followUps:  namedSeed(bucketFollowUps),
	}
})

// bucketSeed returns the CRC-32C of a bucket's name after its length.
func bucketSeed(bucket []byte) uint32 {
	switch string(bucket) {
	case string(bucketSummaries):
		return seeds().summaries
	case string(bucketInterviews):
		return seeds().interviews
	case string(bucketFollowUps):
		return seeds().followUps
	case string(bucketDrafts):
		return seeds().drafts
	case string(bucketReviews):
		return seeds().reviews
	}
	return namedSeed(bucket)
}

func namedSeed(bucket []byte) uint32 {
	table := castagnoli()
	return crc32.Update(crc32.Update(0, table, lengthByte(len(bucket))), table, bucket)
}

// byteValues holds every byte value at its own index.
var byteValues = func() (b [256]byte) {
	for i := range b {
		b[i] = byte(i)
	}
	return b
}()

// lengthByte returns a length (of a bucket's name or a key, always short)
// as one byte.
func lengthByte(n int) []byte {
	n = min(n, 255)
	return byteValues[n : n+1]
}

// carriesChecksum reports whether the value under key in bucket is a record
// that carries a checksum in a journal of version 3 or later.
func carriesChecksum(bucket, key []byte) bool {
	switch string(bucket) {
	case string(bucketMeta):
		return false
	case string(bucketFollowUps), string(retiredFollowUpBuckets[0]):
		return len(key) > 0 && key[0] == 'h'
	case string(bucketCardsDue):
		return false // keys of cards, which name their day and card only
	}
	return true
}

// damagedSeal is the error of a sealed value that does not open.
func damagedSeal(what string) error {
	return corruptf(nil, "%s is damaged: its sealed bytes do not open with the journal's key (they changed on disk, or were moved from another record)", what)
}
