package query_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
)

func TestParse(t *testing.T) {
	t.Run("Words", func(t *testing.T) {
		q := parse(t, `  Salary  "Range Talk" 10:30 note: "stage:final" `)
		want := []string{"salary", "range talk", "10:30", "note:", "stage:final"}
		if !reflect.DeepEqual(q.Words, want) {
			t.Fatalf("words %q, want %q", q.Words, want)
		}
		if len(q.Stages) != 0 {
			t.Fatal("a quoted token was read as a filter")
		}
	})
	t.Run("Tokens", func(t *testing.T) {
		q := parse(t, `STAGE:fi status:rej,no tag:remote tags:sal,money company:"Acme, Inc" since:2025-01 until:2025-06`)
		if want := []journal.Stage{journal.StageFirst, journal.StageFinal}; !reflect.DeepEqual(q.Stages, want) {
			t.Errorf("stages %v, want %v", q.Stages, want)
		}
		if want := []journal.Status{journal.StatusRejected, journal.StatusNoResponse}; !reflect.DeepEqual(q.Outcomes, want) {
			t.Errorf("outcomes %v, want %v", q.Outcomes, want)
		}
		if want := [][]string{{"remote"}, {"sal", "money"}}; !reflect.DeepEqual(q.TagGroups, want) {
			t.Errorf("tags %v, want %v", q.TagGroups, want)
		}
		if want := []string{"acme, inc"}; !reflect.DeepEqual(q.Companies, want) {
			t.Errorf("companies %q, want %q", q.Companies, want)
		}
		if q.Since != journal.NewDate(2025, 1, 1) || q.Until != journal.NewDate(2025, 6, 30) {
			t.Errorf("range %v..%v", q.Since, q.Until)
		}
	})
	t.Run("OutcomeLabel", func(t *testing.T) {
		q := parse(t, `outcome:"next round"`)
		if !reflect.DeepEqual(q.Outcomes, []journal.Status{journal.StatusNextRound}) {
			t.Fatalf("outcomes %v", q.Outcomes)
		}
	})
	t.Run("WholeYear", func(t *testing.T) {
		q := parse(t, "since:2024 until:2024")
		if q.Since != journal.NewDate(2024, 1, 1) || q.Until != journal.NewDate(2024, 12, 31) {
			t.Fatalf("range %v..%v", q.Since, q.Until)
		}
	})
	t.Run("UnfinishedKey", func(t *testing.T) {
		q := parse(t, "stage: tag:")
		if !q.IsZero() {
			t.Fatalf("an empty value narrowed: %+v", q)
		}
	})
	t.Run("UnknownStage", func(t *testing.T) {
		q, problems := query.Parse("stage:zzz")
		if len(problems) != 1 || !strings.Contains(problems[0], "no stage") {
			t.Fatalf("problems %v", problems)
		}
		c := candidate("Acme", "Engineer", "")
		if q.Match(&c) {
			t.Fatal("a stage nothing starts with matched")
		}
	})
	t.Run("OneAlternativeEnough", func(t *testing.T) {
		q, problems := query.Parse("stage:zzz,final")
		if len(problems) != 1 {
			t.Fatalf("problems %v", problems)
		}
		c := candidate("Acme", "Engineer", "", func(s *journal.Summary) { s.Stage = journal.StageFinal })
		if !q.Match(&c) {
			t.Fatal("the stage that exists was not used")
		}
	})
	t.Run("IDs", func(t *testing.T) {
		q := parse(t, "id:12,15 ids:#19 id:12")
		if want := []uint64{12, 15, 19}; !reflect.DeepEqual(q.IDs, want) {
			t.Fatalf("ids %v, want %v", q.IDs, want)
		}
	})
	t.Run("BadID", func(t *testing.T) {
		q, problems := query.Parse("id:x,0")
		if len(problems) != 1 || !strings.Contains(problems[0], "not an interview number") {
			t.Fatalf("problems %v", problems)
		}
		c := candidate("Acme", "Engineer", "", func(s *journal.Summary) { s.ID = 12 })
		if q.Match(&c) {
			t.Fatal("an id token with no number matched")
		}
	})
	t.Run("BadDate", func(t *testing.T) {
		q, problems := query.Parse("since:2025-1")
		if len(problems) != 1 || !strings.HasPrefix(problems[0], "since:") {
			t.Fatalf("problems %v", problems)
		}
		if !q.Since.IsZero() {
			t.Fatal("a bad date was used")
		}
	})
}

func TestIDsToken(t *testing.T) {
	tok := query.IDsToken([]uint64{12, 15, 19})
	if tok != "id:12,15,19" {
		t.Fatalf("IDsToken gave %q", tok)
	}
	if q := parse(t, tok); !reflect.DeepEqual(q.IDs, []uint64{12, 15, 19}) {
		t.Fatalf("%q read back as %v", tok, q.IDs)
	}
}

func TestToken(t *testing.T) {
	for _, tc := range []struct{ key, value string }{{"company", "Acme Corp"}, {"tag", "remote"}, {"company", `Say "hi" Ltd`}} {
		q := parse(t, query.Token(tc.key, tc.value))
		want := strings.ToLower(strings.ReplaceAll(tc.value, `"`, ""))
		var got string
		if tc.key == "company" {
			got = q.Companies[0]
		} else {
			got = q.TagGroups[0][0]
		}
		if got != want {
			t.Errorf("Token(%q, %q) read back as %q", tc.key, tc.value, got)
		}
	}
}
