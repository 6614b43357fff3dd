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
	add(6, "Write a query that finds duplicate rows", "SQL")
	add(27, "When would you denormalise a table?", "sql")
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
		found := themesWith(p.Themes, "Write a query that finds duplicate rows")
		if len(found) != 1 {
			t.Fatalf("the SQL question is in %d themes, want 1", len(found))
		}
		if th := found[0]; th.Source != insight.ThemeTag || th.Count != 2 || th.Label != "SQL" || th.Key != "tag:sql" {
			t.Errorf("theme = %+v, want the tag theme SQL of 2 interviews", th)
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
			t.Errorf("got %d themes, want 3 (compensation, Kafka, SQL): %v", len(p.Themes), themeLabels(p.Themes))
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
		"acknowledgements", "idempotence", "transactions", "quotas", "tiered storage", "schemas"}
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

func TestAnalyzeLessons(t *testing.T) {
	p := insight.Analyze(plantedJournal())
	if len(p.Lessons) != 1 {
		t.Fatalf("got %d recurring lessons, want 1: %+v", len(p.Lessons), p.Lessons)
	}
	l := p.Lessons[0]
	if l.Count != 3 || !slices.Equal(l.Wordings, paceLessons) || l.Key != "topic:pace" || l.Topic == "" {
		t.Errorf("lesson = %+v, want the pace lesson in 3 wordings", l)
	}
	if l.First != day(15) || l.Last != day(102) || !slices.Equal(l.InterviewIDs, []uint64{6, 19, 35}) {
		t.Errorf("lesson runs %s to %s over %v, want %s to %s over [6 19 35]", l.First, l.Last, l.InterviewIDs, day(15), day(102))
	}
	if !slices.Contains(paceLessons, l.Label) {
		t.Errorf("label %q is not one of the user's wordings", l.Label)
	}
}

func TestAnalyzeLessonLabelIsCommonestWording(t *testing.T) {
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0), Lessons: []string{"Use the STAR method"}},
		{ID: 2, Date: day(1), Lessons: []string{"Give concrete examples"}},
		{ID: 3, Date: day(2), Lessons: []string{"use the STAR method."}},
	}
	p := insight.Analyze(ivs)
	if len(p.Lessons) != 1 {
		t.Fatalf("lessons = %+v, want 1", p.Lessons)
	}
	l := p.Lessons[0]
	if l.Label != "Use the STAR method" || len(l.Wordings) != 2 || l.Count != 3 {
		t.Errorf("lesson = %+v, want label %q, 2 wordings, count 3", l, "Use the STAR method")
	}
}

func TestAnalyzeLessonsFromTheDecision(t *testing.T) {
	// Lessons drawn after the decision recur with the interview's own; an
	// interview holding the same lesson in both counts once.
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0), Lessons: []string{"Use the STAR method"}, FeedbackLessons: []string{"use the STAR method."}},
		{ID: 2, Date: day(1), FeedbackLessons: []string{"Use the STAR method"}},
		{ID: 3, Date: day(2), Lessons: []string{"Bring a water bottle"}},
	}
	p := insight.Analyze(ivs)
	if len(p.Lessons) != 1 || p.Lessons[0].Count != 2 || !slices.Equal(p.Lessons[0].InterviewIDs, []uint64{1, 2}) {
		t.Errorf("lessons = %+v, want the STAR lesson in interviews 1 and 2", p.Lessons)
	}
}

func TestAnalyzeLessonClusters(t *testing.T) {
	// Outside the built-in lessons, shared words still group lessons.
	ivs := []*journal.Interview{
		{ID: 1, Date: day(0), Lessons: []string{"Revise Kubernetes operators"}},
		{ID: 2, Date: day(1), Lessons: []string{"Read up on Kubernetes operators"}},
		{ID: 3, Date: day(2), Lessons: []string{"Bring a water bottle"}},
	}
	p := insight.Analyze(ivs)
	if len(p.Lessons) != 1 || p.Lessons[0].Count != 2 || p.Lessons[0].Topic != "" ||
		!strings.HasPrefix(p.Lessons[0].Key, "cluster:") {
		t.Errorf("lessons = %+v, want one grouped lesson of 2", p.Lessons)
	}
}

