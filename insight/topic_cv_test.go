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
// the four tuning sets: the model learns from three sets and the bank of
// common wordings, the fourth set is classified, and the grouping by topic
// is scored pairwise. The topic lists were shaped on the first three sets,
// so only the fourth fold is a fair estimate of the lists; for what the
// model learns every fold is.

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

// cvScores are a fold's pairwise scores.
type cvScores struct{ p, r, f float64 }

// TestCrossValidateClassifier prints, for each setting, the pairwise F1 of
// every fold, and precision and recall of the fourth:
//
//	DEBRIEF_CV=1 go test ./insight/ -run CrossValidate -v
func TestCrossValidateClassifier(t *testing.T) {
	if os.Getenv("DEBRIEF_CV") == "" {
		t.Skip("set DEBRIEF_CV=1 to run the cross-validation")
	}
	defs := curveballTopics()
	keys := make(map[string]int, len(defs))
	for i, d := range defs {
		keys[d.key] = i
	}
	folds := topicModelSets[:4]
	bank := topicModelSets[4:]
	sets := make([][]cvQuestion, len(topicModelSets))
	exs := make([][]trainExample, len(topicModelSets))
	for i, name := range topicModelSets {
		sets[i] = readCVSet(t, name, keys)
		exs[i] = trainingExamples(t, sets[i])
	}
	ts := topicTraining
	if v := os.Getenv("DEBRIEF_CV_TRAIN"); v != "" {
		fmt.Sscanf(v, "%d,%g,%g,%g", &ts.epochs, &ts.rate, &ts.l2, &ts.prune)
	}
	thetas := []float64{0.1, 0.15, 0.2, 0.25, 0.3, 0.4}
	type rule struct {
		theta, bare float64 // bare: the least probability without the list's support
		unseen      float64 // the least probability for a question with a word the model never saw, without the list's own support
	}
	var rules []rule
	for _, th := range thetas {
		for _, bare := range []float64{0, 0.4, 0.45, 0.5, 0.6} {
			for _, un := range []float64{0, 0.3, 0.35, 0.4, 0.5} {
				rules = append(rules, rule{th, bare, un})
			}
		}
	}
	lexicon := make([]cvScores, len(folds))
	byTheta := make([][]cvScores, len(rules))
	for f := range folds {
		var train []trainExample
		for g := range topicModelSets {
			if g != f {
				train = append(train, exs[g]...)
			}
		}
		m, err := parseTopicModel(writeTopicModel(trainTopicModel(train, len(defs), ts), defs, ts.prune), defs)
		if err != nil {
			t.Fatal(err)
		}
		labels := make([]string, len(sets[f]))
		lex := make([]int, len(sets[f]))
		topic := make([]int, len(sets[f]))
		prob := make([]float64, len(sets[f]))
		unseen := make([]bool, len(sets[f]))
		support := make([]bool, len(sets[f]))
		strong := make([]bool, len(sets[f]))
		generic := genericTerms(newTermCache())
		tc := newTermCache()
		ix := buildTopicIndex(defs, tc)
		ix.margin = topicMargin
		var s modelScratch
		for i, q := range sets[f] {
			labels[i] = q.label
			terms := tc.terms(q.text)
			lex[i], _ = ix.match(terms, tc.appendWords(nil, q.text))
			topic[i], prob[i] = m.classify(terms, tc.appendWords(nil, q.text), ix.scores, &s)
			for _, term := range terms {
				if !m.knows(term) && !generic[term] {
					unseen[i] = true
				}
			}
			support[i] = topic[i] >= 0 && ix.scores[topic[i]] > 0
			strong[i] = topic[i] >= 0 && ix.scores[topic[i]] >= topicThreshold
		}
		p, r, f1 := pairF1(labels, lex)
		lexicon[f] = cvScores{p, r, f1}
		for n, ru := range rules {
			pred := make([]int, len(topic))
			for i := range pred {
				pred[i] = -1
				if topic[i] >= 0 && prob[i] >= ru.theta && (support[i] || prob[i] >= ru.bare) &&
					(!unseen[i] || strong[i] || prob[i] >= ru.unseen) {
					pred[i] = topic[i]
				}
			}
			p, r, f1 := pairF1(labels, pred)
			byTheta[n] = append(byTheta[n], cvScores{p, r, f1})
		}
	}
	show := func(name string, s []cvScores) {
		var f1s []string
		var mean float64
		for _, x := range s {
			f1s = append(f1s, fmt.Sprintf("%.3f", x.f))
			mean += x.f / float64(len(s))
		}
		last := s[len(s)-1]
		t.Logf("%-44s F1 by fold %s  mean %.3f  fourth P %.3f R %.3f", name, strings.Join(f1s, " "), mean, last.p, last.r)
	}
	t.Logf("folds %v, always learning from %v, training %+v", folds, bank, ts)
	show("topic list only", lexicon)
	for n, ru := range rules {
		show(fmt.Sprintf("model, p >= %.2f, bare %.2f, unseen %.2f", ru.theta, ru.bare, ru.unseen), byTheta[n])
	}
}
