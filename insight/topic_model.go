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
	// names are the features the model weighs, in byte order (slices of
	// the table itself), and row[i] to row[i+1] the range of weights of
	// names[i] in weights: pairs of a class and a weight in hundredths.
	names   []string
	row     []int32
	weights []int16
	classes []int32   // the table's class numbers to ours, -1 for none known
	bias    []float32 // by class
	lexicon []float32 // by topic: the weight of its list score
	none    int       // the class of questions of no topic
	// generic are terms that say nothing of a topic (genericWords), left
	// out of hasUnseen.
	generic map[string]bool
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
		if i, ok := slices.BinarySearch(m.names, f); ok {
			ws := m.weights[m.row[i]:m.row[i+1]]
			for j := 0; j < len(ws); j += 2 {
				logits[ws[j]] += float64(ws[j+1]) / 100
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

// appendRow appends a row's weights ("C:W C:W", W in hundredths) to dst as
// pairs of our class and weight, leaving out classes we do not have. The
// table was checked by its test (checkRow); a row that does not read is
// cut short where it stops reading.
func (m *topicModel) appendRow(dst []int16, row string) []int16 {
	for i := 0; i < len(row); {
		c, w := 0, 0
		for ; i < len(row) && row[i] >= '0' && row[i] <= '9'; i++ {
			c = 10*c + int(row[i]-'0')
		}
		if i == len(row) || row[i] != ':' || c >= len(m.classes) {
			return dst
		}
		i++
		neg := i < len(row) && row[i] == '-'
		if neg {
			i++
		}
		for ; i < len(row) && row[i] >= '0' && row[i] <= '9'; i++ {
			w = 10*w + int(row[i]-'0')
		}
		if neg {
			w = -w
		}
		if class := m.classes[c]; class >= 0 && w >= math.MinInt16 && w <= math.MaxInt16 {
			dst = append(dst, int16(class), int16(w))
		}
		if i < len(row) && row[i] != ' ' {
			return dst
		}
		i++
	}
	return dst
}

// knows reports whether the model has weights for feature f.
func (m *topicModel) knows(f string) bool {
	_, ok := slices.BinarySearch(m.names, f)
	return ok
}

// hasUnseen reports whether terms hold a term that is not generic and that
// the model has no weight for.
func (m *topicModel) hasUnseen(terms []string) bool {
	for _, t := range terms {
		if !m.generic[t] && !m.knows(t) {
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
// topic has is dropped. It checks the form of every line but the rows of
// weights, which checkRow checks.
func parseTopicModel(table string, defs []topicDef) (*topicModel, error) {
	index := make(map[string]int, len(defs))
	for i, d := range defs {
		index[d.key] = i
	}
	m := &topicModel{
		bias:    make([]float32, len(defs)+1),
		lexicon: make([]float32, len(defs)),
		none:    len(defs),
	}
	rows := strings.Count(table, "\t")
	m.names = make([]string, 0, rows)
	m.row = make([]int32, 1, rows+1)
	m.weights = make([]int16, 0, 2*strings.Count(table, ":"))
	for len(table) > 0 {
		line, rest, _ := strings.Cut(table, "\n")
		table = rest
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		name, row, tabbed := strings.Cut(line, "\t")
		if tabbed {
			if n := len(m.names); n > 0 && m.names[n-1] >= name {
				return nil, errTopicModel("features out of order at " + strconv.Quote(name))
			}
			m.names = append(m.names, name)
			m.weights = m.appendRow(m.weights, row)
			m.row = append(m.row, int32(len(m.weights)))
			continue
		}
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
				m.classes = append(m.classes, int32(c))
			}
		case "bias", "lexicon":
			for i, f := range fields[1:] {
				w, err := hundredths(f)
				if err != nil {
					return nil, err
				}
				if i >= len(m.classes) {
					return nil, errTopicModel("more weights than topics")
				}
				if c := m.classes[i]; c >= 0 && fields[0] == "bias" {
					m.bias[c] = w
				} else if c >= 0 && int(c) < m.none {
					m.lexicon[c] = w
				}
			}
		default:
			return nil, errTopicModel("unknown line " + strconv.Quote(fields[0]))
		}
	}
	if m.classes == nil {
		return nil, errTopicModel("no topics line")
	}
	return m, nil
}

// checkRow checks that a row of weights reads: "C:W" items, C a class of
// the topics line and W a whole number, separated by single spaces. Rows
// are read as they are used, which is quick but trusts them: the generated
// table is checked whole by its test (TestTopicModelTable).
func (m *topicModel) checkRow(row string) error {
	for item := range strings.SplitSeq(row, " ") {
		cs, ws, ok := strings.Cut(item, ":")
		c, err := strconv.Atoi(cs)
		if !ok || err != nil || c < 0 || c >= len(m.classes) || strings.HasPrefix(cs, "+") {
			return errTopicModel("bad weight " + strconv.Quote(item))
		}
		if _, err := hundredths(ws); err != nil || strings.HasPrefix(ws, "+") {
			return errTopicModel("bad weight " + strconv.Quote(item))
		}
	}
	return nil
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
