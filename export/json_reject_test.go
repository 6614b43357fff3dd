package export_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"unicode"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// head is the start of a valid document, so cases can focus on one record.
const head = `{"format": "debrief", "version": 1, "interviews": [`

func TestReadJSONRejects(t *testing.T) {
	cases := []struct {
		name string
		in   string
		want []string // every one must appear in the message
	}{
		{"ErrEmpty", "", []string{"empty"}},
		{"ErrNotAnObject", "[]", []string{"line 1, column 1", "found a list"}},
		{"ErrSyntaxMissingColon", "{\"format\": \"debrief\",\n \"version\": 1,\n \"interviews\": [\n  {\"id\": 1},\n  {\"id\": 2, \"mood_after\" 3}]}",
			[]string{"line 5, column 26", "malformed"}},
		{"ErrSyntaxBadLiteral", "{\"format\": \"debrief\",\n \"version\": 1,\n \"interviews\": [\n  {\"id\": 1},\n  {\"id\": 2, \"mood_after\": 3x}]}",
			[]string{"line 5, column 28", "'x'"}},
		{"ErrSyntaxBetweenFields", "{\"format\": \"debrief\",\n \"version\": 1 \"interviews\": []}", []string{"line 2, column 15"}},
		{"ErrTruncated", "{\"format\": \"debrief\",\n \"version\": 1,\n \"interviews\": [\n  {\"id\": 1}", []string{"line 4, column 12", "ends in the middle"}},
		{"ErrTrailingGarbage", `{"format": "debrief", "version": 1} x`, []string{"line 1, column 37"}},
		{"ErrSecondDocument", `{"format": "debrief", "version": 1} {}`, []string{"line 1, column 37", "one export"}},
		{"ErrFormatMissing", `{"version": 1}`, []string{`no "format"`}},
		{"ErrFormatWrong", `{"format": "notes", "version": 1}`, []string{"line 1, column 12", `"notes"`, "not a debrief export"}},
		{"ErrFormatNotText", `{"format": 1, "version": 1}`, []string{"line 1, column 12", "format"}},
		{"ErrVersionMissing", `{"format": "debrief"}`, []string{`no "version"`}},
		{"ErrVersionNewer", `{"format": "debrief", "version": 3}`, []string{"line 1, column 34", "written by a newer debrief: version 3, this one reads 2"}},
		{"ErrVersionZero", `{"format": "debrief", "version": 0}`, []string{"version", "found 0"}},
		{"ErrVersionFraction", `{"format": "debrief", "version": 1.5}`, []string{"version", "found 1.5"}},
		{"ErrUnknownTopLevelField", `{"format": "debrief", "version": 1, "notes": []}`, []string{"line 1, column 37", `unknown field "notes"`}},
		{"ErrDuplicateTopLevelField", `{"format": "debrief", "version": 1, "version": 1}`, []string{"line 1, column 37", "version: this field appears twice"}},
		{"ErrInterviewsNotAList", `{"format": "debrief", "version": 1, "interviews": {}}`, []string{"line 1, column 51", "interviews: expected a list"}},
		{"ErrNullInterview", head + `null]}`, []string{"line 1, column 52", "interviews[0]: expected an object, found null"}},
		{"ErrTypeRating", head + "{\"id\": 1},\n{\"id\": 2,\n \"mood_after\": \"high\"}]}", []string{"line 3, column 16", "interviews[1].mood_after: expected a number"}},
		{"ErrTypeNested", head + `{"id": 1, "curveballs": [{"question": "a"}, {"question": "b", "tags": ["x", 5]}]}]}`,
			[]string{"line 1, column 128", "interviews[0].curveballs[1].tags[1]: expected text"}},
		{"ErrTypeList", head + `{"id": 1, "went_well": "all of it"}]}`, []string{"line 1, column 75", "interviews[0].went_well: expected a list"}},
		{"ErrTypeBool", head + `{"id": 1, "still_interested": "yes"}]}`, []string{"interviews[0].still_interested: expected true or false"}},
		{"ErrNegativeID", head + `{"id": -1}]}`, []string{"line 1, column 59", "interviews[0].id"}},
		{"ErrMissingID", head + `{"company": "Acme"}]}`, []string{"line 1, column 52", "interviews[0]: the id is missing"}},
		{"ErrBadDate", head + `{"id": 1, "date": "2026-13-01"}]}`, []string{"line 1, column 70", "interviews[0].date:", `"2026-13-01" is not a date`}},
		{"ErrDateNotText", head + `{"id": 1, "outcome": {"status": "offer", "date": 20260301}}]}`, []string{"interviews[0].outcome.date:", "a date must be a string"}},
		{"ErrBadTime", head + `{"id": 1, "created_at": "yesterday"}]}`, []string{"line 1, column 76", "interviews[0].created_at: expected a time"}},
		{"ErrUnknownStage", head + `{"id": 3, "company": "Acme", "role": "Engineer", "stage": "lunch"}]}`,
			[]string{"line 1, column 110", "interviews[0] (id 3, Acme, Engineer): stage:", `"lunch"`}},
		{"ErrUnknownFormat", head + `{"id": 3, "format": "carrier pigeon"}]}`, []string{"interviews[0] (id 3, Untitled interview): format:"}},
		{"ErrUnknownOutcome", head + `{"id": 3, "outcome": {"status": "ghosted"}}]}`, []string{"line 1, column 84", "interviews[0] (id 3", "outcome.status:", `"ghosted"`}},
		{"ErrRatingNine", head + `{"id": 1}, {"id": 2, "company": "Acme", "nerves": 9}]}`, []string{"line 1, column 102", "interviews[1] (id 2, Acme): nerves: 9 is not a rating"}},
		{"ErrBadFollowUp", head + `{"id": 1, "followups": [{"id": "a", "kind": "thank_you", "status": "maybe"}]}]}`, []string{"interviews[0] (id 1", "followups[0].status"}},
		{"ErrUnknownFollowUpKind", head + `{"id": 1, "followups": [{"id": "a", "kind": "postcard", "status": "done", "done_at": "2026-03-14"}]}]}`,
			[]string{"line 1, column 96", "interviews[0] (id 1, Untitled interview): followups[0].kind:", `"postcard" is not a follow-up debrief knows`}},
		{"ErrFollowUpWithoutID", head + `{"id": 1, "followups": [{"kind": "connect", "status": "skipped"}]}]}`, []string{"line 1, column 76", "followups[0].id: the id is missing"}},
		{"ErrSnoozedWithoutDate", head + `{"id": 1, "followups": [{"id": "check_in", "kind": "check_in", "status": "snoozed"}]}]}`,
			[]string{"line 1, column 76", "followups[0].snoozed_until: a snoozed follow-up needs the day"}},
		{"ErrSnoozedEmptyDate", head + `{"id": 1, "followups": [{"id": "check_in", "kind": "check_in", "status": "snoozed", "snoozed_until": ""}]}]}`,
			[]string{"line 1, column 153", "followups[0].snoozed_until:"}},
		{"ErrDoneWithoutDate", head + `{"id": 1, "followups": [{"id": "connect", "kind": "connect", "status": "done", "done_at": ""}]}]}`,
			[]string{"followups[0].done_at: a done follow-up needs the day it was done"}},
		{"ErrYearZero", head + `{"id": 1, "date": "0000-01-01"}]}`, []string{"line 1, column 70", "interviews[0] (id 1, Untitled interview): date: 0000-01-01 is outside the years debrief keeps", "1900-01-01 to 2200-12-31"}},
		{"ErrYearFar", head + `{"id": 1, "followups": [{"id": "connect", "kind": "connect", "status": "done", "done_at": "9999-12-31"}]}]}`, []string{"followups[0].done_at: 9999-12-31 is outside"}},
		{"ErrFeedbackYear", head + `{"id": 1, "feedback": [{"text": "ok"}, {"date": "1066-10-14", "text": "ok"}]}]}`, []string{"line 1, column 100", "feedback[1].date: 1066-10-14 is outside"}},
		{"ErrTimeYearZero", head + `{"id": 1, "created_at": "0000-01-01T00:00:00Z"}]}`, []string{"line 1, column 76", "created_at: 0000-01-01T00:00:00Z is outside"}},
		{"ErrNulInText", head + `{"id": 1, "curveballs": [{"question": "a"}, {"question": "b", "tags": ["x", "y\u0000z"]}]}]}`,
			[]string{"line 1, column 128", "curveballs[1].tags[1]: the text holds a NUL character"}},
		{"ErrNulInCompany", head + `{"id": 1, "company": "Acme\u0000"}]}`, []string{"line 1, column 73", "company: the text holds a NUL character"}},
		{"ErrNullCompany", head + `{"id": 1, "company": null}]}`, []string{"line 1, column 73", "interviews[0].company: expected a value, found null"}},
		{"ErrNullList", head + `{"id": 1, "tags": null}]}`, []string{"interviews[0].tags: expected a value, found null"}},
		{"ErrNullInList", head + `{"id": 1, "tags": ["a", null]}]}`, []string{"interviews[0].tags[1]: expected a value, found null"}},
		{"ErrNullOutcome", head + `{"id": 1, "outcome": null}]}`, []string{"interviews[0].outcome: expected a value, found null"}},
		{"ErrDuplicateID", head + "{\"id\": 4},\n{\"id\": 5},\n{\"id\": 4}]}", []string{"line 3, column 1", "interviews[2] (id 4", "already used by interviews[0]"}},
		{"ErrInvalidUTF8", head + "{\"id\": 1, \"company\": \"a\xff\"}]}", []string{"line 1, column 75", "interviews[0].company: the text is not valid UTF-8"}},
		{"ErrInvalidUTF8Deep", head + "{\"id\": 1, \"curveballs\": [{\"question\": \"ok\", \"tags\": [\"fine\", \"\xc3\x28\"]}]}]}", []string{"interviews[0].curveballs[0].tags[1]: the text is not valid UTF-8"}},
		{"ErrEncodedSurrogate", head + "{\"id\": 1, \"fit\": \"\xed\xa0\x80\"}]}", []string{"interviews[0].fit: the text is not valid UTF-8"}},
		{"ErrLoneSurrogateEscape", head + `{"id": 1, "lessons": ["ok", "\ud800 alone"]}]}`, []string{"line 1, column 81", `interviews[0].lessons[1]: the text holds \ud800`}},
		{"ErrLowSurrogateFirst", head + `{"id": 1, "fit": "\udc00\ud800"}]}`, []string{"interviews[0].fit"}},
		{"ErrUnknownInterviewField", head + `{"id": 1, "salary": 100}]}`, []string{"line 1, column 62", `interviews[0]: unknown field "salary"`}},
		{"ErrUnknownNestedField", head + `{"id": 1, "interviewers": [{"name": "Zoë", "linkedin": "x"}]}]}`, []string{`interviews[0].interviewers[0]: unknown field "linkedin"`}},
		{"ErrFieldInOtherCase", head + `{"id": 1, "Company": "Acme"}]}`, []string{`interviews[0]: unknown field "Company"`}},
		{"ErrDuplicateField", head + `{"id": 1, "company": "Acme", "company": "Globex"}]}`, []string{"line 1, column 81", "interviews[0].company: this field appears twice"}},
		{"ErrReviewInvalid", `{"format": "debrief", "version": 1, "reviews": [{"id": 1}]}`, []string{"line 1, column 49", "reviews[0] (id 1): week_of"}},
		{"ErrReviewYear", `{"format": "debrief", "version": 1, "reviews": [{"id": 1, "week_of": "2201-01-01"}]}`, []string{"line 1, column 70", "reviews[0] (id 1, week of 2201-01-01): week_of: 2201-01-01 is outside"}},
		{"ErrReviewNul", `{"format": "debrief", "version": 1, "reviews": [{"id": 1, "week_of": "2026-03-09", "focus": "\u0000"}]}`, []string{"reviews[0] (id 1, week of 2026-03-09): focus: the text holds a NUL"}},
		{"ErrReviewPractised", `{"format": "debrief", "version": 1, "reviews": [{"id": 1, "week_of": "2026-03-09", "previous_focus_done": "sort of"}]}`, []string{"reviews[0] (id 1, week of 2026-03-09): previous_focus_done"}},
		{"ErrDuplicateReviewID", `{"format": "debrief", "version": 1, "reviews": [{"id": 1, "week_of": "2026-03-09"}, {"id": 1, "week_of": "2026-03-16"}]}`, []string{"reviews[1] (id 1", "already used by reviews[0]"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := export.ReadJSON(strings.NewReader(tc.in))
			if err == nil {
				t.Fatalf("accepted %q as %+v", tc.in, doc)
			}
			requireInvalid(t, err, tc.want...)
		})
	}
}

