package insight

import (
	"testing"
)

// benchQuestions are varied wordings, some of which no topic claims.
var benchQuestions = []string{
	"What figure would it take for you to sign with us?",
	"Walk me through a time the plan fell apart.",
	"Write SQL for the second highest salary in each department.",
	"How does Kafka handle consumer lag?",
	"A patient's oxygen saturation drops on your shift. What do you do?",
	"What's your favourite board game?",
	"How do you keep a class on task after lunch?",
	"Tell me about a time you disagreed with your manager and what happened next.",
}

// BenchmarkClassifyQuestion measures finding the topic of one question
// once the tables are built, its words' stems known.
//
//	go test ./insight/ -run '^$' -bench ClassifyQuestion
func BenchmarkClassifyQuestion(b *testing.B) {
	cx := newTextClassifier()
	cx.questionIndex()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		q := benchQuestions[i%len(benchQuestions)]
		cx.question(q)
	}
}

// BenchmarkBuildCurveballIndex measures what the first analysis pays to
// build the tables once per process (the model and the topic list), and
// what each analysis pays after that.
func BenchmarkBuildCurveballIndex(b *testing.B) {
	b.Run("Model", func(b *testing.B) {
		for b.Loop() {
			if _, err := parseTopicModel(topicModelTable, curveballTopics()); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("TopicList", func(b *testing.B) {
		for b.Loop() {
			ix := buildTopicIndex(curveballTopics(), newTermCache())
			ix.margin = topicMargin
		}
	})
	b.Run("PerAnalysis", func(b *testing.B) {
		curveballIndex()
		for b.Loop() {
			buildCurveballIndex()
		}
	})
}
