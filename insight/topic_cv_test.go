package insight

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/insight/internal/topiclabels"
)

// The leave-one-set-out cross-validation of the curveball classifier over
// the four tuning sets: the examples of three sets are the neighbours, the
// fourth is classified, and the grouping by topic is scored pairwise. The
// topic lists were shaped on the first three sets, so only the fourth fold
// is a fair estimate of the word lists; for the neighbours every fold is.

var cvSets = []string{"questions.tsv", "second.tsv", "third.tsv", "fourth.tsv"}

// cvQuestion is one labelled question with its topic index (-1 for none or
// a label the taxonomy lacks).
type cvQuestion struct {
	label, text string
	topic       int
}

func readCVSet(t testing.TB, name string, keys map[string]int) []cvQuestion {
	t.Helper()
	path := name
	if !strings.Contains(name, "/") {
		path = "testdata/tuning/" + name
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var qs []cvQuestion
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, text, _ := strings.Cut(line, "\t")
		topic := -1
		if key, ok := topiclabels.Key(label); ok {
			i, known := keys[key]
			if !known {
				t.Fatalf("label %q: no topic %q", label, key)
			}
			topic = i
		} else if label != topiclabels.None {
			t.Fatalf("label %q has no topic", label)
		}
		qs = append(qs, cvQuestion{label, text, topic})
	}
	return qs
}