func requireInvalid(t *testing.T, err error, want ...string) {
	t.Helper()
	var je *journal.Error
	if !errors.As(err, &je) || je.Code != journal.EInvalid {
		t.Fatalf("got %T %v, want a *journal.Error with code %s", err, err, journal.EInvalid)
	}
	for _, w := range want {
		if !strings.Contains(je.Message, w) {
			t.Errorf("message %q lacks %q", je.Message, w)
		}
	}
}

// Problems far into a big file are placed by counting every line before
// them, although the reader forgets lines it has passed.
func TestReadJSONPlacesProblemsDeepInAFile(t *testing.T) {
	valid := writeJSON(t, &export.Document{Interviews: generatedInterviews(1000)})
	lineOf := func(b []byte, off int) int { return bytes.Count(b[:off], []byte("\n")) + 1 }
	columnOf := func(b []byte, off int) int { return off - bytes.LastIndexByte(b[:off], '\n') }

	t.Run("TypeError", func(t *testing.T) {
		at := bytes.Index(valid, []byte(`"id": 700,`))
		bad := bytes.Clone(valid)
		copy(bad[at:], `"id": "a",`)
		_, err := export.ReadJSON(bytes.NewReader(bad))
		value := at + len(`"id": `)
		requireInvalid(t, err, fmt.Sprintf("line %d, column %d: interviews[699].id: expected a number", lineOf(bad, value), columnOf(bad, value)))
	})
	t.Run("SyntaxError", func(t *testing.T) {
		at := bytes.Index(valid, []byte(`"id": 901,`))
		bad := bytes.Clone(valid)
		semicolon := at + len(`"id": 901`)
		bad[semicolon] = ';'
		_, err := export.ReadJSON(bytes.NewReader(bad))
		requireInvalid(t, err, fmt.Sprintf("line %d, column %d: the JSON is malformed", lineOf(bad, semicolon), columnOf(bad, semicolon)))
	})
	t.Run("ValidationError", func(t *testing.T) {
		at := bytes.Index(valid, []byte(`"id": 123,`))
		bad := bytes.Clone(valid)
		at += bytes.Index(bad[at:], []byte(`"mood_before": `)) + len(`"mood_before": `)
		bad[at] = '8'
		_, err := export.ReadJSON(bytes.NewReader(bad))
		// A domain rule is placed at the field it is about.
		requireInvalid(t, err, fmt.Sprintf("line %d, column %d: interviews[122] (id 123,", lineOf(bad, at), columnOf(bad, at)), "mood_before: 8 is not a rating")
	})
	t.Run("MissingField", func(t *testing.T) {
		at := bytes.Index(valid, []byte(`"id": 321,`))
		bad := bytes.Clone(valid)
		followUps := at + bytes.Index(bad[at:], []byte(`"followups": [`)) + len(`"followups": [`)
		status := followUps + bytes.Index(bad[followUps:], []byte(`"status": "done"`))
		copy(bad[status:], `"status": "snoo"`)
		bad = bytes.Replace(bad, []byte(`"status": "snoo"`), []byte(`"status": "snoozed"`), 1)
		_, err := export.ReadJSON(bytes.NewReader(bad))
		// A rule about a field the record leaves out is placed at the part
		// that should hold it.
		item := followUps + bytes.IndexByte(bad[followUps:], '{')
		requireInvalid(t, err, fmt.Sprintf("line %d, column %d: interviews[320] (id 321,", lineOf(bad, item), columnOf(bad, item)), "followups[0].snoozed_until")
	})
}

