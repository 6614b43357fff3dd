package export_test

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

func markdownOf(t *testing.T, iv journal.Interview) string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteMarkdown(&buf, &iv); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMarkdownFull(t *testing.T) {
	golden.RequireEqual(t, []byte(markdownOf(t, richInterview(42))))
}

func TestMarkdownSparse(t *testing.T) {
	golden.RequireEqual(t, []byte(markdownOf(t, sparseInterview(3))))
}

func TestReviewMarkdown(t *testing.T) {
	r := richReview(5)
	var buf bytes.Buffer
	if err := export.WriteReviewMarkdown(&buf, &r); err != nil {
		t.Fatal(err)
	}
	golden.RequireEqual(t, buf.Bytes())
}

func TestMarkdownSections(t *testing.T) {
	t.Run("InReflectionOrder", func(t *testing.T) {
		out := markdownOf(t, richInterview(1))
		order := []string{
			"## The interview", "## People I met", "## Mood", "## What went well", "## Curveballs",
			"## Where I sounded scripted", "## How much of myself I showed", "## Stories I should have told",
			"## Nerves", "## First impression", "## Questions I asked", "## Fit", "## Outside my control",
			"## Lessons", "## Proud of", "## Energy level: after lunch?", "## Custom 2", "## Feedback", "## Lessons from the decision",
			"## Follow-ups done",
		}
		prev := -1
		for _, h := range order {
			at := strings.Index(out, "\n"+h+"\n")
			if at < 0 {
				t.Fatalf("missing section %q", h)
			}
			if at < prev {
				t.Fatalf("section %q is out of order", h)
			}
			prev = at
		}
	})
	t.Run("EmptyAnswersLeftOut", func(t *testing.T) {
		iv := sparseInterview(3)
		iv.Lessons = []string{"", "  "}
		iv.Fit = "\n  \n"
		iv.Curveballs = []journal.Curveball{{}}
		out := markdownOf(t, iv)
		for _, h := range []string{"## Lessons", "## Fit", "## Curveballs", "## People I met", "## Feedback", "## Follow-ups done", "Before:"} {
			if strings.Contains(out, h) {
				t.Errorf("empty answer written: %q", h)
			}
		}
		if !strings.Contains(out, "- After: 2/5") {
			t.Error("the one rating given is missing")
		}
	})
	t.Run("OnlyDoneFollowUps", func(t *testing.T) {
		out := markdownOf(t, richInterview(1))
		if !strings.Contains(out, "- Thank you, 2026-03-14: Sent to Zoë & Sam") {
			t.Error("the follow-up done is missing")
		}
		if strings.Contains(out, "Check in") || strings.Contains(out, "Connect") {
			t.Error("a follow-up not done was listed")
		}
	})
	t.Run("MultilineListItemsStayInTheirItem", func(t *testing.T) {
		iv := sparseInterview(3)
		iv.Lessons = []string{"first line\nsecond line\n\nafter a gap", "next"}
		out := markdownOf(t, iv)
		want := "- first line\n  second line\n\n  after a gap\n- next\n"
		if !strings.Contains(out, want) {
			t.Errorf("lessons written as:\n%s", out)
		}
	})
}

// hostile holds values that break naive YAML: quotes, colons, line breaks,
// YAML indicators at the start, document markers and invisible characters.
var hostile = []string{
	`He said "hi": yes`, "line one\nline two\n---\nkey: value", "- dash", "---", "...", "# hash",
	"a, b", "[x]", "{y}", "'single'", `\back\slash`, "tab\there", "nul\x00byte", "bell\x07",
	"nel\u0085", "separator\u2028line", "bom\ufeff", "del\x7f", "emoji 🚀", "yes", "null", "~", "123",
	"&anchor", "*alias", "!tag", "%dir", "@at", "`tick`", "|", ">", " leading space", "trailing space ",
	"c1\u009b[31m", "", "\r\n", "ends with backslash\\", "bad utf8 \xff",
	"bidi \u202eoverride\u202c and \u2066isolate\u2069", "esc \x1b]0;title\x07",
}

func TestFrontMatterSurvivesHostileValues(t *testing.T) {
	for i, h := range hostile {
		t.Run(strconv.Itoa(i), func(t *testing.T) {
			iv := journal.Interview{ID: 1, Company: h, Role: h + " role", Date: journal.NewDate(2026, 3, 14), Tags: []string{h, "plain", h}}
			if h == "" {
				iv.Company = "x"
			}
			fm := parseFrontMatter(t, markdownOf(t, iv))
			want := strings.ToValidUTF8(iv.Company, "\ufffd")
			if fm["company"] != want {
				t.Errorf("company came back as %q, want %q", fm["company"], want)
			}
			if fm["role"] != strings.ToValidUTF8(iv.Role, "\ufffd") {
				t.Errorf("role came back as %q", fm["role"])
			}
			if fm["tags"] != strings.Join([]string{want, "plain", want}, "\x00|") && h != "" {
				t.Errorf("tags came back as %q", fm["tags"])
			}
			if fm["date"] != "2026-03-14" || fm["outcome"] != "pending" {
				t.Errorf("date %q outcome %q", fm["date"], fm["outcome"])
			}
		})
	}
}

// parseFrontMatter reads the front matter the way a YAML parser would read
// this subset: a "---" line, then one "key: value" line per field, where a
// value is a bare date, a double-quoted scalar or a flow list of them, then
// a closing "---" line. The double-quoted escapes written are the ones YAML
// and Go share, so strconv reads them as YAML would. Lists come back joined
// by "\x00|".
func parseFrontMatter(t *testing.T, page string) map[string]string {
	t.Helper()
	lines := strings.Split(page, "\n")
	if lines[0] != "---" {
		t.Fatalf("page does not open with front matter: %q", lines[0])
	}
	fields := map[string]string{}
	for _, line := range lines[1:] {
		if line == "---" {
			return fields
		}
		key, value, ok := strings.Cut(line, ": ")
		if !ok || !isKey(key) {
			t.Fatalf("front matter line %q is not key: value", line)
		}
		if _, dup := fields[key]; dup {
			t.Fatalf("key %q appears twice", key)
		}
		switch {
		case strings.HasPrefix(value, "["):
			fields[key] = parseFlowList(t, value)
		case strings.HasPrefix(value, `"`):
			s, err := strconv.Unquote(value)
			if err != nil {
				t.Fatalf("value %s is not one double-quoted scalar: %v", value, err)
			}
			fields[key] = s
		default:
			if _, err := journal.ParseDate(value); err != nil || key != "date" {
				t.Fatalf("bare value %q", value)
			}
			fields[key] = value
		}
	}
	t.Fatal("front matter never closes")
	return nil
}

func parseFlowList(t *testing.T, s string) string {
	t.Helper()
	rest := strings.TrimPrefix(s, "[")
	var items []string
	for {
		q, err := strconv.QuotedPrefix(rest)
		if err != nil {
			t.Fatalf("list %s: %v", s, err)
		}
		item, _ := strconv.Unquote(q)
		items = append(items, item)
		rest = rest[len(q):]
		if rest == "]" {
			return strings.Join(items, "\x00|")
		}
		if !strings.HasPrefix(rest, ", ") {
			t.Fatalf("list %s: unexpected %q", s, rest)
		}
		rest = rest[2:]
	}
}

func isKey(s string) bool {
	return s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz_") == ""
}

func TestMarkdownWriterFailure(t *testing.T) {
	iv := richInterview(1)
	if err := export.WriteMarkdown(failingWriter{}, &iv); err == nil {
		t.Fatal("a failing writer went unnoticed")
	}
}
