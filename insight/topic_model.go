package insight

import (
	_ "embed"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// topicModel weighs the evidence for each curveball topic, learned from
// labelled questions: a multinomial logistic regression over the terms of
// a question, its pairs of adjacent terms, and the topic list's score for
// each topic, with one class more for questions of no topic. It learns
// which words and word pairs go with which topic from the many wordings of
// the labelled sets, and how far to trust each topic's list, so a wording
// that shares no word with a topic's definition can still find it, and a
// list word used in another field's question ("patients", "pupils") can be
// outweighed. It is trained by TestTopicModelTable and read from
// topic_model.txt; once read it is only read, so it is safe for concurrent
// use.
type topicModel struct {
	ids     map[string]int32 // a feature to its row
	rows    [][]modelWeight  // by row: the classes it weighs
	bias    []float32        // by class
	lexicon []float32        // by topic: the weight of its list score
	none    int              // the class of questions of no topic
	// generic are terms that say nothing of a topic (genericWords), left
	// out of hasUnseen.
	generic map[string]bool
}

// modelWeight is one feature's weight for one class.
type modelWeight struct {
	class  int32
	weight float32
}

// modelScratch is the working memory of one caller of topicModel.
type modelScratch struct {
	logits []float64
	feats  []string
}

// topicModelTable is the trained model: see writeTopicModel for its form.
//
//go:generate go test -run TestTopicModelTable -update .
//go:embed topic_model.txt
var topicModelTable string

// curveballModel is the model of curveball topics, read on first use.
var curveballModel = sync.OnceValue(func() *topicModel {
	m, err := parseTopicModel(topicModelTable, curveballTopics())
	if err != nil {
		// The table is generated and tested with the code: a table that
		// does not read is a build that must not ship.
		panic("insight: topic_model.txt: " + err.Error())
	}
	m.generic = genericTerms(newTermCache())
	return m
})

// topicFeatures appends to dst the distinct features of a question: each
// of its terms, each pair of adjacent terms joined by a space, and, from
// all its words with the small ones ("what", "how", "you"), each run of two
// and of three adjacent words after a "+", since how a question is put
// ("how much", "what would you") says much of what it asks.
func topicFeatures(dst, terms, words []string) []string {
	start := len(dst)
	for i, t := range terms {
		dst = append(dst, t)
		if i > 0 {
			dst = append(dst, terms[i-1]+" "+t)
		}
	}
	for i := 1; i < len(words); i++ {
		dst = append(dst, "+"+words[i-1]+" "+words[i])
		if i > 1 {
			dst = append(dst, "+"+words[i-2]+" "+words[i-1]+" "+words[i])
		}
	}
	slices.Sort(dst[start:])
	return append(dst[:start], slices.Compact(dst[start:])...)
}

// classify returns the most likely topic of a question, given its terms,
// its words (appendWords) and the topic list's scores, and its probability; the topic is -1 when
// the most likely class is no topic.
func (m *topicModel) classify(terms, words []string, lexicon []int, s *modelScratch) (int, float64) {
	if cap(s.logits) < len(m.bias) {
		s.logits = make([]float64, len(m.bias))
	}
	logits := s.logits[:len(m.bias)]
	for c, b := range m.bias {
		logits[c] = float64(b)
	}
	s.feats = topicFeatures(s.feats[:0], terms, words)
	for _, f := range s.feats {
		if row, ok := m.ids[f]; ok {
			for _, w := range m.rows[row] {
				logits[w.class] += float64(w.weight)
			}
		}
	}
	for t, w := range m.lexicon {
		logits[t] += float64(w) * float64(lexicon[t]) / topicStrong
	}
	best := 0
	for c, l := range logits {
		if l > logits[best] {
			best = c
		}
	}
	var sum float64
	for _, l := range logits {
		sum += math.Exp(l - logits[best])
	}
	if best == m.none {
		return -1, 1 / sum
	}
	return best, 1 / sum
}

// hasUnseen reports whether terms hold a term that is not generic and that
// the model has no weight for.
func (m *topicModel) hasUnseen(terms []string) bool {
	for _, t := range terms {
		if _, known := m.ids[t]; !known && !m.generic[t] {
			return true
		}
	}
	return false
}

// Form of the table, one item a line, weights in hundredths:
//
//	topics KEY KEY ... -      the classes: topic keys, "-" for no topic
//	bias W W ...              each class's bias
//	lexicon W W ...           each topic's weight of its list score
//	FEATURE<TAB>C:W C:W ...   a feature's weights by class number
//
// Lines starting with "#" are comments.

// parseTopicModel reads a table for the topics defs; a class whose key no
// topic has is dropped.
func parseTopicModel(table string, defs []topicDef) (*topicModel, error) {
	index := make(map[string]int, len(defs))
	for i, d := range defs {
		index[d.key] = i
	}
	m := &topicModel{
		ids:     make(map[string]int32, strings.Count(table, "\n")),
		bias:    make([]float32, len(defs)+1),
		lexicon: make([]float32, len(defs)),
		none:    len(defs),
	}
	var classes []int // the table's class numbers to ours, -1 for none known
	for line := range strings.Lines(table) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, rest, tabbed := strings.Cut(line, "\t")
		if !tabbed {
			fields := strings.Fields(line)
			switch fields[0] {
			case "topics":
				for _, k := range fields[1:] {
					c, ok := index[k]
					switch {
					case k == "-":
						c = m.none
					case !ok:
						c = -1
					}
					classes = append(classes, c)
				}
			case "bias", "lexicon":
				for i, f := range fields[1:] {
					w, err := hundredths(f)
					if err != nil {
						return nil, err
					}
					if i >= len(classes) {
						return nil, errTopicModel("more weights than topics")
					}
					if c := classes[i]; c >= 0 && fields[0] == "bias" {
						m.bias[c] = w
					} else if c >= 0 && c < m.none {
						m.lexicon[c] = w
					}
				}
			default:
				return nil, errTopicModel("unknown line " + strconv.Quote(fields[0]))
			}
			continue
		}
		var row []modelWeight
		for _, f := range strings.Fields(rest) {
			cs, ws, ok := strings.Cut(f, ":")
			n, err := strconv.Atoi(cs)
			if !ok || err != nil || n < 0 || n >= len(classes) {
				return nil, errTopicModel("bad weight " + strconv.Quote(f))
			}
			w, err := hundredths(ws)
			if err != nil {
				return nil, err
			}
			if c := classes[n]; c >= 0 {
				row = append(row, modelWeight{int32(c), w})
			}
		}
		m.ids[head] = int32(len(m.rows))
		m.rows = append(m.rows, row)
	}
	if classes == nil {
		return nil, errTopicModel("no topics line")
	}
	return m, nil
}

// hundredths reads a weight written in hundredths.
func hundredths(s string) (float32, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, errTopicModel("bad number " + strconv.Quote(s))
	}
	return float32(n) / 100, nil
}

// errTopicModel is a fault in the model's table.
type errTopicModel string

func (e errTopicModel) Error() string { return string(e) }
