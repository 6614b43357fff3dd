package store

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// Problem is one thing wrong in a journal, as found by Check.
type Problem struct {
	// Record names the record, such as "interview 42" or "summary of
	// interview 7"; it is empty for damage to the file's own structure.
	Record string
	// ID is the record's ID, or 0 when the problem is not about one record.
	ID uint64
	// Message says what is wrong, in words meant for the user.
	Message string
}

// String returns the problem as one line, record first.
func (p Problem) String() string {
	if p.Record == "" {
		return p.Message
	}
	return p.Record + ": " + p.Message
}

// CheckReport is what Check found: how many records of each kind it read,
// and every problem.
type CheckReport struct {
	Interviews int
	Summaries  int
	Drafts     int
	Reviews    int
	Cards      int
	Stories    int
	Problems   []Problem
}

// OK reports whether the check found nothing wrong.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// Err returns nil when the check found nothing wrong, and otherwise an
// ECorrupt *journal.Error that counts the problems and names the first.
func (r CheckReport) Err(what string) error {
	switch len(r.Problems) {
	case 0:
		return nil
	case 1:
		return journal.Errorf(journal.ECorrupt, "%s has a problem: %s", what, r.Problems[0])
	}
	return journal.Errorf(journal.ECorrupt, "%s has %d problems; the first: %s", what, len(r.Problems), r.Problems[0])
}

// Check reads the whole journal and reports every problem it finds, each
// with the record it concerns: bbolt's own consistency check of the file,
// then every record decoded and held to the domain's rules, every interview
// with exactly one summary that matches it, no summary without its
// interview, and the follow-up and analysis indexes in step with the
// interviews. The error
// is for a check that could not run at all; a damaged journal gives
// problems, not an error. Writes wait while it runs.
func (s *Store) Check() (CheckReport, error) {
	var rep CheckReport
	err := s.checkTx(func(tx *bolt.Tx) {
		c := &checker{tx: tx, rep: &rep}
		// Records first, guarded: a page pointing outside the file faults
		// here, where it becomes a problem. tx.Check reads pages in a
		// goroutine of its own, where the same fault would end the program.
		if err := guard(c.records); err != nil {
			c.add("", 0, "the file is damaged and could not be read to the end")
			return
		}
		for err := range tx.Check() {
			// bbolt's own words name the page, which helps a repair; the
			// words of a fault it caught are not for the user.
			words := strings.TrimPrefix(strings.TrimPrefix(err.Error(), "panic: "), "assertion failed: ")
			c.add("", 0, "the file's structure is damaged (%s)", clip(words, 160))
		}
	})
	var je *journal.Error
	if errors.As(err, &je) {
		return rep, err
	}
	if err != nil {
		return rep, &journal.Error{Code: journal.EInternal, Message: "The journal could not be checked.", Err: err}
	}
	return rep, nil
}

// checkTx runs fn in a transaction that sees one snapshot and that no
// writer can change under tx.Check: bbolt's check compares reachable pages
// with the shared free list, which a concurrent commit would change and make
// it report pages as wrongly freed. A writable transaction keeps other
// writers out; it is rolled back, so nothing is written.
func (s *Store) checkTx(fn func(tx *bolt.Tx)) error {
	return s.withDB(func(db *bolt.DB) error {
		tx, err := db.Begin(!s.readOnly)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		fn(tx)
		return nil
	})
}

// checker walks one transaction and collects problems.
type checker struct {
	tx  *bolt.Tx
	rep *CheckReport
	// summaryKeys maps the ID of every readable interview to the key its
	// summary must have.
	summaryKeys map[uint64]string
	// followUps maps the ID of every readable interview to its entry in the
	// follow-up index; nil when the journal has no index.
	followUps map[uint64]indexEntry
	// analysis maps the ID of every readable interview to its record in
	// the analysis index; nil when the journal has no index.
	analysis map[uint64][]byte
}

