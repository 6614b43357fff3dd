package store

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// bucketFollowUps indexes what the follow-up rules read of each interview,
// ordered by the interview's follow-up horizon (the last day it can have an
// open follow-up), so that the agenda decodes a few small records instead
// of every interview.
//
// It holds two kinds of keys:
//
//	"h" + YYYYMMDD horizon + id -> the planning copy of the interview
//	"i" + id                    -> the "h" key the interview is under
//
// The index is derived data, built in full the first time it is needed. It
// is deliberately not among allBuckets: a journal or a backup without it is
// whole, and gains it on first use. Once it exists, every write of an
// interview keeps it up to date in the same transaction.
//
// The index is filed by the follow-up rules, so it is only used when the
// meta bucket says it was built under the rules of this build
// (keyFollowUpRules); an index built under older rules is rebuilt in full
// on first use, and until then the agenda reads the interviews.
//
// Its entries are in the compact form of followups_codec.go, and go
// through the codec like every other value, so they are checksummed or
// sealed as the journal's are. The index's name changes whenever the form
// of an entry does, so that an index written by an older debrief is never
// read: the new one is built in full and the old one removed in the same
// transaction (retiredFollowUpBuckets).
var bucketFollowUps = []byte("followups.p1")

// retiredFollowUpBuckets are the names the follow-up index had before:
// "followups" held its entries as JSON.
var retiredFollowUpBuckets = [][]byte{[]byte("followups")}

// keyFollowUpRules, in the meta bucket, is the version of the follow-up
// rules the follow-up index was built under. A journal without it has an
// index of the first rules, or none.
var keyFollowUpRules = []byte("followup-rules")

// followUpRules is the version of the follow-up rules of this build: raise
// it whenever a change to the rules moves a horizon, or makes them read
// another field or another record (see planningRecords, which leaves out
// the keep-in-touch notes they do not read).
const followUpRules = 2

// followUpIndexCurrent reports whether the journal of tx has a follow-up
// index built under the rules of this build.
func followUpIndexCurrent(tx *bolt.Tx) bool {
	if tx.Bucket(bucketFollowUps) == nil {
		return false
	}
	meta := tx.Bucket(bucketMeta)
	return meta != nil && btoi(meta.Get(keyFollowUpRules)) == followUpRules
}

// noHorizon is the horizon key of an interview whose follow-ups never end
// (a keep-in-touch note), so that it sorts after every date.
const noHorizon = "99999999"

// Agenda returns the open follow-ups of the journal as of today.
//
// The planning copies it draws the agenda from are thrown away once it is
// drawn up (its items copy what they show), so their room is kept for the
// next agenda (see planningMemory): the app draws one up after every
// change, and on a large journal making that room anew, tens of megabytes,
// took as long as reading the copies.
func (s *Store) Agenda(today journal.Date) (journal.Agenda, error) {
	mem := s.reusedPlanningMemory()
	defer s.keepPlanningMemory(mem)
	ivs, err := s.followUpInterviews(today, mem)
	if err != nil {
		return journal.Agenda{On: today}, err
	}
	return journal.BuildAgenda(ivs, today), nil
}

// FollowUpInterviews returns every interview that can have an open
// follow-up on today or after, in no particular order. Each holds only what
// the follow-up rules read (see planningCopy): ID, company, role, date,
// interviewers, decision date, ratings, outcome, interest and follow-up
// records (of the keep-in-touch notes done or skipped, the latest only).
// Read the full interview with Interview to draft a message or list what
// was done.
func (s *Store) FollowUpInterviews(today journal.Date) ([]*journal.Interview, error) {
	return s.followUpInterviews(today, &planningMemory{})
}

// followUpInterviews is FollowUpInterviews with the copies decoded into
// the room of mem.
func (s *Store) followUpInterviews(today journal.Date, mem *planningMemory) ([]*journal.Interview, error) {
	var out []*journal.Interview
	err := s.readPlanning(today, func(cd codec, keys, values [][]byte) error {
		var err error
		out, err = decodePlanningEntries(cd, keys, values, mem)
		return err
	}, func(all []*journal.Interview) error {
		out = all
		return nil
	})
	return out, err
}