func TestReadJSONSizeLimit(t *testing.T) {
	valid := writeJSON(t, &export.Document{Interviews: generatedInterviews(20)})
	t.Run("OK", func(t *testing.T) {
		doc, err := export.ReadJSONLimited(bytes.NewReader(valid), int64(len(valid)))
		if err != nil || len(doc.Interviews) != 20 {
			t.Fatalf("a file exactly at the limit was refused: %v", err)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		_, err := export.ReadJSONLimited(bytes.NewReader(valid), int64(len(valid))-1)
		requireInvalid(t, err, "larger than")
	})
	t.Run("ErrEndless", func(t *testing.T) {
		endless := io.MultiReader(strings.NewReader(head), endlessSpaces{})
		_, err := export.ReadJSONLimited(endless, 1<<20)
		requireInvalid(t, err, "larger than 1 MiB")
	})
}

type endlessSpaces struct{}

func (endlessSpaces) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestReadJSONAccepts(t *testing.T) {
	t.Run("ByteOrderMark", func(t *testing.T) {
		doc, err := export.ReadJSON(strings.NewReader("\xef\xbb\xbf" + head + `{"id": 1}]}`))
		if err != nil || len(doc.Interviews) != 1 {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("AnyKeyOrderAndNullLists", func(t *testing.T) {
		doc, err := export.ReadJSON(strings.NewReader(`{"reviews": null, "interviews": [{"company": "", "id": 2}], "version": 1, "format": "debrief"}`))
		if err != nil || len(doc.Interviews) != 1 || doc.Interviews[0].ID != 2 {
			t.Fatalf("got %+v, %v", doc, err)
		}
	})
	t.Run("SurrogatePairEscape", func(t *testing.T) {
		doc, err := export.ReadJSON(strings.NewReader(head + `{"id": 1, "fit": "\ud83d\ude80 \\ud800"}]}`))
		if err != nil {
			t.Fatal(err)
		}
		if got := doc.Interviews[0].Fit; got != `🚀 \ud800` {
			t.Fatalf("fit = %q", got)
		}
	})
}

func TestReadJSONReaderFailure(t *testing.T) {
	broken := io.MultiReader(strings.NewReader(head), failingReader{})
	_, err := export.ReadJSON(broken)
	if journal.ErrorCode(err) != journal.EInternal {
		t.Fatalf("got %v (%s), want an internal error", err, journal.ErrorCode(err))
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("device unplugged") }

// Text from the file reaches messages only in a form that cannot move the
// cursor, change colours or retitle a terminal.
func TestReadJSONMessagesAreTerminalSafe(t *testing.T) {
	for _, in := range []string{
		head + `{"id": 1, "company": "\u001b[31mred", "role": "\u009b2J", "stage": "x"}]}`,
		`{"format": "debrief", "version": 1, "\u001b]0;owned\u0007": 1}`,
		`{"format": "\u009b31mfake", "version": 1}`,
		head + "{\"id\": 1, \"\u009bkey\": 1}]}",
	} {
		_, err := export.ReadJSON(strings.NewReader(in))
		if err == nil {
			t.Fatalf("accepted %q", in)
		}
		for _, r := range err.Error() {
			if !unicode.IsPrint(r) {
				t.Errorf("message %q holds %U", err, r)
			}
		}
	}
}
