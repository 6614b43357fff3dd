package store

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

// bucketAnalysis indexes what pattern analysis reads of each interview, by
// ID, in the compact form of analysis_codec.go: reading it is many times
// faster than decoding every interview, which is what kept patterns slow on
// large journals.
//
// Like the follow-up index, it is derived data built in full the first time
// it is needed (which is how an existing journal gains it), deliberately
// not among allBuckets, and kept up to date by every write of an interview
// once it exists. Its values go through the codec like every other value,
// so they are checksummed or sealed as the journal's are. Its name changes
// whenever what a record holds changes, so that an index built by an older
// debrief is never read: the new one is built in full and the old one
// removed in the same transaction (retiredAnalysisBuckets).
var bucketAnalysis = []byte("analysis.r2")

// retiredAnalysisBuckets are the names the analysis index had before: r1
// held no classes of the texts (analysis_classes.go) and whole days.
var retiredAnalysisBuckets = [][]byte{[]byte("analysis.r1")}

// AnalysisInterviews returns every interview of the journal holding only
// what pattern analysis reads (see analysisCopy), in no particular order:
// ID, date, creation time, company, role, stage, tags, outcome status and
// day, the four ratings, curveballs, lessons, follow-up records and
// feedback. Read the full interview with Interview for anything else.
func (s *Store) AnalysisInterviews() ([]*journal.Interview, error) {
	aj, err := s.AnalysisJournal()
	return aj.Interviews, err
}

// AnalysisJournal is what pattern analysis reads of a journal.
type AnalysisJournal struct {
	// Interviews are as AnalysisInterviews returns them.
	Interviews []*journal.Interview
	// Known is what the classifier made of their questions, tags and
	// lessons when they were written, for insight.AnalyzeKnownAt: only
	// what this debrief's classifier would make of them, so the patterns
	// are those of insight.AnalyzeAt. It may be nil.
	Known insight.Known
	// stale counts the records whose classes are missing or out of date.
	stale int
}

// AnalysisJournal returns the AnalysisInterviews and what the classifier
// made of their texts, from the analysis records.
func (s *Store) AnalysisJournal() (AnalysisJournal, error) {
	return s.analysisJournal(false)
}

// PatternsJournal is AnalysisJournal holding only what the pattern
// analysis (insight.AnalyzeKnownAt) reads, for a quicker read of a large
// journal: it leaves out the interviews' own tags, the words of their
// feedback (not its dates), and every follow-up record but the thank-you
// note, the feedback request and the recruiter's feedback, without notes
// or messages. The weekly review reads more: give it AnalysisJournal.
func (s *Store) PatternsJournal() (AnalysisJournal, error) {
	return s.analysisJournal(true)
}

// analysisJournal is AnalysisJournal, or PatternsJournal forPatterns.
func (s *Store) analysisJournal(forPatterns bool) (AnalysisJournal, error) {
	if err := s.ensureAnalysisIndex(); err != nil {
		return AnalysisJournal{}, err
	}
	var out AnalysisJournal
	err := s.view(func(tx *bolt.Tx) error {
		var err error
		out, err = analysisJournalTx(tx, forPatterns)
		return err
	})
	return out, err
}

// analysisJournalTx reads the analysis records in tx, or the whole
// interviews when the journal has no analysis index (one opened read-only
// that never had it), with no known classes. forPatterns reads only what
// PatternsJournal gives.
func analysisJournalTx(tx *bolt.Tx, forPatterns bool) (AnalysisJournal, error) {
	cd := codecOf(tx)
	b := tx.Bucket(bucketAnalysis)
	if b == nil {
		var out []*journal.Interview
		err := tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
			var iv journal.Interview
			if err := cd.decode(bucketInterviews, k, v, &iv, fmt.Sprintf("Interview %d", btoi(k))); err != nil {
				return err
			}
			out = append(out, analysisCopy(&iv))
			return nil
		})
		return AnalysisJournal{Interviews: out}, err
	}
	// Sized by the interviews' sequence, the highest ID given, which is
	// at least how many there are; not by Bucket.Stats, which walks every
	// page of the bucket and cost a sixth of reading the records.
	n := min(tx.Bucket(bucketInterviews).Sequence(), 1<<24)
	keys, values := make([][]byte, 0, n), make([][]byte, 0, n)
	if err := b.ForEach(func(k, v []byte) error {
		keys, values = append(keys, k), append(values, v)
		return nil
	}); err != nil {
		return AnalysisJournal{}, err
	}
	return decodeAnalysisRecords(cd, keys, values, forPatterns)
}

