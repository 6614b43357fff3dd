package insight_test

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

// compensationWordings ask about pay in six ways that share hardly a word:
// only stemming and the topic's synonyms can see they are one question.
var compensationWordings = []string{
	"What are your salary expectations?",
	"How much are you hoping to earn?",
	"What compensation range are you targeting?",
	"What would it take pay-wise for you to move?",
	"Where do you need to be on base pay?",
	"What are you currently making?",
}

// oneOffs are unrelated questions, each asked once. Two of them share the
// words "describe your experience with", which must not glue them.
var oneOffs = []string{
	"What's your favourite board game?",
	"Explain how HTTPS certificates are validated",
	"Describe your experience with Terraform",
	"Describe your experience with Elixir",
	"How would you explain recursion to a child?",
	"What did you have for breakfast?",
	"Which podcast do you listen to most?",
	"How does garbage collection work in Java?",
	"What is the capital of Australia?",
	"Sell me this pen",
	"How would you test a vending machine?",
	"What is a closure in JavaScript?",
}

// kafkaQuestions are about one technical topic outside the taxonomy, in
// different words.
var kafkaQuestions = []string{
	"How do Kafka consumer groups rebalance?",
	"What happens when a Kafka consumer group lags behind?",
	"Explain Kafka consumer offsets",
}

var paceLessons = []string{"slow down when answering", "don't rush my answers", "pause before I answer"}

func day(n int) journal.Date { return journal.NewDate(2026, time.January, 5).AddDays(n) }

// plantedJournal builds 40 interviews, three days apart, with the patterns
// above planted at fixed places and nothing else in common.
func plantedJournal() []*journal.Interview {
	ivs := make([]*journal.Interview, 40)
	for i := range ivs {
		ivs[i] = &journal.Interview{
			ID: uint64(i + 1), Company: "Company " + string(rune('A'+i%26)) + string(rune('a'+i/26)),
			Role: "Engineer", Date: day(3 * i),
		}
	}
	add := func(i int, q string, tags ...string) {
		ivs[i].Curveballs = append(ivs[i].Curveballs, journal.Curveball{Question: q, Answer: "I said something", Tags: tags})
	}
	for n, i := range []int{2, 9, 15, 22, 30, 37} {
		add(i, compensationWordings[n])
	}
	for n, i := range []int{0, 4, 7, 11, 13, 17, 20, 24, 26, 28, 32, 35} {
		add(i, oneOffs[n])
	}
	for n, i := range []int{3, 19, 33} {
		add(i, kafkaQuestions[n])
	}
	// Outside every built-in topic: only the user's tag ties them.
	add(6, "How would you price a reinsurance treaty?", "Actuarial")
	add(27, "What does a loss triangle show?", "actuarial")
	for n, i := range []int{5, 18, 34} {
		ivs[i].Lessons = append(ivs[i].Lessons, paceLessons[n])
	}
	ivs[8].Lessons = []string{"Bring a water bottle"}
	ivs[21].Lessons = []string{"Research the company's products"}
	ivs[29].Lessons = []string{"Learn the names of the panel beforehand"}
	return ivs
}

// themesWith returns the themes holding a curveball with question q.
func themesWith(themes []insight.Theme, q string) []insight.Theme {
	var out []insight.Theme
	for _, th := range themes {
		if slices.ContainsFunc(th.Items, func(it insight.ThemeItem) bool { return it.Question == q }) {
			out = append(out, th)
		}
	}
	return out
}

