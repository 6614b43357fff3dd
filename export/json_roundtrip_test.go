package export_test

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

func writeJSON(t testing.TB, doc *export.Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, doc); err != nil {
		t.Fatalf("WriteJSON: %v", err)
	}
	return buf.Bytes()
}

func readJSON(t testing.TB, b []byte) *export.Document {
	t.Helper()
	doc, err := export.ReadJSON(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("ReadJSON: %v", err)
	}
	return doc
}

// sortedCopy returns doc with its records in ID order, as the reader gives
// them back.
func sortedCopy(doc *export.Document) *export.Document {
	out := *doc
	// What is written is always the current version, and lists rather
	// than nothing.
	out.Version = export.Version
	out.Interviews = slices.Clone(doc.Interviews)
	out.Reviews = slices.Clone(doc.Reviews)
	out.Cards = append([]journal.Card{}, doc.Cards...)
	out.Stories = append([]journal.Story{}, doc.Stories...)
	slices.SortStableFunc(out.Interviews, func(a, b journal.Interview) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(out.Reviews, func(a, b journal.Review) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortStableFunc(out.Cards, func(a, b journal.Card) int {
		return cmp.Or(cmp.Compare(a.InterviewID, b.InterviewID), cmp.Compare(a.Number, b.Number))
	})
	slices.SortStableFunc(out.Stories, func(a, b journal.Story) int { return cmp.Compare(a.ID, b.ID) })
	return &out
}

func TestRoundTrip(t *testing.T) {
	t.Run("RichDocument", func(t *testing.T) {
		doc := richDocument()
		first := writeJSON(t, doc)
		back := readJSON(t, first)
		if d := sameData(sortedCopy(doc), back); d != "" {
			t.Fatalf("read back different data: %s", d)
		}
		if second := writeJSON(t, back); !bytes.Equal(first, second) {
			t.Fatalf("second write differs from the first:\n%s", firstDifference(first, second))
		}
	})
	t.Run("Generated1000", func(t *testing.T) {
		doc := &export.Document{Interviews: generatedInterviews(1000), Reviews: []journal.Review{richReview(1)}}
		first := writeJSON(t, doc)
		back := readJSON(t, first)
		if len(back.Interviews) != 1000 {
			t.Fatalf("read %d interviews, want 1000", len(back.Interviews))
		}
		if d := sameData(sortedCopy(doc).Interviews, back.Interviews); d != "" {
			t.Fatalf("read back different data: %s", d)
		}
		if second := writeJSON(t, back); !bytes.Equal(first, second) {
			t.Fatalf("second write differs from the first:\n%s", firstDifference(first, second))
		}
	})
	t.Run("EmptyDocument", func(t *testing.T) {
		first := writeJSON(t, &export.Document{})
		want := "{\n  \"format\": \"debrief\",\n  \"version\": 2,\n  \"interviews\": [],\n  \"reviews\": [],\n  \"cards\": [],\n  \"stories\": []\n}\n"
		if string(first) != want {
			t.Fatalf("got %q, want %q", first, want)
		}
		back := readJSON(t, first)
		if back.Format != export.FormatName || back.Version != export.Version || len(back.Interviews)+len(back.Reviews) != 0 {
			t.Fatalf("read back %+v", back)
		}
	})
}

// The pieces written one record at a time must add up to exactly one
// indented encoding of the whole document.
func TestWriteJSONMatchesSingleEncoding(t *testing.T) {
	doc := sortedCopy(richDocument())
	doc.Format, doc.Version = export.FormatName, export.Version
	var want bytes.Buffer
	enc := json.NewEncoder(&want)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		t.Fatal(err)
	}
	got := writeJSON(t, richDocument())
	if !bytes.Equal(got, want.Bytes()) {
		t.Fatalf("streamed output differs from one encoding:\n%s", firstDifference(want.Bytes(), got))
	}
}

func TestWriteJSONDetails(t *testing.T) {
	doc := richDocument()
	before := slices.Clone(doc.Interviews)
	out := string(writeJSON(t, doc))

	t.Run("MarkupStaysReadable", func(t *testing.T) {
		for _, s := range []string{`Acme & Söhne <GmbH>`, `<blink>`} {
			if !strings.Contains(out, s) {
				t.Errorf("output lacks %q", s)
			}
		}
		if strings.Contains(out, `\u003c`) || strings.Contains(out, `\u0026`) {
			t.Error("markup characters were escaped")
		}
	})
	t.Run("IDOrder", func(t *testing.T) {
		var prev int
		for _, needle := range []string{`"id": 3,`, `"id": 7,`, `"id": 9,`, `"id": 42,`} {
			at := strings.Index(out, needle)
			if at < prev {
				t.Fatalf("%s is out of order", needle)
			}
			prev = at
		}
	})
	t.Run("CallerSliceUntouched", func(t *testing.T) {
		for i := range before {
			if doc.Interviews[i].ID != before[i].ID {
				t.Fatal("WriteJSON reordered the caller's interviews")
			}
		}
	})
	t.Run("TimesKeepOffsetAndNanoseconds", func(t *testing.T) {
		for _, s := range []string{`"created_at": "2026-03-14T17:05:09.123456789+02:00"`, `"updated_at": "2026-03-15T02:00:00.000000001+05:30"`} {
			if !strings.Contains(out, s) {
				t.Errorf("output lacks %s", s)
			}
		}
		back := readJSON(t, []byte(out))
		created := back.Interviews[3].CreatedAt // id 42
		if _, off := created.Zone(); off != 2*3600 || created.Nanosecond() != 123456789 {
			t.Errorf("created_at came back as %s", created.Format(time.RFC3339Nano))
		}
	})
	t.Run("TrailingNewlineTwoSpaceIndent", func(t *testing.T) {
		if !strings.HasSuffix(out, "}\n") || !strings.HasPrefix(out, "{\n  \"format\"") {
			t.Fatalf("unexpected framing: %q ... %q", out[:20], out[len(out)-5:])
		}
	})
}

// sliceSource yields records in the order given, as a store would.
type sliceSource struct {
	interviews []journal.Interview
	reviews    []journal.Review
	failWith   error
}

func (s sliceSource) EachInterview(fn func(*journal.Interview) error) error {
	for i := range s.interviews {
		if err := fn(&s.interviews[i]); err != nil {
			return err
		}
	}
	return s.failWith
}

func (s sliceSource) EachReview(fn func(*journal.Review) error) error {
	for i := range s.reviews {
		if err := fn(&s.reviews[i]); err != nil {
			return err
		}
	}
	return nil
}

func TestWriteJSONFrom(t *testing.T) {
	doc := sortedCopy(richDocument())
	t.Run("OK", func(t *testing.T) {
		var got bytes.Buffer
		if err := export.WriteJSONFrom(&got, sliceSource{interviews: doc.Interviews, reviews: doc.Reviews}); err != nil {
			t.Fatal(err)
		}
		if want := writeJSON(t, doc); !bytes.Equal(got.Bytes(), want) {
			t.Fatalf("WriteJSONFrom differs from WriteJSON:\n%s", firstDifference(want, got.Bytes()))
		}
	})
	t.Run("Streams", func(t *testing.T) {
		// Output must reach the writer while the source is still yielding.
		var out countingWriter
		var writtenMidway int
		src := generatingSource{n: 5000, atMidway: func() { writtenMidway = out.n }}
		if err := export.WriteJSONFrom(&out, src); err != nil {
			t.Fatal(err)
		}
		if writtenMidway == 0 || writtenMidway >= out.n {
			t.Fatalf("%d of %d bytes written halfway through", writtenMidway, out.n)
		}
	})
	t.Run("ErrOutOfOrder", func(t *testing.T) {
		shuffled := []journal.Interview{doc.Interviews[1], doc.Interviews[0]}
		err := export.WriteJSONFrom(&bytes.Buffer{}, sliceSource{interviews: shuffled})
		if err == nil || !strings.Contains(err.Error(), "ID order") {
			t.Fatalf("got %v, want an ID order error", err)
		}
	})
	t.Run("ErrFromSource", func(t *testing.T) {
		boom := errors.New("disk gone")
		err := export.WriteJSONFrom(&bytes.Buffer{}, sliceSource{interviews: doc.Interviews, failWith: boom})
		if !errors.Is(err, boom) {
			t.Fatalf("got %v, want the source's error", err)
		}
	})
	t.Run("ErrUnwritableTime", func(t *testing.T) {
		iv := sparseInterview(8)
		iv.CreatedAt = time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC)
		err := export.WriteJSON(&bytes.Buffer{}, &export.Document{Interviews: []journal.Interview{iv}})
		if journal.ErrorCode(err) != journal.EInternal || !strings.Contains(journal.ErrorMessage(err), "interview 8") {
			t.Fatalf("got %v, want an internal error naming interview 8", err)
		}
	})
	t.Run("ErrFromWriter", func(t *testing.T) {
		err := export.WriteJSON(failingWriter{}, &export.Document{Interviews: generatedInterviews(200)})
		if err == nil {
			t.Fatal("a failing writer went unnoticed")
		}
	})
}

// generatingSource builds each interview only when it is asked for.
type generatingSource struct {
	n        int
	atMidway func()
}

func (s generatingSource) EachInterview(fn func(*journal.Interview) error) error {
	for i := range s.n {
		if i == s.n/2 {
			s.atMidway()
		}
		iv := generatedInterviews(1)[0]
		iv.ID = uint64(i + 1)
		if err := fn(&iv); err != nil {
			return err
		}
	}
	return nil
}

func (generatingSource) EachReview(func(*journal.Review) error) error { return nil }

type countingWriter struct{ n int }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += len(p)
	return len(p), nil
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("no space left") }

// firstDifference shows the neighbourhood of the first differing byte.
func firstDifference(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-80)
	return "want: ..." + string(a[from:min(len(a), i+80)]) + "\n got: ..." + string(b[from:min(len(b), i+80)])
}