// pairF1 scores a prediction (-1 for ungrouped) against the labels
// pairwise, a question labelled "-" being a class of its own.
func pairF1(labels []string, pred []int) (p, r, f float64) {
	type cell struct {
		l string
		p int
	}
	cells := make(map[cell]int)
	byLabel := make(map[string]int)
	byPred := make(map[int]int)
	for i := range labels {
		if labels[i] != topiclabels.None {
			byLabel[labels[i]]++
		}
		if pred[i] >= 0 {
			byPred[pred[i]]++
			if labels[i] != topiclabels.None {
				cells[cell{labels[i], pred[i]}]++
			}
		}
	}
	pairs := func(n int) int { return n * (n - 1) / 2 }
	var tp, pp, tr int
	for _, n := range cells {
		tp += pairs(n)
	}
	for _, n := range byPred {
		pp += pairs(n)
	}
	for _, n := range byLabel {
		tr += pairs(n)
	}
	if pp > 0 {
		p = float64(tp) / float64(pp)
	}
	if tr > 0 {
		r = float64(tp) / float64(tr)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// cvFold is one fold's questions and everything a policy needs about them.
type cvFold struct {
	name   string
	labels []string
	items  []cvItem
}

type cvItem struct {
	text         string
	terms, words []string
	lexTopic     int
	lexScores    []int
	votes        []float32
	none         float32
	support      []int32
	unseen       bool
}

type cvPolicy interface {
	decide(it *cvItem) int
	String() string
}

func buildCVFolds(t testing.TB, k int, minSim float32) []cvFold {
	defs := curveballTopics()
	keys := make(map[string]int)
	for i, d := range defs {
		keys[d.key] = i
	}
	tc := newTermCache()
	lex := buildTopicIndex(defs, tc)
	lex.margin = topicMargin
	sets := make([][]cvQuestion, len(cvSets))
	for i, name := range cvSets {
		sets[i] = readCVSet(t, name, keys)
	}
	var folds []cvFold
	for f := range sets {
		var train []neighbourExample
		for g, set := range sets {
			if g == f {
				continue
			}
			for _, q := range set {
				train = append(train, neighbourExample{q.topic, tc.terms(q.text)})
			}
		}
		if os.Getenv("DEBRIEF_CV_PHRASES") != "" {
			for i, d := range defs {
				for _, ph := range strings.Split(d.phrases, "|") {
					text, _ := splitWeight(ph, topicPhrase)
					train = append(train, neighbourExample{i, tc.terms(text)})
				}
			}
		}
		if bank := os.Getenv("DEBRIEF_CV_BANK"); bank != "" {
			for _, q := range readCVSet(t, bank, keys) {
				train = append(train, neighbourExample{q.topic, tc.terms(q.text)})
			}
		}
		nb := buildNeighbourIndex(train, len(defs), genericTerms(tc))
		var s neighbourScratch
		fold := cvFold{name: cvSets[f]}
		for _, q := range sets[f] {
			it := cvItem{text: q.text, terms: tc.terms(q.text), words: tc.appendWords(nil, q.text)}
			it.lexTopic, _ = lex.match(it.terms, it.words)
			it.lexScores = append([]int(nil), lex.scores...)
			v, none := nb.votes(it.terms, k, minSim, &s)
			it.votes = append([]float32(nil), v...)
			it.none = none
			it.support = append([]int32(nil), s.support[:len(defs)]...)
			for _, term := range it.terms {
				if _, ok := nb.ids[term]; !ok && !nb.generic[term] {
					it.unseen = true
				}
			}
			fold.labels = append(fold.labels, q.label)
			fold.items = append(fold.items, it)
		}
		folds = append(folds, fold)
	}
	return folds
}

func scorePolicy(folds []cvFold, p cvPolicy) (per []float64, mean float64, fourth [3]float64) {
	for _, f := range folds {
		pred := make([]int, len(f.items))
		for i := range f.items {
			pred[i] = p.decide(&f.items[i])
		}
		pr, rc, f1 := pairF1(f.labels, pred)
		per = append(per, f1, pr, rc)
		mean += f1 / float64(len(folds))
		if f.name == "fourth.tsv" {
			fourth = [3]float64{pr, rc, f1}
		}
	}
	return
}

type lexOnly struct{}

func (lexOnly) decide(it *cvItem) int { return it.lexTopic }
func (lexOnly) String() string        { return "lexicon only" }

// lexThenNeighbours: the lexicon's topic when it has one, else the
// neighbours' when their best topic scores at least min and leads the
// next (and the no-topic examples) by ratio.
type lexThenNeighbours struct {
	min, ratio float32
	lexFirst   bool
	nbOnly     bool
}

func (p lexThenNeighbours) nb(it *cvItem) int {
	best, bs, second := -1, float32(0), it.none
	for t, v := range it.votes {
		if v > bs {
			best, second, bs = t, max(second, bs), v
		} else {
			second = max(second, v)
		}
	}
	if best < 0 || bs < p.min || bs < p.ratio*second {
		return -1
	}
	return best
}

func (p lexThenNeighbours) decide(it *cvItem) int {
	if p.nbOnly {
		return p.nb(it)
	}
	if p.lexFirst {
		if it.lexTopic >= 0 {
			return it.lexTopic
		}
		return p.nb(it)
	}
	if t := p.nb(it); t >= 0 {
		return t
	}
	return it.lexTopic
}
func (p lexThenNeighbours) String() string {
	return fmt.Sprintf("lexFirst=%v nbOnly=%v min=%.2f ratio=%.1f", p.lexFirst, p.nbOnly, p.min, p.ratio)
}

// combined: each topic scores a*lexicon/topicThreshold plus its vote; the
// best must reach min and lead the next by margin.
type combined struct {
	a, min, margin float32
	clip           bool // the topic list's scores below its threshold count nothing
	support        int32
	unseen         bool // a question with a term no example has gets no votes
}

func (p combined) decide(it *cvItem) int {
	best, bs, second := -1, float32(0), it.none
	for t := range it.votes {
		l := it.lexScores[t]
		if p.clip && l > 0 && l < topicThreshold {
			l = 0
		}
		vt := it.votes[t]
		if it.support[t] < p.support || (p.unseen && it.unseen) {
			vt = 0
		}
		v := vt + p.a*float32(l)/topicThreshold
		if v > bs {
			best, second, bs = t, max(second, bs), v
		} else {
			second = max(second, v)
		}
	}
	if best < 0 || bs < p.min || bs-second < p.margin {
		return -1
	}
	return best
}
func (p combined) String() string {
	return fmt.Sprintf("combined a=%.2f min=%.2f margin=%.2f clip=%v support=%d unseen=%v", p.a, p.min, p.margin, p.clip, p.support, p.unseen)
}

func TestCrossValidateClassifier(t *testing.T) {
	if os.Getenv("DEBRIEF_CV") == "" {
		t.Skip("set DEBRIEF_CV=1 to run the cross-validation")
	}
	for _, k := range []int{8} {
		for _, minSim := range []float32{0.1, 0.2, 0.3, 0.35} {
			folds := buildCVFolds(t, k, minSim)
			var policies []cvPolicy
			policies = append(policies, lexOnly{})
			for _, lf := range []bool{true, false} {
				for _, m := range []float32{0.2, 0.3, 0.5, 0.8} {
					for _, r := range []float32{1, 1.5, 2} {
						policies = append(policies, lexThenNeighbours{m, r, lf, false})
						if lf {
							policies = append(policies, lexThenNeighbours{m, r, lf, true})
						}
					}
				}
			}
			for _, a := range []float32{1, 1.5, 2} {
				for _, m := range []float32{0.8, 1, 1.2, 1.5} {
					for _, mg := range []float32{0, 0.1} {
						for _, sup := range []int32{1, 2, 3} {
							policies = append(policies, combined{a, m, mg, false, sup, false}, combined{a, m, mg, false, sup, true})
						}
					}
				}
			}
			for _, p := range policies {
				per, mean, fourth := scorePolicy(folds, p)
				t.Logf("k=%d minSim=%.2f %-40v mean %.3f folds %.3f  fourth P %.3f R %.3f F1 %.3f", k, minSim, p, mean, per, fourth[0], fourth[1], fourth[2])
			}
		}
	}
}

func TestCrossValidateErrors(t *testing.T) {
	fold := os.Getenv("DEBRIEF_CV_ERRORS")
	if fold == "" {
		t.Skip("set DEBRIEF_CV_ERRORS to a set's file name to list its mistakes")
	}
	defs := curveballTopics()
	var p cvPolicy = combined{1, 0.8, 0.05, false, 2, false}
	if os.Getenv("DEBRIEF_CV_NB") != "" {
		p = lexThenNeighbours{0.3, 1, true, true}
	}
	for _, f := range buildCVFolds(t, 3, 0.1) {
		if f.name != fold {
			continue
		}
		for i := range f.items {
			it := &f.items[i]
			got, lex := "", ""
			if g := p.decide(it); g >= 0 {
				got = defs[g].key
			}
			if it.lexTopic >= 0 {
				lex = defs[it.lexTopic].key
			}
			want, _ := topiclabels.Key(f.labels[i])
			if got != want {
				t.Logf("%-18s got %-18s lex %-18s %s", want, got, lex, it.text)
			}
		}
	}
}