func TestAnalyzeThemes(t *testing.T) {
	p := insight.Analyze(plantedJournal())
	if p.Interviews != 40 {
		t.Fatalf("Interviews = %d, want 40", p.Interviews)
	}

	t.Run("CompensationIsOneTheme", func(t *testing.T) {
		found := themesWith(p.Themes, compensationWordings[0])
		if len(found) != 1 {
			t.Fatalf("the salary question is in %d themes, want 1", len(found))
		}
		th := found[0]
		if th.Count != 6 || len(th.Items) != 6 || th.Source != insight.ThemeTaxonomy || th.Key != "topic:compensation" {
			t.Errorf("theme = %q (%s, %s) with count %d and %d items, want topic:compensation from the taxonomy with 6 of each",
				th.Label, th.Key, th.Source, th.Count, len(th.Items))
		}
		for _, q := range compensationWordings {
			if !slices.ContainsFunc(th.Items, func(it insight.ThemeItem) bool { return it.Question == q }) {
				t.Errorf("%q is not in the compensation theme", q)
			}
		}
		if p.Themes[0].Key != th.Key {
			t.Errorf("the first theme is %q, want the most frequent, compensation", p.Themes[0].Key)
		}
		for i := 1; i < len(th.Items); i++ {
			if th.Items[i].Date.Before(th.Items[i-1].Date) {
				t.Errorf("items are not in date order: %s after %s", th.Items[i].Date, th.Items[i-1].Date)
			}
		}
		if it := th.Items[0]; it.InterviewID != 3 || it.Company == "" || it.Answer != "I said something" {
			t.Errorf("first item = %+v, want interview 3 with its company and answer", it)
		}
	})

	t.Run("OneOffsStayApart", func(t *testing.T) {
		for _, q := range oneOffs {
			for _, th := range themesWith(p.Themes, q) {
				for _, other := range oneOffs {
					if other != q && len(themesWith([]insight.Theme{th}, other)) > 0 {
						t.Errorf("unrelated %q and %q share theme %q", q, other, th.Label)
					}
				}
			}
		}
	})

	t.Run("SharedWordsFormACluster", func(t *testing.T) {
		found := themesWith(p.Themes, kafkaQuestions[0])
		if len(found) != 1 {
			t.Fatalf("the Kafka question is in %d themes, want 1", len(found))
		}
		th := found[0]
		if th.Source != insight.ThemeCluster || th.Count != 3 {
			t.Errorf("theme %q: source %s, count %d; want a cluster of 3", th.Label, th.Source, th.Count)
		}
		if !strings.Contains(th.Label, "Kafka") || !strings.HasPrefix(th.Key, "cluster:kafka") {
			t.Errorf("theme is named %q (%s), want it named after Kafka", th.Label, th.Key)
		}
	})

	t.Run("TagsUsedTwiceFormATheme", func(t *testing.T) {
		found := themesWith(p.Themes, "How would you price a reinsurance treaty?")
		if len(found) != 1 {
			t.Fatalf("the tagged question is in %d themes, want 1", len(found))
		}
		if th := found[0]; th.Source != insight.ThemeTag || th.Count != 2 || th.Label != "Actuarial" || th.Key != "tag:actuari" {
			t.Errorf("theme = %+v, want the tag theme Actuarial of 2 interviews", th)
		}
	})

	t.Run("OnlyRecurringThemes", func(t *testing.T) {
		for i, th := range p.Themes {
			if th.Count < insight.MinRecurring {
				t.Errorf("theme %q appears in %d interview(s)", th.Label, th.Count)
			}
			if i > 0 && th.Count > p.Themes[i-1].Count {
				t.Errorf("theme %q (%d) comes after %q (%d)", th.Label, th.Count, p.Themes[i-1].Label, p.Themes[i-1].Count)
			}
		}
		if len(p.Themes) != 3 {
			t.Errorf("got %d themes, want 3 (compensation, Kafka, actuarial): %v", len(p.Themes), themeLabels(p.Themes))
		}
	})
}

func themeLabels(themes []insight.Theme) []string {
	var out []string
	for _, th := range themes {
		out = append(out, th.Label)
	}
	return out
}

func TestAnalyzeFrequentTopicIsKept(t *testing.T) {
	// Kafka comes up in most interviews, each time about something else:
	// common as it is in this journal, it is the theme, not noise.
	concepts := []string{"replication", "partitions", "retention", "compaction", "offsets", "rebalancing",
		"acknowledgements", "idempotence", "transactions", "consumer lag", "tiered storage", "schemas"}
	var ivs []*journal.Interview
	for i, c := range concepts {
		ivs = append(ivs, &journal.Interview{ID: uint64(i + 1), Date: day(i),
			Curveballs: []journal.Curveball{{Question: "How does Kafka handle " + c + "?"}}})
	}
	for i, q := range oneOffs[:4] {
		ivs = append(ivs, &journal.Interview{ID: uint64(100 + i), Date: day(50 + i), Curveballs: []journal.Curveball{{Question: q}}})
	}
	p := insight.Analyze(ivs)
	if len(p.Themes) != 1 || p.Themes[0].Count != len(concepts) || p.Themes[0].Label != "Kafka" {
		t.Errorf("themes = %v, want one Kafka theme of %d", themeLabels(p.Themes), len(concepts))
	}
}