// readPlanning reads, in one transaction, the entries of the follow-up
// index whose interviews can have a follow-up open on today or after,
// handing them to fromIndex; or, in a journal without a current index (one
// opened read-only that has never had it, or has one built under older
// rules), the planning copies made from the interviews, handed to
// fromInterviews.
func (s *Store) readPlanning(today journal.Date, fromIndex func(cd codec, keys, values [][]byte) error, fromInterviews func([]*journal.Interview) error) error {
	if err := s.ensureFollowUpIndex(); err != nil {
		return err
	}
	return s.view(func(tx *bolt.Tx) error {
		b := tx.Bucket(bucketFollowUps)
		if b == nil || !followUpIndexCurrent(tx) {
			var all []*journal.Interview
			if err := planFromInterviews(tx, today, &all); err != nil {
				return err
			}
			return fromInterviews(all)
		}
		keys, values := openEntries(b, today)
		return fromIndex(codecOf(tx), keys, values)
	})
}

// openEntries returns the keys and values of the entries of the follow-up
// index b whose interviews can have an open follow-up on today or after.
// They stay valid for as long as the transaction of b.
func openEntries(b *bolt.Bucket, today journal.Date) (keys, values [][]byte) {
	c := b.Cursor()
	for k, v := c.Seek(horizonPrefix(today)); k != nil && k[0] == 'h'; k, v = c.Next() {
		keys, values = append(keys, k), append(values, v)
	}
	return keys, values
}

// decodePlanningEntries decodes the entries of the follow-up index, whose
// bytes stay valid for the whole transaction, on every core, into the
// room of mem: a large journal has thousands open.
func decodePlanningEntries(cd codec, keys, values [][]byte, mem *planningMemory) ([]*journal.Interview, error) {
	workers := min(runtime.GOMAXPROCS(0), max(1, len(values)/planningBatch))
	copies, out := mem.make(len(values), workers)
	errs := make([]error, workers)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			pd := &mem.decoders[w]
			for i := w; i < len(values); i += workers {
				copies[i] = journal.Interview{}
				if err := cd.decodePlanningEntry(pd, keys[i], values[i], &copies[i]); err != nil {
					errs[w] = err
					return
				}
				out[i] = &copies[i]
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// planningBatch is about how many entries make another core worth
// starting.
const planningBatch = 2000

// LessonsSince returns the lessons of the interviews held after day, newest
// interview first, at most limit of them: what the user has worked on since,
// for a keep-in-touch note.
func (s *Store) LessonsSince(day journal.Date, limit int) ([]string, error) {
	var out []string
	err := s.view(func(tx *bolt.Tx) error {
		c := tx.Bucket(bucketSummaries).Cursor()
		after := summaryKey(day.AddDays(1), 0)
		for k, _ := c.Last(); k != nil && bytes.Compare(k, after) >= 0 && len(out) < limit; k, _ = c.Prev() {
			iv, err := getInterview(tx, btoi(k))
			if err != nil {
				return err
			}
			for _, l := range iv.Lessons {
				if len(out) < limit {
					out = append(out, l)
				}
			}
		}
		return nil
	})
	return out, err
}

// EnsureFollowUpIndex builds the follow-up index now when the journal
// lacks a current one, rather than at the first read of the agenda: a
// command that writes calls it, so that the reads that follow it (the
// prompt's status, a later command that only reads) find it built. A
// read-only journal is left as it is.
func (s *Store) EnsureFollowUpIndex() error { return s.ensureFollowUpIndex() }

// ensureFollowUpIndex builds the index when the journal does not have it
// yet, or has one built under older rules. A read-only journal is left as
// it is.
func (s *Store) ensureFollowUpIndex() error {
	return s.ensureDerived(followUpIndexCurrent, func(tx *bolt.Tx) error {
		for _, name := range append([][]byte{bucketFollowUps}, retiredFollowUpBuckets...) {
			if tx.Bucket(name) != nil {
				if err := tx.DeleteBucket(name); err != nil {
					return err
				}
			}
		}
		if _, err := tx.CreateBucket(bucketFollowUps); err != nil {
			return err
		}
		if err := tx.Bucket(bucketMeta).Put(keyFollowUpRules, itob(followUpRules)); err != nil {
			return err
		}
		cd := codecOf(tx)
		return tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
			var iv journal.Interview
			if err := cd.decode(bucketInterviews, k, v, &iv, fmt.Sprintf("Interview %d", btoi(k))); err != nil {
				return err
			}
			return indexFollowUps(tx, &iv)
		})
	})
}

