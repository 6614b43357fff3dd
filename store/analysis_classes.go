package store

import (
	"bytes"
	"encoding/binary"
	"slices"
	"sync"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

// Each analysis record ends with what the pattern analysis's classifier
// made of the interview's texts when the record was written: the topic
// of each curveball's question (or its terms, for grouping by shared
// words), the key and topic of each of its tags, and the topic or terms
// of each lesson. Classifying every text on every analysis was most of
// its cost on a large journal. The classes are stamped with the
// classifier's version (insight.TopicsVersion): those of another version
// are ignored, so the analysis classifies those texts itself, and are
// made again when the record is next written (see refreshClasses).
//
// After the version, as a varint (0: no classes), each curveball and then
// each lesson (its own, then those drawn after the decision) has a block:
// its length, then for a curveball its topic, its terms, and the key and
// topic of each of its tags; for a lesson its topic and its terms. The
// length lets a reader skip the block of a text it already knows.

// recordClassifier classifies the texts of the records written by this
// process; its tables are built the first time a record is written.
var recordClassifier = sync.OnceValue(insight.NewClassifier)

// classesVersion is the version of the classes records are written with.
func classesVersion() uint64 { return uint64(insight.TopicsVersion) }

// keptClasses returns the classes at the end of payload, the analysis
// record of iv as it was before this write, when this classifier's version
// made them for the very texts iv holds now (questions, their tags,
// lessons). A save that changes none of them (an outcome, feedback, a
// follow-up) keeps them rather than classifying again, which in a fresh
// process means building the classifier's tables first: about 10 ms of
// every command that writes.
func keptClasses(payload []byte, iv *journal.Interview) ([]byte, bool) {
	if payload == nil {
		return nil, false
	}
	var was analysisRecord
	if err := decode(payload, &was, "the analysis record"); err != nil || was.iv == nil {
		return nil, false
	}
	fields := encodeAnalysisInterview(was.iv)
	if !bytes.HasPrefix(payload, fields) || !sameClassified(was.iv, iv) {
		return nil, false
	}
	classes := payload[len(fields):]
	if v, n := binary.Uvarint(classes); n <= 0 || v != classesVersion() {
		return nil, false
	}
	return classes, true
}

// sameClassified reports whether a and b hold the same texts to classify:
// the same questions with the same tags, the same lessons.
func sameClassified(a, b *journal.Interview) bool {
	return slices.EqualFunc(a.Curveballs, b.Curveballs, func(x, y journal.Curveball) bool {
		return x.Question == y.Question && slices.Equal(x.Tags, y.Tags)
	}) && slices.Equal(a.Lessons, b.Lessons) && slices.Equal(a.FeedbackLessons, b.FeedbackLessons)
}

// appendClasses appends the classes of iv's texts, as made now.
func appendClasses(b []byte, iv *journal.Interview) []byte {
	c := recordClassifier()
	b = binary.AppendUvarint(b, uint64(c.Version()))
	var block []byte
	for _, cb := range iv.Curveballs {
		topic, terms := c.Question(cb.Question)
		block = appendTexts(appendText(block[:0], topic), terms)
		for _, tag := range cb.Tags {
			key, topic := c.Tag(tag)
			block = appendText(appendText(block, key), topic)
		}
		b = appendText(b, string(block))
	}
	for _, list := range [][]string{iv.Lessons, iv.FeedbackLessons} {
		for _, l := range list {
			topic, terms := c.Lesson(l)
			block = appendTexts(appendText(block[:0], topic), terms)
			b = appendText(b, string(block))
		}
	}
	return b
}

// classes reads the classes at the end of iv's record into the decoder's
// known texts, skipping those of texts it knows already; or skips them
// all when the decoder keeps none or they are of another version.
func (r *analysisReader) classes(iv *journal.Interview) {
	version := r.uvarint()
	current := version == classesVersion()
	if !current {
		r.d.stale++
	}
	if version == 0 || r.bad {
		return
	}
	kn := r.d.known
	if !current {
		kn = nil
	}
	for _, cb := range iv.Curveballs {
		block := r.raw()
		if kn == nil || kn.knowsCurveball(cb) {
			continue
		}
		b := analysisReader{b: block, d: r.d}
		q := questionClass{topic: b.word(), terms: b.texts()}
		tags := make([]tagClass, len(cb.Tags))
		for i := range tags {
			tags[i] = tagClass{key: b.word(), topic: b.word()}
		}
		if b.bad || len(b.b) != 0 {
			r.bad = true
			return
		}
		kn.addQuestion(cb.Question, q)
		for i, tag := range cb.Tags {
			kn.addTag(tag, tags[i])
		}
	}
	for _, list := range [][]string{iv.Lessons, iv.FeedbackLessons} {
		for _, l := range list {
			block := r.raw()
			if kn == nil || kn.knowsLesson(l) {
				continue
			}
			b := analysisReader{b: block, d: r.d}
			c := questionClass{topic: b.word(), terms: b.texts()}
			if b.bad || len(b.b) != 0 {
				r.bad = true
				return
			}
			kn.addLesson(l, c)
		}
	}
}

// questionClass is what the classifier made of a question or a lesson.
type questionClass struct {
	topic string
	terms []string
}

// tagClass is what the classifier made of a curveball's tag.
type tagClass struct{ key, topic string }

// knownTexts are the classes read from the analysis records, by text: a
// journal asks the same questions and writes the same lessons many
// times. It is what the analysis takes as insight.Known.
type knownTexts struct {
	questions map[string]questionClass
	tags      map[string]tagClass
	lessons   map[string]questionClass
}

// newKnownTexts returns an empty set.
func newKnownTexts() *knownTexts {
	return &knownTexts{questions: map[string]questionClass{}, tags: map[string]tagClass{}, lessons: map[string]questionClass{}}
}

func (k *knownTexts) knowsCurveball(cb journal.Curveball) bool {
	if _, ok := k.questions[cb.Question]; !ok {
		return false
	}
	for _, tag := range cb.Tags {
		if _, ok := k.tags[tag]; !ok {
			return false
		}
	}
	return true
}

func (k *knownTexts) knowsLesson(l string) bool {
	_, ok := k.lessons[l]
	return ok
}

func (k *knownTexts) addQuestion(text string, c questionClass) { k.questions[text] = c }
func (k *knownTexts) addTag(tag string, c tagClass)            { k.tags[tag] = c }
func (k *knownTexts) addLesson(text string, c questionClass)   { k.lessons[text] = c }

// merge adds what other knows and k does not.
func (k *knownTexts) merge(other *knownTexts) {
	for t, c := range other.questions {
		if _, ok := k.questions[t]; !ok {
			k.questions[t] = c
		}
	}
	for t, c := range other.tags {
		if _, ok := k.tags[t]; !ok {
			k.tags[t] = c
		}
	}
	for t, c := range other.lessons {
		if _, ok := k.lessons[t]; !ok {
			k.lessons[t] = c
		}
	}
}

// Question is insight.Known's.
func (k *knownTexts) Question(text string) (topic string, terms []string, ok bool) {
	c, ok := k.questions[text]
	return c.topic, c.terms, ok
}

// Tag is insight.Known's.
func (k *knownTexts) Tag(tag string) (key, topic string, ok bool) {
	c, ok := k.tags[tag]
	return c.key, c.topic, ok
}

// Lesson is insight.Known's.
func (k *knownTexts) Lesson(text string) (topic string, terms []string, ok bool) {
	c, ok := k.lessons[text]
	return c.topic, c.terms, ok
}

// refreshClasses writes again, with the classes this debrief's classifier
// makes, every record of the analysis index b whose classes are missing or
// of another version. The interviews are unchanged, so the index's
// generation stays: results kept from it still hold.
func refreshClasses(tx *bolt.Tx, b *bolt.Bucket) error {
	cd := codecOf(tx)
	var d analysisDecoder
	var keys [][]byte
	var ivs []*journal.Interview
	err := b.ForEach(func(k, v []byte) error {
		what := func() string { return analysisRecordName(k) }
		payload, err := cd.open(bucketAnalysis, k, v, what)
		if err != nil {
			return err
		}
		before := d.stale
		iv, err := d.record(payload, what)
		if err != nil {
			return err
		}
		if d.stale > before {
			keys, ivs = append(keys, bytes.Clone(k)), append(ivs, iv)
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, k := range keys {
		data, err := cd.encode(bucketAnalysis, k, analysisRecord{iv: ivs[i]})
		if err != nil {
			return err
		}
		if err := b.Put(k, data); err != nil {
			return err
		}
	}
	return nil
}