func (c *checker) add(record string, id uint64, format string, args ...any) {
	c.rep.Problems = append(c.rep.Problems, Problem{Record: record, ID: id, Message: fmt.Sprintf(format, args...)})
}

// records checks every bucket of the current schema.
func (c *checker) records() error {
	for _, name := range allBuckets() {
		if c.tx.Bucket(name) == nil {
			c.add("", 0, "the %s section is missing", name)
		}
	}
	if c.rep.Problems != nil {
		return nil
	}
	c.checkMeta()
	c.checkInterviews()
	c.checkSummaries()
	c.checkInterviewCount()
	c.checkFollowUpIndex()
	c.checkAnalysisIndex()
	c.checkDrafts()
	c.checkReviews()
	c.checkCards()
	c.checkStories()
	return nil
}

func (c *checker) checkMeta() {
	v := c.tx.Bucket(bucketMeta).Get(keySchema)
	switch {
	case len(v) != 8:
		c.add("", 0, "the journal version is missing or unreadable")
	case btoi(v) == 0 || btoi(v) > SchemaVersion:
		c.add("", 0, "the journal version %d is not one this debrief knows (1 to %d)", btoi(v), SchemaVersion)
	}
}

// idKey reads an 8-byte ID key, reporting any other key.
func (c *checker) idKey(kind string, k []byte) (uint64, bool) {
	if len(k) != 8 || btoi(k) == 0 {
		c.add("", 0, "a %s is stored under the key %q, which is not an ID", kind, clipKey(k))
		return 0, false
	}
	return btoi(k), true
}

// decodeRecord decodes the value stored under key in bucket, reporting why
// it cannot be read (its checksum included).
func (c *checker) decodeRecord(bucket, key []byte, record string, id uint64, v []byte, into any) bool {
	if v == nil {
		c.add(record, id, "a section is stored where a record belongs")
		return false
	}
	if err := codecOf(c.tx).decode(bucket, key, v, into, capitalize(record)); err != nil {
		// decode names the record first; the problem names it already.
		c.add(record, id, "it %s", strings.TrimPrefix(journal.ErrorMessage(err), capitalize(record)+" "))
		return false
	}
	return true
}

func (c *checker) checkInterviews() {
	sums := c.tx.Bucket(bucketSummaries)
	c.summaryKeys = map[uint64]string{}
	if followUpIndexCurrent(c.tx) {
		c.followUps = map[uint64]indexEntry{}
	}
	if c.tx.Bucket(bucketAnalysis) != nil {
		c.analysis = map[uint64][]byte{}
	}
	eachIDRecord(c, bucketInterviews, "interview", &c.rep.Interviews, func(record string, id uint64, iv *journal.Interview) {
		if iv.ID != id {
			c.add(record, id, "it holds interview %d", iv.ID)
			return
		}
		if err := iv.Validate(); err != nil {
			c.add(record, id, "it breaks a rule: %s", journal.ErrorMessage(err))
		}
		c.expectFollowUps(iv)
		c.expectAnalysis(iv)
		key := summaryKey(iv.Date, id)
		c.summaryKeys[id] = string(key)
		stored := sums.Get(key)
		if stored == nil {
			c.add(record, id, "it has no summary, so lists do not show it")
			return
		}
		// A summary that cannot be read is reported with the summaries.
		var sm journal.Summary
		if codecOf(c.tx).decode(bucketSummaries, key, stored, &sm, "summary") == nil && !sameSummary(sm, iv.Summarize()) {
			c.add(record, id, "its summary does not match it, so lists show it wrongly")
		}
	})
}

