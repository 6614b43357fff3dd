package insight

import (
	"testing"
)

// tinyTopics are two topics for hand-made model tables.
var tinyTopics = []topicDef{{key: "pay", label: "Pay"}, {key: "fail", label: "Failure"}}

func TestParseTopicModel(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		table := "# a comment\n" +
			"topics pay gone fail -\n" + // "gone" is a topic this list does not have
			"bias 0 0 0 100\n" +
			"lexicon 50 0 50\n" +
			"monei\t0:300 1:900 3:-100\n" +
			"wrong\t2:300\n"
		m, err := parseTopicModel(table, tinyTopics)
		if err != nil {
			t.Fatal(err)
		}
		var s modelScratch
		cases := []struct {
			terms   []string
			lexicon []int
			want    int
		}{
			{[]string{"monei"}, []int{0, 0}, 0},          // a word of the pay topic
			{[]string{"wrong"}, []int{0, 0}, 1},          // of the failure topic
			{[]string{"lunch"}, []int{0, 0}, -1},         // no word it knows: no topic is likelier
			{[]string{"lunch"}, []int{0, 9}, 1},          // the list's score counts
			{[]string{"monei", "wrong"}, []int{0, 0}, 0}, // the stronger wins
		}
		for _, c := range cases {
			if got, p := m.classify(c.terms, nil, c.lexicon, &s); got != c.want || p <= 0 || p > 1 {
				t.Errorf("classify(%q, %v) = %d (p %.2f), want %d", c.terms, c.lexicon, got, p, c.want)
			}
		}
	})
	for name, table := range map[string]string{
		"ErrNoTopics":   "bias 0 0\n",
		"ErrUnknown":    "topics pay fail -\nweights 1 2\n",
		"ErrTooMany":    "topics pay fail -\nbias 0 0 0 0\n",
		"ErrBadNumber":  "topics pay fail -\nbias 0 x 0\n",
		"ErrOutOfOrder": "topics pay fail -\nwrong\t1:10\nmonei\t0:10\n",
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := parseTopicModel(table, tinyTopics); err == nil {
				t.Errorf("parseTopicModel(%q) took it", table)
			}
		})
	}
}

func TestCheckTopicModelRow(t *testing.T) {
	m, err := parseTopicModel("topics pay fail -\n", tinyTopics)
	if err != nil {
		t.Fatal(err)
	}
	for row, ok := range map[string]bool{
		"0:12 2:-3": true,
		"0:12":      true,
		"3:12":      false, // no such class
		"0:x":       false,
		"0=12":      false,
		"0:12  1:3": false,
		"":          false,
	} {
		if err := m.checkRow(row); (err == nil) != ok {
			t.Errorf("checkRow(%q) = %v, want ok %v", row, err, ok)
		}
	}
}

// TestTopicFeatures: terms, pairs of terms, and runs of two and three of
// all the words.
func TestTopicFeatures(t *testing.T) {
	got := topicFeatures(nil, []string{"salari", "expect"}, []string{"what", "ar", "salari"})
	want := []string{"+ar salari", "+what ar", "+what ar salari", "expect", "salari", "salari expect"}
	if len(got) != len(want) {
		t.Fatalf("topicFeatures = %q, want %q", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("topicFeatures = %q, want %q", got, want)
		}
	}
}
