package insight

import (
	"strings"
	"sync"
)

// Classifier reads questions, curveball tags and lessons as the pattern
// analysis does, one text at a time, so that what it makes of each can be
// kept with the interview and handed back to the analysis (Known) instead
// of being made again on every analysis of a large journal. Its tables are
// built on first use; it is safe for concurrent use.
type Classifier struct {
	mu sync.Mutex
	cx *textClassifier
}

// NewClassifier returns a Classifier. It builds nothing until it is used.
func NewClassifier() *Classifier { return &Classifier{} }

// Version is the TopicsVersion of what the classifier makes.
func (c *Classifier) Version() int { return TopicsVersion }

// Question returns the topic a curveball's question is about (a theme key
// such as "topic:compensation"), or "" when no topic claims it, and then
// the terms it is grouped by with other questions.
func (c *Classifier) Question(text string) (topic string, terms []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.classifier().question(text)
}

// Tag returns the key a curveball's tag is grouped by ("" for a tag of no
// words) and the topic it names, or "".
func (c *Classifier) Tag(tag string) (key, topic string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.classifier().tag(tag)
}

// Lesson returns the lesson topic a lesson belongs to (a key such as
// "topic:pace"), or "" when none claims it, and then the terms it is
// grouped by with other lessons. A blank lesson has neither.
func (c *Classifier) Lesson(text string) (topic string, terms []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.classifier().lesson(text)
}

func (c *Classifier) classifier() *textClassifier {
	if c.cx == nil {
		c.cx = newTextClassifier()
	}
	return c.cx
}

// Known hands the analysis what a Classifier of this TopicsVersion made of
// texts before, such as the classes the journal keeps with its interviews.
// ok is false for a text it does not know, which the analysis classifies
// itself; what it returns must not be modified.
type Known interface {
	Question(text string) (topic string, terms []string, ok bool)
	Tag(tag string) (key, topic string, ok bool)
	Lesson(text string) (topic string, terms []string, ok bool)
}

// textClassifier is the one way the analysis reads a question, tag or
// lesson: what Known gives when it knows the text, otherwise the topic
// lists and the stemmer. Not safe for concurrent use.
type textClassifier struct {
	known          Known
	tc             *termCache
	questionTopics *topicIndex // built on first use, like lessonTopics
	lessonTopics   *topicIndex
	labels         [2]map[string]string // a topic's key to its label: questions', lessons'
	terms, words   []string             // scratch
}

// newTextClassifier returns a classifier that classifies every text.
func newTextClassifier() *textClassifier {
	return &textClassifier{tc: newTermCache()}
}

// withKnown returns a classifier that takes what known knows; nil known
// classifies every text.
func withKnown(known Known) *textClassifier {
	cx := newTextClassifier()
	cx.known = known
	return cx
}

func (cx *textClassifier) questionIndex() *topicIndex {
	if cx.questionTopics == nil {
		cx.questionTopics = buildCurveballIndex()
	}
	return cx.questionTopics
}

func (cx *textClassifier) lessonIndex() *topicIndex {
	if cx.lessonTopics == nil {
		cx.lessonTopics = buildTopicIndex(lessonTopics(), cx.tc)
	}
	return cx.lessonTopics
}

// question is Classifier.Question.
func (cx *textClassifier) question(text string) (topic string, terms []string) {
	if cx.known != nil {
		if topic, terms, ok := cx.known.Question(text); ok {
			return topic, terms
		}
	}
	ix := cx.questionIndex()
	cx.terms = cx.tc.appendTerms(cx.terms[:0], text)
	cx.words = cx.tc.appendWords(cx.words[:0], text)
	if t, _ := ix.match(cx.terms, cx.words); t >= 0 {
		return ix.keys[t], nil
	}
	return "", append([]string(nil), cx.terms...)
}

// tag is Classifier.Tag.
func (cx *textClassifier) tag(tag string) (key, topic string) {
	if cx.known != nil {
		if key, topic, ok := cx.known.Tag(tag); ok {
			return key, topic
		}
	}
	ix := cx.questionIndex()
	key = tagKey(cx.tc, tag)
	if t := ix.topicByName(key); t >= 0 {
		topic = ix.keys[t]
	}
	return key, topic
}

// lesson is Classifier.Lesson.
func (cx *textClassifier) lesson(text string) (topic string, terms []string) {
	if cx.known != nil {
		if topic, terms, ok := cx.known.Lesson(text); ok {
			return topic, terms
		}
	}
	if strings.TrimSpace(text) == "" {
		return "", nil
	}
	ix := cx.lessonIndex()
	cx.terms = cx.tc.appendTerms(cx.terms[:0], text)
	cx.words = cx.tc.appendWords(cx.words[:0], text)
	if t, _ := ix.match(cx.terms, cx.words); t >= 0 {
		return ix.keys[t], nil
	}
	return "", append([]string(nil), cx.terms...)
}

// questionLabel returns how the question topic with key is shown.
func (cx *textClassifier) questionLabel(key string) string { return cx.label(0, key) }

// lessonLabel returns how the lesson topic with key is shown.
func (cx *textClassifier) lessonLabel(key string) string { return cx.label(1, key) }

// label returns how the topic with key is shown, from the question topics
// (list 0) or the lesson topics (list 1).
func (cx *textClassifier) label(list int, key string) string {
	if cx.labels[list] == nil {
		defs := curveballTopics
		if list == 1 {
			defs = lessonTopics
		}
		cx.labels[list] = make(map[string]string)
		for _, d := range defs() {
			if _, taken := cx.labels[list]["topic:"+d.key]; !taken {
				cx.labels[list]["topic:"+d.key] = d.label
			}
		}
	}
	return cx.labels[list][key]
}