func TestAnalyzeLessonShifts(t *testing.T) {
	// Authenticity is 2 up to and including the interview where the lesson
	// was first written, and 4 after it.
	var ivs []*journal.Interview
	for i := range 12 {
		iv := &journal.Interview{ID: uint64(i + 1), Date: day(i), Authenticity: 2, MoodAfter: 3}
		if i > 5 {
			iv.Authenticity = 4
		}
		if i == 5 || i == 9 {
			iv.Lessons = []string{"Be myself"}
		}
		ivs = append(ivs, iv)
	}
	p := insight.Analyze(ivs)
	if len(p.Lessons) != 1 {
		t.Fatalf("lessons = %+v, want 1", p.Lessons)
	}
	shifts := map[string]insight.RatingShift{}
	for _, s := range p.Lessons[0].Shifts {
		shifts[s.Rating] = s
	}
	a := shifts[insight.RatingAuthenticity]
	if a.Before != 2 || a.After != 4 || a.BeforeN != 6 || a.AfterN != 6 || a.Delta != 2 || !a.Claim {
		t.Errorf("authenticity shift = %+v, want 2 to 4 over 6 and 6, claimed", a)
	}
	if m := shifts[insight.RatingMoodAfter]; m.Delta != 0 || !m.Claim {
		t.Errorf("mood after shift = %+v, want no change, claimed", m)
	}
	if n := shifts[insight.RatingNerves]; n.Claim || n.BeforeN != 0 {
		t.Errorf("nerves shift = %+v, want no claim without ratings", n)
	}
}

func TestAnalyzeTrends(t *testing.T) {
	var ivs []*journal.Interview
	for i := range 20 {
		iv := &journal.Interview{
			ID: uint64(i + 1), Date: day(i),
			MoodBefore:   3,                          // steady
			Authenticity: journal.Rating(1 + i*4/19), // rising from 1 to 5
			Nerves:       journal.Rating(5 - i*4/19), // falling from 5 to 1
		}
		if i < 4 {
			iv.MoodAfter = 4 // too few ratings for a direction
		}
		ivs = append(ivs, iv)
	}
	// Shuffle: trends follow dates, not the order interviews are given in.
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(ivs), func(i, j int) { ivs[i], ivs[j] = ivs[j], ivs[i] })
	p := insight.Analyze(ivs)
	want := map[string]string{
		insight.RatingMoodBefore:   insight.TrendSteady,
		insight.RatingAuthenticity: insight.TrendRising,
		insight.RatingNerves:       insight.TrendFalling,
		insight.RatingMoodAfter:    insight.TrendNotEnoughData,
	}
	if len(p.Trends) != 4 {
		t.Fatalf("got %d trends, want 4", len(p.Trends))
	}
	for _, tr := range p.Trends {
		if tr.Direction != want[tr.Rating] {
			t.Errorf("%s: direction %q, want %q (last %.2f, previous %.2f)", tr.Rating, tr.Direction, want[tr.Rating], tr.Last5, tr.Prev5)
		}
		switch tr.Rating {
		case insight.RatingAuthenticity:
			if len(tr.Series) != 20 || tr.Series[0] != 1 || tr.Series[19] != 5 || !slices.IsSorted(tr.Series) {
				t.Errorf("authenticity series = %v, want 20 ratings rising from 1 to 5 in date order", tr.Series)
			}
			if tr.Last5 <= tr.Prev5 || !tr.HigherIsBetter {
				t.Errorf("authenticity: last %.2f, previous %.2f, higher is better %v", tr.Last5, tr.Prev5, tr.HigherIsBetter)
			}
		case insight.RatingNerves:
			if tr.HigherIsBetter {
				t.Error("nerves: higher is better, want lower")
			}
		case insight.RatingMoodAfter:
			if tr.Rated != 4 || len(tr.Series) != 4 {
				t.Errorf("mood after: rated %d with series %v, want 4", tr.Rated, tr.Series)
			}
		}
	}
}

func TestAnalyzeTrendIgnoresNoise(t *testing.T) {
	// The last five average almost a point more than the five before, but
	// the ratings swing from 1 to 5 either way: that is noise, not a trend.
	ratings := []journal.Rating{3, 4, 1, 5, 2, 4, 3, 4, 2, 5, 1, 5, 4, 2, 5, 3}
	var ivs []*journal.Interview
	for i, r := range ratings {
		ivs = append(ivs, &journal.Interview{ID: uint64(i + 1), Date: day(i), Authenticity: r})
	}
	tr := insight.Analyze(ivs).Trends[2]
	if tr.Rating != insight.RatingAuthenticity || tr.Last5-tr.Prev5 < 0.75 {
		t.Fatalf("trend %s: last %.2f, previous %.2f; the test expects authenticity 0.8 apart", tr.Rating, tr.Last5, tr.Prev5)
	}
	if tr.Direction != insight.TrendSteady {
		t.Errorf("direction = %q, want %q", tr.Direction, insight.TrendSteady)
	}
	// A smaller gap between consistent ratings is a real change.
	for i := range ivs {
		ivs[i].Authenticity = 3
		if i >= len(ivs)-5 {
			ivs[i].Authenticity = 4
		}
	}
	ivs[len(ivs)-1].Authenticity = 3
	ivs[len(ivs)-2].Authenticity = 3
	if tr := insight.Analyze(ivs).Trends[2]; tr.Direction != insight.TrendRising {
		t.Errorf("direction of 3,3,3,3,3 then 4,4,4,3,3 = %q (last %.2f, previous %.2f), want %q", tr.Direction, tr.Last5, tr.Prev5, insight.TrendRising)
	}
}

