package insight_test

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

// Pools for a large journal that looks like years of real use: common
// questions in many wordings, technical questions that share words in part,
// and one-off questions with words never seen before.
var (
	benchCommonQuestions = []string{
		"What are your salary expectations?", "What's the lowest base you'd accept?",
		"Tell me about yourself", "Walk me through your CV",
		"What is your greatest weakness?", "What would your manager say you need to improve?",
		"Tell me about a time you failed", "What's the biggest mistake you've made at work?",
		"Why are you leaving your current job?", "Why do you want to work here?",
		"Where do you see yourself in five years?", "Can you explain the gap in your CV?",
		"Design a rate limiter", "How would you scale a chat service to a million users?",
		"Reverse a linked list", "What's the time complexity of your solution?",
		"Describe a conflict with a coworker", "How do you handle tight deadlines?",
		"Tell me about a time you led a project", "Do you have any questions for us?",
		"Why should we hire you?", "What motivates you?", "How do you take criticism?",
		"What's your notice period?", "How do you deal with ambiguity?",
	}
	benchTech     = strings.Fields("Kafka Redis Postgres Kubernetes Terraform React GraphQL gRPC Elasticsearch Spark Airflow Snowflake Django Rails Rust Haskell Erlang Cassandra MongoDB RabbitMQ Nginx Envoy Istio Prometheus Grafana Jenkins Ansible Vault Consul Nomad Flink Beam Dask Pandas NumPy PyTorch TensorFlow Svelte Vue Angular")
	benchConcept  = strings.Fields("replication partitioning backpressure caching indexing sharding consistency transactions migrations observability retries idempotency encryption throttling batching streaming compaction leases quorum snapshots")
	benchLessons  = []string{"Slow down", "Don't rush my answers", "Use the STAR method", "Research the company first", "Ask better questions at the end", "Keep answers short", "Be more confident", "Practise system design", "Send the thank-you note the same day", "Prepare salary numbers"}
	benchSyllable = strings.Fields("ka lo mi ren tas vo pel dru sin ghar ot ume bra qui zel fon")
)

func benchWord(r *rand.Rand) string {
	var b strings.Builder
	for range 2 + r.IntN(3) {
		b.WriteString(benchSyllable[r.IntN(len(benchSyllable))])
	}
	return b.String()
}

func benchJournal(n int) []*journal.Interview {
	r := rand.New(rand.NewPCG(7, 11))
	statuses := journal.Statuses
	ivs := make([]*journal.Interview, n)
	for i := range ivs {
		iv := &journal.Interview{
			ID: uint64(i + 1), Company: "Company " + benchWord(r), Role: "Engineer",
			Date:  day(i / 3),
			Stage: journal.Stages[r.IntN(len(journal.Stages))], Outcome: journal.Outcome{Status: statuses[r.IntN(len(statuses))]},
			MoodBefore: journal.Rating(1 + r.IntN(5)), MoodAfter: journal.Rating(1 + r.IntN(5)),
			Authenticity: journal.Rating(1 + r.IntN(5)), Nerves: journal.Rating(1 + r.IntN(5)),
		}
		for range 1 + r.IntN(3) {
			var q string
			switch k := r.IntN(10); {
			case k < 5:
				q = benchCommonQuestions[r.IntN(len(benchCommonQuestions))]
			case k < 8:
				q = "How does " + benchTech[r.IntN(len(benchTech))] + " handle " + benchConcept[r.IntN(len(benchConcept))] + "?"
			default:
				q = "What do you think about " + benchWord(r) + " and " + benchWord(r) + " " + benchWord(r) + "?"
			}
			cb := journal.Curveball{Question: q, Answer: "An answer that went on a little too long."}
			if r.IntN(8) == 0 {
				cb.Tags = []string{benchTech[r.IntN(len(benchTech))]}
			}
			iv.Curveballs = append(iv.Curveballs, cb)
		}
		for range r.IntN(3) {
			if r.IntN(4) == 0 {
				iv.Lessons = append(iv.Lessons, "Read more about "+benchWord(r)+" "+benchConcept[r.IntN(len(benchConcept))])
			} else {
				iv.Lessons = append(iv.Lessons, benchLessons[r.IntN(len(benchLessons))])
			}
		}
		if r.IntN(2) == 0 {
			iv.FollowUps = []journal.FollowUp{{ID: "thank_you", Kind: journal.FollowUpThankYou, Status: journal.FollowUpDone, DoneAt: iv.Date.AddDays(r.IntN(3))}}
		}
		ivs[i] = iv
	}
	return ivs
}

