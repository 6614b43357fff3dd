package export_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/debrief-journal/debrief/export"
)

func BenchmarkWriteJSON10k(b *testing.B) {
	doc := &export.Document{Interviews: generatedInterviews(10000)}
	size := len(writeJSON(b, doc))
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if err := export.WriteJSON(io.Discard, doc); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadJSON10k(b *testing.B) {
	data := writeJSON(b, &export.Document{Interviews: generatedInterviews(10000)})
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := export.ReadJSON(bytes.NewReader(data))
		if err != nil || len(doc.Interviews) != 10000 {
			b.Fatalf("read %v interviews: %v", doc, err)
		}
	}
}