// decodeAnalysisRecords decodes the records, whose bytes stay valid for the
// whole transaction, on every core: a large journal has tens of thousands.
// Each core reads a run of records with its own decoder.
func decodeAnalysisRecords(cd codec, keys, values [][]byte, forPatterns bool) (AnalysisJournal, error) {
	out := make([]*journal.Interview, len(values))
	workers := min(runtime.GOMAXPROCS(0), max(1, len(values)/analysisBatch))
	errs := make([]error, workers)
	decoders := make([]*analysisDecoder, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := w*len(values)/workers, (w+1)*len(values)/workers
		d := newAnalysisDecoder(hi - lo)
		d.forPatterns = forPatterns
		decoders[w] = d
		wg.Go(func() { errs[w] = d.records(cd, keys[lo:hi], values[lo:hi], out[lo:hi]) })
	}
	wg.Wait()
	aj := AnalysisJournal{Interviews: out}
	for w, err := range errs {
		if err != nil {
			return AnalysisJournal{}, err
		}
		aj.stale += decoders[w].stale
		if w > 0 {
			decoders[0].known.merge(decoders[w].known)
		}
	}
	if len(decoders) > 0 {
		aj.Known = decoders[0].known
	}
	return aj, nil
}

// newAnalysisDecoder returns a decoder for about n records that keeps
// their classes.
func newAnalysisDecoder(n int) *analysisDecoder {
	d := &analysisDecoder{known: newKnownTexts()}
	d.ivs.grow = n
	d.curveball.grow, d.texts.grow, d.followUps.grow, d.feedback.grow = 1024, 4096, 1024, 256
	return d
}