func BenchmarkAnalyze10k(b *testing.B) {
	ivs := benchJournal(10000)
	b.ReportAllocs()
	for b.Loop() {
		insight.Analyze(ivs)
	}
}

func BenchmarkAnalyze100k(b *testing.B) {
	ivs := benchJournal(100000)
	b.ReportAllocs()
	for b.Loop() {
		insight.Analyze(ivs)
	}
}

// knownTexts is an insight.Known holding what a Classifier made of every
// text of a journal, as the journal's analysis records keep it.
type knownTexts struct {
	questions, lessons map[string][2]any
	tags               map[string][2]string
}

func (k knownTexts) Question(text string) (string, []string, bool) {
	c, ok := k.questions[text]
	if !ok {
		return "", nil, false
	}
	return c[0].(string), c[1].([]string), true
}

func (k knownTexts) Tag(tag string) (string, string, bool) {
	c, ok := k.tags[tag]
	return c[0], c[1], ok
}

func (k knownTexts) Lesson(text string) (string, []string, bool) {
	c, ok := k.lessons[text]
	if !ok {
		return "", nil, false
	}
	return c[0].(string), c[1].([]string), true
}

// classify returns what a Classifier makes of every text of ivs.
func classify(ivs []*journal.Interview) knownTexts {
	c := insight.NewClassifier()
	k := knownTexts{questions: map[string][2]any{}, lessons: map[string][2]any{}, tags: map[string][2]string{}}
	for _, iv := range ivs {
		for _, cb := range iv.Curveballs {
			topic, terms := c.Question(cb.Question)
			k.questions[cb.Question] = [2]any{topic, terms}
			for _, tag := range cb.Tags {
				key, topic := c.Tag(tag)
				k.tags[tag] = [2]string{key, topic}
			}
		}
		for _, l := range append(append([]string(nil), iv.Lessons...), iv.FeedbackLessons...) {
			topic, terms := c.Lesson(l)
			k.lessons[l] = [2]any{topic, terms}
		}
	}
	return k
}

// BenchmarkAnalyzeKnown10k is BenchmarkAnalyze10k with the classes of the
// texts known, as the journal keeps them: a fifth of its questions are
// worded once only, as a real journal's often are.
func BenchmarkAnalyzeKnown10k(b *testing.B) {
	ivs := benchJournal(10000)
	known := classify(ivs)
	now := time.Now()
	b.ReportAllocs()
	for b.Loop() {
		insight.AnalyzeKnownAt(ivs, known, now)
	}
}

// TestAnalyzeKnownSame: the patterns drawn with every text's class known
// are those of a full analysis, on a journal of many one-off questions.
func TestAnalyzeKnownSame(t *testing.T) {
	ivs := benchJournal(3000)
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	if got, want := insight.AnalyzeKnownAt(ivs, classify(ivs), now), insight.AnalyzeAt(ivs, now); !reflect.DeepEqual(got, want) {
		t.Errorf("patterns with the classes known differ from a full analysis:\n got %+v\nwant %+v", got, want)
	}
}

func TestAnalyzeLargeJournalStaysSpecific(t *testing.T) {
	// Thousands of questions sharing words in part must not collapse into
	// a handful of giant groups: no grouped theme may cover more than a
	// small share of the journal.
	ivs := benchJournal(3000)
	p := insight.Analyze(ivs)
	clusters := 0
	for _, th := range p.Themes {
		if th.Source != insight.ThemeCluster {
			continue
		}
		clusters++
		if th.Count > len(ivs)/10 {
			t.Errorf("grouped theme %q covers %d of %d interviews", th.Label, th.Count, len(ivs))
		}
	}
	if clusters < 10 {
		t.Errorf("found %d grouped themes, want the technical topics to form many", clusters)
	}
}