func TestAnalyzeThemePrecedence(t *testing.T) {
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0), Curveballs: []journal.Curveball{{Question: "What are your salary expectations?", Tags: []string{"awkward"}}}},
		// The text says nothing of pay, but the user tagged it as salary:
		// it joins the salary topic rather than forming a tag theme.
		{ID: 2, Date: day(1), Curveballs: []journal.Curveball{{Question: "Fill in this box on the form", Tags: []string{"Salaries"}}}},
		// A topic found in the text wins over the user's tag.
		{ID: 3, Date: day(2), Curveballs: []journal.Curveball{{Question: "Tell me about a failure", Tags: []string{"awkward"}}}},
		{ID: 4, Date: day(3), Curveballs: []journal.Curveball{{Question: "What was your biggest mistake?", Tags: []string{"awkward"}}}},
	}
	// Tagged alike, these two join the tag rather than a group with the
	// third, untagged question that shares their words.
	ivs = append(ivs,
		&journal.Interview{ID: 5, Date: day(4), Curveballs: []journal.Curveball{{Question: "How do Kafka consumer groups rebalance?", Tags: []string{"streams"}}}},
		&journal.Interview{ID: 6, Date: day(5), Curveballs: []journal.Curveball{{Question: "Explain Kafka consumer offsets", Tags: []string{"Streams"}}}},
		&journal.Interview{ID: 7, Date: day(6), Curveballs: []journal.Curveball{{Question: "When does a Kafka consumer group lag?"}}},
	)
	p := insight.Analyze(ivs)
	got := map[string]int{}
	for _, th := range p.Themes {
		got[th.Key] = th.Count
	}
	want := map[string]int{"topic:compensation": 2, "topic:failure": 2, "tag:stream": 2}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("themes = %v, want %v", got, want)
	}
}

func TestAnalyzeCountsDistinctInterviews(t *testing.T) {
	// The same topic twice in one interview is one interview.
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0), Curveballs: []journal.Curveball{{Question: "What's your salary?"}, {Question: "And your bonus?"}}},
		{ID: 2, Date: day(1), Curveballs: []journal.Curveball{{Question: "Tell me about a weakness"}}},
	}
	if p := insight.Analyze(ivs); len(p.Themes) != 0 {
		t.Errorf("themes = %v, want none: each topic came up in one interview", themeLabels(p.Themes))
	}
	ivs = append(ivs, &journal.Interview{ID: 3, Date: day(2), Curveballs: []journal.Curveball{{Question: "How much do you earn?"}}})
	p := insight.Analyze(ivs)
	if len(p.Themes) != 1 || p.Themes[0].Count != 2 || len(p.Themes[0].Items) != 3 {
		t.Errorf("themes = %+v, want compensation in 2 interviews with 3 items", p.Themes)
	}
}

func TestAnalyzeIsOrderIndependent(t *testing.T) {
	ivs := plantedJournal()
	want := insight.Analyze(ivs)
	shuffled := slices.Clone(ivs)
	rand.New(rand.NewPCG(3, 4)).Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
	shuffled = append(shuffled, nil)
	if got := insight.Analyze(shuffled); !reflect.DeepEqual(got, want) {
		t.Error("analysis of the shuffled journal differs from that of the ordered one")
	}
	if !reflect.DeepEqual(ivs, plantedJournal()) {
		t.Error("Analyze modified the interviews")
	}
}

func TestAnalyzeEmpty(t *testing.T) {
	p := insight.Analyze(nil)
	if p.Interviews != 0 || len(p.Themes) != 0 || len(p.Lessons) != 0 || len(p.Funnel) != 0 {
		t.Errorf("empty journal gives %+v", p)
	}
	if len(p.Trends) != 4 || p.Trends[0].Direction != insight.TrendNotEnoughData {
		t.Errorf("trends of an empty journal = %+v, want four without enough data", p.Trends)
	}
	if _, ok := p.UsualStop(); ok {
		t.Error("UsualStop found a stage in an empty journal")
	}
}