// records decodes the records into out. A record's bytes need only last
// while it is read: the decoder copies the texts it keeps.
func (d *analysisDecoder) records(cd codec, keys, values [][]byte, out []*journal.Interview) error {
	for i, v := range values {
		what := func() string { return analysisRecordName(keys[i]) }
		err := cd.read(bucketAnalysis, keys[i], v, what, func(payload []byte) (err error) {
			out[i], err = d.record(payload, what)
			return err
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// analysisBatch is about how many records make another core worth
// starting.
const analysisBatch = 2000

// analysisRecordName names a record of the index in an error.
func analysisRecordName(k []byte) string {
	return fmt.Sprintf("The analysis record of interview %d", btoi(k))
}

// ensureAnalysisIndex builds the index when the journal does not have it
// yet. A read-only journal is left as it is.
func (s *Store) ensureAnalysisIndex() error {
	present := func(tx *bolt.Tx) bool { return tx.Bucket(bucketAnalysis) != nil }
	return s.ensureDerived(present, func(tx *bolt.Tx) error {
		for _, old := range retiredAnalysisBuckets {
			if tx.Bucket(old) != nil {
				if err := tx.DeleteBucket(old); err != nil {
					return err
				}
			}
		}
		if err := forgetAnalysisResults(tx); err != nil {
			return err
		}
		if _, err := tx.CreateBucket(bucketAnalysis); err != nil {
			return err
		}
		cd := codecOf(tx)
		return tx.Bucket(bucketInterviews).ForEach(func(k, v []byte) error {
			var iv journal.Interview
			if err := cd.decode(bucketInterviews, k, v, &iv, fmt.Sprintf("Interview %d", btoi(k))); err != nil {
				return err
			}
			return indexAnalysis(tx, &iv)
		})
	})
}

// indexAnalysis puts an interview written in tx into the analysis index,
// replacing its previous record. It does nothing until the index exists.
func indexAnalysis(tx *bolt.Tx, iv *journal.Interview) error {
	b := tx.Bucket(bucketAnalysis)
	if b == nil {
		return nil
	}
	key := itob(iv.ID)
	cd := codecOf(tx)
	cp := analysisCopy(iv)
	var payload []byte
	if old := b.Get(key); old != nil {
		payload, _ = cd.open(bucketAnalysis, key, old, func() string { return analysisRecordName(key) })
	}
	plain := encodeAnalysisInterview(cp)
	if classes, ok := keptClasses(payload, cp); ok {
		plain = append(plain, classes...)
	} else {
		plain = appendClasses(plain, cp)
	}
	// A change of what patterns do not read (a note, the answers to the
	// prompts) leaves the record as it was, and the results drawn from the
	// index still hold.
	if payload != nil && bytes.Equal(payload, plain) {
		return nil
	}
	data, err := cd.wrap(bucketAnalysis, key, plain)
	if err != nil {
		return err
	}
	if err := nextAnalysisGeneration(b); err != nil {
		return err
	}
	return b.Put(key, data)
}

// nextAnalysisGeneration raises the index's generation (its bucket's
// sequence), so that no result drawn from it before is used again (see
// analysis_results.go).
func nextAnalysisGeneration(b *bolt.Bucket) error {
	_, err := b.NextSequence()
	return err
}

// unindexAnalysis removes an interview from the analysis index.
func unindexAnalysis(tx *bolt.Tx, id uint64) error {
	if b := tx.Bucket(bucketAnalysis); b != nil {
		if err := nextAnalysisGeneration(b); err != nil {
			return err
		}
		return b.Delete(itob(id))
	}
	return nil
}

// analysisCopy keeps what pattern analysis (insight) reads of an
// interview. The store's tests compare the patterns drawn from these copies
// with those drawn from whole interviews, so an analysis that starts
// reading another field is caught there.
func analysisCopy(iv *journal.Interview) *journal.Interview {
	out := &journal.Interview{
		ID: iv.ID, Date: iv.Date, Company: iv.Company, Role: iv.Role, Stage: iv.Stage, Tags: orNil(iv.Tags),
		Outcome:    journal.Outcome{Status: iv.Outcome.Status, Date: iv.Outcome.Date},
		MoodBefore: iv.MoodBefore, MoodAfter: iv.MoodAfter, Authenticity: iv.Authenticity, Nerves: iv.Nerves,
		Lessons: orNil(iv.Lessons), FeedbackLessons: orNil(iv.FeedbackLessons), Feedback: orNil(iv.Feedback),
	}
	if !iv.CreatedAt.IsZero() {
		// As the record keeps it: the instant, without a location.
		out.CreatedAt = time.Unix(0, iv.CreatedAt.UnixNano())
	}
	if len(iv.Curveballs) > 0 {
		out.Curveballs = make([]journal.Curveball, len(iv.Curveballs))
		for i, cb := range iv.Curveballs {
			out.Curveballs[i] = journal.Curveball{Question: cb.Question, Answer: cb.Answer, BetterAnswer: cb.BetterAnswer, Tags: orNil(cb.Tags)}
		}
	}
	out.FollowUps = orNil(iv.FollowUps)
	return out
}

// orNil returns s, or nil when it is empty, as a decoded record has it.
func orNil[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}

// PatternsKnown is PatternsJournal for the screens, which know nothing of
// the store: the interviews, and what the classifier made of their texts.
func (s *Store) PatternsKnown() ([]*journal.Interview, insight.Known, error) {
	aj, err := s.PatternsJournal()
	return aj.Interviews, aj.Known, err
}