func TestAnalyzeTrendSeriesIsBucketed(t *testing.T) {
	var ivs []*journal.Interview
	for i := range 600 {
		ivs = append(ivs, &journal.Interview{ID: uint64(i + 1), Date: day(i), MoodBefore: journal.Rating(1 + i/150)})
	}
	tr := insight.Analyze(ivs).Trends[0]
	if tr.Rated != 600 || len(tr.Series) != insight.TrendMaxPoints {
		t.Fatalf("rated %d with %d points, want 600 in %d", tr.Rated, len(tr.Series), insight.TrendMaxPoints)
	}
	if tr.Series[0] != 1 || tr.Series[len(tr.Series)-1] != 4 || !slices.IsSorted(tr.Series) {
		t.Errorf("series = %v, want averages rising from 1 to 4", tr.Series)
	}
}

func TestAnalyzeFunnel(t *testing.T) {
	// The outcomes planted at each stage.
	plan := []insight.StageFunnel{
		{Stage: journal.StageScreen, Total: 10, Advanced: 4, Rejected: 3, Pending: 1, Silent: 2},
		{Stage: journal.StageFirst, Total: 9, Advanced: 3, Rejected: 6},
		{Stage: journal.StageFinal, Total: 4, Advanced: 1, Rejected: 1, Pending: 1, Withdrew: 1},
		{Stage: "", Total: 2, Silent: 2},
	}
	var ivs []*journal.Interview
	add := func(stage journal.Stage, status journal.Status, n int) {
		for range n {
			ivs = append(ivs, &journal.Interview{ID: uint64(len(ivs) + 1), Date: day(len(ivs)), Stage: stage, Outcome: journal.Outcome{Status: status}})
		}
	}
	for _, f := range plan {
		// Advanced is split between next rounds and offers, pending between
		// a recorded status and none.
		add(f.Stage, journal.StatusNextRound, f.Advanced/2)
		add(f.Stage, journal.StatusOffer, f.Advanced-f.Advanced/2)
		add(f.Stage, journal.StatusRejected, f.Rejected)
		add(f.Stage, journal.StatusPending, f.Pending/2)
		add(f.Stage, "", f.Pending-f.Pending/2)
		add(f.Stage, journal.StatusNoResponse, f.Silent)
		add(f.Stage, journal.StatusWithdrew, f.Withdrew)
	}
	p := insight.Analyze(ivs)
	if len(p.Funnel) != len(plan) {
		t.Fatalf("funnel has %d stages, want %d: %+v", len(p.Funnel), len(plan), p.Funnel)
	}
	for i, want := range plan {
		got := p.Funnel[i]
		want.Label = got.Label
		if got != want {
			t.Errorf("stage %d = %+v, want %+v", i, got, want)
		}
		if got.Label == "" {
			t.Errorf("stage %q has no label", got.Stage)
		}
	}
	stop, ok := p.UsualStop()
	if !ok || stop.Stage != journal.StageFirst {
		t.Errorf("UsualStop = %q, %v; want the first round, where 6 stopped", stop.Stage, ok)
	}
	if r := p.Funnel[0].AdvanceRate(); r != 4.0/9 {
		t.Errorf("screen advance rate = %v, want 4/9", r)
	}
}