// indexFollowUps puts an interview written in tx into the follow-up index,
// replacing its previous entry. It does nothing until the index exists, nor
// to an index of older rules, which is rebuilt before it is read.
// Every key of an entry ends with the interview's own ID, so whatever it
// replaces belonged to this interview and to no other.
func indexFollowUps(tx *bolt.Tx, iv *journal.Interview) error {
	b := tx.Bucket(bucketFollowUps)
	if b == nil || !followUpIndexCurrent(tx) {
		return nil
	}
	if err := unindexFollowUps(tx, iv.ID); err != nil {
		return err
	}
	key, data, err := followUpEntry(codecOf(tx), iv)
	if key == nil || err != nil {
		return err
	}
	if err := b.Put(key, data); err != nil {
		return err
	}
	return b.Put(reverseKey(iv.ID), key)
}

// followUpEntry returns the key and value an interview has in the follow-up
// index of a journal written with cd, or a nil key when it has no entry
// because nothing will ever be due.
func followUpEntry(cd codec, iv *journal.Interview) (key, value []byte, err error) {
	last, bounded := iv.FollowUpHorizon()
	if bounded && last.IsZero() {
		return nil, nil, nil
	}
	key = horizonKey(last, bounded, iv.ID)
	value, err = cd.wrap(bucketFollowUps, key, encodePlanning(planningCopy(iv)))
	if err != nil {
		return nil, nil, err
	}
	return key, value, nil
}

// unindexFollowUps removes an interview from the follow-up index.
func unindexFollowUps(tx *bolt.Tx, id uint64) error {
	b := tx.Bucket(bucketFollowUps)
	if b == nil {
		return nil
	}
	rk := reverseKey(id)
	if old := b.Get(rk); old != nil {
		if err := b.Delete(bytes.Clone(old)); err != nil {
			return err
		}
	}
	return b.Delete(rk)
}

// planningCopy keeps what the follow-up rules read of an interview (of the
// feedback, only that there is some, by its days; of the follow-up
// records, those planningRecords keeps). The store's tests compare the agenda drawn from these copies with the one
// drawn from whole interviews, so a rule that starts reading another field
// is caught there.
func planningCopy(iv *journal.Interview) *journal.Interview {
	var people []journal.Person // nil when there are none, as a decoded copy has it
	if len(iv.Interviewers) > 0 {
		people = make([]journal.Person, len(iv.Interviewers))
	}
	for i, p := range iv.Interviewers {
		people[i] = journal.Person{Name: p.Name, Title: p.Title}
	}
	return &journal.Interview{
		ID: iv.ID, Company: iv.Company, Role: iv.Role, Date: iv.Date,
		Interviewers: people, DecisionExpected: iv.DecisionExpected,
		MoodBefore: iv.MoodBefore, MoodAfter: iv.MoodAfter, Nerves: iv.Nerves,
		Outcome: iv.Outcome, StillInterested: iv.StillInterested, FollowUps: planningRecords(iv.FollowUps),
		Feedback: feedbackDays(iv.Feedback),
	}
}

// feedbackDays keeps the days of the feedback, without what was said.
func feedbackDays(fs []journal.Feedback) []journal.Feedback {
	if len(fs) == 0 {
		return nil
	}
	out := make([]journal.Feedback, len(fs))
	for i, f := range fs {
		out[i] = journal.Feedback{Date: f.Date}
	}
	return out
}

// planFromInterviews collects the interviews with a follow-up on or after
// today by reading every one, for a journal that has no index.
func planFromInterviews(tx *bolt.Tx, today journal.Date, out *[]*journal.Interview) error {
	cd := codecOf(tx)
	return tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
		var iv journal.Interview
		if err := cd.decode(bucketInterviews, k, v, &iv, fmt.Sprintf("Interview %d", btoi(k))); err != nil {
			return err
		}
		if last, bounded := iv.FollowUpHorizon(); !bounded || !last.Before(today) {
			*out = append(*out, planningCopy(&iv))
		}
		return nil
	})
}

// The lengths of the index's two kinds of keys: a letter, the horizon
// (YYYYMMDD) and the ID; a letter and the ID.
const (
	horizonKeyLen = 1 + 8 + 8
	reverseKeyLen = 1 + 8
)

func horizonPrefix(d journal.Date) []byte {
	return fmt.Appendf([]byte{'h'}, "%04d%02d%02d", d.Year(), int(d.Month()), d.Day())
}

func horizonKey(last journal.Date, bounded bool, id uint64) []byte {
	k := []byte("h" + noHorizon)
	if bounded {
		k = horizonPrefix(last)
	}
	return append(k, itob(id)...)
}

func reverseKey(id uint64) []byte { return append([]byte{'i'}, itob(id)...) }