func (c *checker) checkSummaries() {
	interviews := c.tx.Bucket(bucketInterviews)
	_ = c.tx.Bucket(bucketSummaries).ForEach(func(k, v []byte) error {
		c.rep.Summaries++
		if len(k) != len(summaryKey(journal.Date{}, 0)) || btoi(k) == 0 {
			c.add("", 0, "a summary is stored under the key %q, which is not a date and an ID", clipKey(k))
			return nil
		}
		id := btoi(k)
		record := fmt.Sprintf("summary of interview %d", id)
		var sm journal.Summary
		if !c.decodeRecord(bucketSummaries, k, record, id, v, &sm) {
			return nil
		}
		want, readable := c.summaryKeys[id]
		switch {
		case interviews.Get(itob(id)) == nil:
			c.add(record, id, "interview %d does not exist", id)
		case readable && want != string(k):
			c.add(record, id, "it is filed under another date than the interview's, so the interview is listed twice or in the wrong place")
		case sm.ID != id:
			c.add(record, id, "it describes interview %d", sm.ID)
		}
		return nil
	})
}

func (c *checker) checkDrafts() {
	eachIDRecord(c, bucketDrafts, "draft", &c.rep.Drafts, func(record string, id uint64, d *journal.Draft) {
		switch {
		case d.ID != id:
			c.add(record, id, "it holds draft %d", d.ID)
		case d.Kind != journal.DraftInterview && d.Kind != journal.DraftFeedback && d.Kind != journal.DraftReview:
			c.add(record, id, "%q is not a kind of draft", d.Kind)
		case d.Step < 0 || d.Sub < 0 || d.Answered < 0 || d.Total < 0 || d.Answered > d.Total:
			c.add(record, id, "its progress (step %d, %d of %d answered) does not add up", d.Step, d.Answered, d.Total)
		}
	})
}

func (c *checker) checkReviews() {
	eachIDRecord(c, bucketReviews, "review", &c.rep.Reviews, func(record string, id uint64, r *journal.Review) {
		if r.ID != id {
			c.add(record, id, "it holds review %d", r.ID)
			return
		}
		if err := r.Validate(); err != nil {
			c.add(record, id, "it breaks a rule: %s", journal.ErrorMessage(err))
		}
	})
}

// eachIDRecord counts the records of a bucket keyed by the IDs its counter
// gives out (interviews, drafts, reviews), makes the checks every such record
// needs (its key is an ID, the counter has given it out, it decodes), and
// hands each one that decodes to check with its name ("draft 3") and ID.
func eachIDRecord[T any](c *checker, bucket []byte, kind string, count *int, check func(record string, id uint64, rec *T)) {
	b := c.tx.Bucket(bucket)
	seq := b.Sequence()
	_ = b.ForEach(func(k, v []byte) error {
		*count++
		id, ok := c.idKey(kind, k)
		if !ok {
			return nil
		}
		record := fmt.Sprintf("%s %d", kind, id)
		switch {
		case id > maxID:
			c.add(record, id, "its ID is larger than any debrief gives out (%d at most); importing an export into a new journal numbers it afresh", uint64(maxID))
		case id > seq:
			c.add(record, id, "its ID is above the counter of %ss (%d), which only a change made outside debrief leaves; new %ss are numbered after it, so nothing is overwritten", kind, seq, kind)
		}
		var rec T
		if c.decodeRecord(bucket, k, record, id, v, &rec) {
			check(record, id, &rec)
		}
		return nil
	})
}

// sameSummary compares summaries field by field; no tags and an empty list
// of tags are the same, as they are once stored.
func sameSummary(a, b journal.Summary) bool {
	return a.ID == b.ID && a.Company == b.Company && a.Role == b.Role && a.Date == b.Date &&
		a.Stage == b.Stage && a.Status == b.Status && a.MoodAfter == b.MoodAfter &&
		a.Authenticity == b.Authenticity && slices.Equal(a.Tags, b.Tags)
}

// clipKey shows a key in a message: printable, and short.
func clipKey(k []byte) string { return clip(string(k), 24) }

// clip makes s fit in a message: at most most bytes, with anything that is
// not printable text shown as '?'.
func clip(s string, most int) string {
	if len(s) > most {
		s = s[:most]
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == utf8.RuneError {
			return '?'
		}
		return r
	}, strings.ToValidUTF8(s, "?"))
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