func TestAnalyzeAdvancing(t *testing.T) {
	var ivs []*journal.Interview
	add := func(status journal.Status, authenticity, nerves journal.Rating, n int) {
		for range n {
			ivs = append(ivs, &journal.Interview{ID: uint64(len(ivs) + 1), Date: day(len(ivs)),
				Outcome: journal.Outcome{Status: status}, Authenticity: authenticity, Nerves: nerves})
		}
	}
	add(journal.StatusOffer, 5, 2, 2)
	add(journal.StatusNextRound, 4, 0, 3)
	add(journal.StatusRejected, 2, 4, 4)
	add(journal.StatusNoResponse, 3, 0, 2)
	add(journal.StatusPending, 1, 1, 5)  // undecided: on neither side
	add(journal.StatusWithdrew, 1, 1, 3) // the candidate's choice: on neither side
	contrasts := map[string]insight.RatingContrast{}
	for _, c := range insight.Analyze(ivs).Advancing {
		contrasts[c.Rating] = c
	}
	a := contrasts[insight.RatingAuthenticity]
	if a.AdvancedN != 5 || a.NotAdvancedN != 6 || a.Advanced != 4.4 || a.NotAdvanced != 14.0/6 || !a.Claim {
		t.Errorf("authenticity = %+v, want 4.4 over 5 against 2.33 over 6, claimed", a)
	}
	if a.Delta <= 0 {
		t.Errorf("authenticity delta = %v, want positive", a.Delta)
	}
	n := contrasts[insight.RatingNerves]
	if n.AdvancedN != 2 || n.NotAdvancedN != 4 || n.Claim {
		t.Errorf("nerves = %+v, want 2 against 4 and no claim with fewer than %d a side", n, insight.MinComparable)
	}
	if m := contrasts[insight.RatingMoodBefore]; m.Claim || m.AdvancedN != 0 || m.Delta != 0 {
		t.Errorf("mood before = %+v, want nothing without ratings", m)
	}
}

func TestAnalyzeFollowThrough(t *testing.T) {
	done := func(kind journal.FollowUpKind, on journal.Date) journal.FollowUp {
		return journal.FollowUp{ID: journal.FollowUpID(kind, 0), Kind: kind, Status: journal.FollowUpDone, DoneAt: on}
	}
	ivs := []*journal.Interview{
		// On time: the same day and the next.
		{ID: 1, Date: day(0), FollowUps: []journal.FollowUp{done(journal.FollowUpThankYou, day(0))}},
		{ID: 2, Date: day(10), FollowUps: []journal.FollowUp{done(journal.FollowUpThankYou, day(11))}},
		// Late, skipped, and never recorded.
		{ID: 3, Date: day(20), FollowUps: []journal.FollowUp{done(journal.FollowUpThankYou, day(23))}},
		{ID: 4, Date: day(30), FollowUps: []journal.FollowUp{{ID: "thank_you", Status: journal.FollowUpSkipped}}},
		{ID: 5, Date: day(40)},
		// Withdrawn, and turned down on the day: no thank-you was called for.
		{ID: 6, Date: day(50), Outcome: journal.Outcome{Status: journal.StatusWithdrew}},
		{ID: 7, Date: day(60), Outcome: journal.Outcome{Status: journal.StatusRejected, Date: day(60)},
			FollowUps: []journal.FollowUp{done(journal.FollowUpFeedbackRequest, day(75))},
			Feedback:  []journal.Feedback{{Text: "More depth on system design"}}},
		// Turned down weeks later: the note was due; here it was sent, and
		// feedback was asked of the recruiter, in a record with only an ID.
		{ID: 8, Date: day(70), Outcome: journal.Outcome{Status: journal.StatusRejected, Date: day(90)},
			FollowUps: []journal.FollowUp{done(journal.FollowUpThankYou, day(70)),
				{ID: "recruiter_feedback", Status: journal.FollowUpDone, DoneAt: day(92)}}},
		// Rejected with nothing asked.
		{ID: 9, Date: day(80), Outcome: journal.Outcome{Status: journal.StatusRejected}},
		// No date: nothing could be on time.
		{ID: 10},
	}
	ft := insight.Analyze(ivs).FollowThrough
	if want := (insight.Share{Done: 3, Of: 7}); ft.ThankYouOnTime != want {
		t.Errorf("thank-you on time = %+v, want %+v", ft.ThankYouOnTime, want)
	}
	if want := (insight.Share{Done: 2, Of: 3}); ft.FeedbackRequested != want {
		t.Errorf("feedback requested = %+v, want %+v", ft.FeedbackRequested, want)
	}
	if want := (insight.Share{Done: 1, Of: 3}); ft.FeedbackReceived != want {
		t.Errorf("feedback received = %+v, want %+v", ft.FeedbackReceived, want)
	}
	if r := ft.ThankYouOnTime.Rate(); r != 3.0/7 {
		t.Errorf("rate = %v, want 3/7", r)
	}
	if r := (insight.Share{}).Rate(); r != 0 {
		t.Errorf("empty rate = %v, want 0", r)
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
