package cli_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// blanks skips every prompt that is left.
var blanks = strings.Repeat("\n", 80)

// newJournalPath returns where a new journal goes.
func newJournalPath(t *testing.T) string { return filepath.Join(t.TempDir(), "journal.db") }

// stored returns the interviews and drafts of the journal at db.
func stored(t *testing.T, db string) ([]*journal.Interview, []journal.Draft) {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ivs, err := s.Interviews()
	if err != nil {
		t.Fatal(err)
	}
	ds, err := s.Drafts()
	if err != nil {
		t.Fatal(err)
	}
	return ivs, ds
}

// execAtTerminal runs debrief as execCLI does, but with a person at the
// terminal that stdin is.
func execAtTerminal(t *testing.T, db, stdin string, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	in := strings.NewReader(stdin)
	env := cli.Env{
		Stdin: in, Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string {
			if k == "DEBRIEF_DB" {
				return db
			}
			return ""
		},
		Now:        func() time.Time { return testNow },
		IsTerminal: func(f any) bool { return f == in },
	}
	code := cli.Execute(context.Background(), "test", args, env)
	return out.String(), errOut.String(), code
}

// TestAccessibleLongAnswerAskedAgain gives the plain prompts an answer
// longer than the journal accepts: it is refused with the limit named, and
// asked again.
func TestAccessibleLongAnswerAskedAgain(t *testing.T) {
	db := newJournalPath(t)
	out, errOut, code := execCLI(t, db, strings.Repeat("a", 1500)+"\nAcme\n"+strings.Repeat("r", 15<<10)+"\nEngineer\n"+blanks, "new", "--accessible")
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	for _, want := range []string{
		"Company is limited to 1000 characters; this answer is 1500 characters. Try again",
		"Role is limited to 1000 characters; this answer is 15360 characters. Try again",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("the output does not say %q", want)
		}
	}
	ivs, ds := stored(t, db)
	if len(ivs) != 1 || ivs[0].Company != "Acme" || ivs[0].Role != "Engineer" || len(ds) != 0 {
		t.Fatalf("%d interviews, %d drafts: %+v", len(ivs), len(ds), ivs)
	}
}

// TestNewRefusesOverLongFlags refuses a --company longer than the journal
// accepts before anything is saved.
func TestNewRefusesOverLongFlags(t *testing.T) {
	db := newJournalPath(t)
	_, errOut, code := execCLI(t, db, blanks, "new", "--accessible", "--company", strings.Repeat("c", 2000))
	if code != 2 || !strings.Contains(errOut, "--company: Company is limited to 1000 characters") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
}

// TestAccessibleBlankKeepsNothing skips every prompt: nothing is saved, no
// draft is left, and the output says so.
func TestAccessibleBlankKeepsNothing(t *testing.T) {
	db := newJournalPath(t)
	out, errOut, code := execCLI(t, db, blanks, "new", "--accessible")
	if code != 0 || !strings.Contains(out, "Nothing was answered, so nothing was saved.") {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	if ivs, ds := stored(t, db); len(ivs) != 0 || len(ds) != 0 {
		t.Fatalf("%d interviews and %d drafts after a blank reflection", len(ivs), len(ds))
	}
}

// TestAccessibleInputEndsBeforeAnyAnswer closes the input at once: no
// draft is kept, and the message does not promise one.
func TestAccessibleInputEndsBeforeAnyAnswer(t *testing.T) {
	db := newJournalPath(t)
	_, errOut, code := execCLI(t, db, "", "new", "--accessible")
	if code != 5 || !strings.Contains(errOut, "nothing was kept") {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if ivs, ds := stored(t, db); len(ivs) != 0 || len(ds) != 0 {
		t.Fatalf("%d interviews and %d drafts after no answer", len(ivs), len(ds))
	}
	// With one answer given, the draft is kept and the message says so.
	_, errOut, _ = execCLI(t, db, "Acme\n", "new", "--accessible")
	if !strings.Contains(errOut, "kept as a draft") {
		t.Fatalf("after one answer: %s", errOut)
	}
	if _, ds := stored(t, db); len(ds) != 1 {
		t.Fatalf("%d drafts after one answer", len(ds))
	}
}

// TestAccessibleFutureDate gives an interview date after today (the clock
// is testNow): it is refused without a terminal unless --yes, and asked
// about at one.
func TestAccessibleFutureDate(t *testing.T) {
	future := journal.DateOf(testNow).AddDays(20).String()
	t.Run("FlagWithoutATerminal", func(t *testing.T) {
		db := newJournalPath(t)
		_, errOut, code := execCLI(t, db, "Acme\n"+blanks, "new", "--accessible", "--date", future)
		if code != 2 || !strings.Contains(errOut, "--date "+future+" is after today (2026-03-14)") || !strings.Contains(errOut, "--yes") {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if ivs, ds := stored(t, db); len(ivs) != 0 || len(ds) != 0 {
			t.Fatalf("%d interviews and %d drafts", len(ivs), len(ds))
		}
	})
	t.Run("FlagWithYes", func(t *testing.T) {
		db := newJournalPath(t)
		out, errOut, code := execCLI(t, db, "Acme\n"+blanks, "new", "--accessible", "--date", future, "--yes")
		if code != 0 {
			t.Fatalf("exit %d: %s\n%s", code, errOut, out)
		}
		if ivs, _ := stored(t, db); len(ivs) != 1 || ivs[0].Date.String() != future {
			t.Fatalf("the date given with --yes was not kept: %+v", ivs)
		}
	})
	t.Run("TypedWithoutATerminal", func(t *testing.T) {
		db := newJournalPath(t)
		out, errOut, code := execCLI(t, db, "Acme\n\n"+future+"\n2026-03-13\n"+blanks, "new", "--accessible")
		if code != 0 || !strings.Contains(out, future+" is after today (2026-03-14); add --yes") {
			t.Fatalf("exit %d: %s\n%s", code, errOut, out)
		}
		if ivs, _ := stored(t, db); len(ivs) != 1 || ivs[0].Date.String() != "2026-03-13" {
			t.Fatalf("the date typed again was not kept: %+v", ivs)
		}
	})
	t.Run("AskedAtATerminal", func(t *testing.T) {
		db := newJournalPath(t)
		out, errOut, code := execAtTerminal(t, db, "Acme\n\n"+future+"\ny\n"+blanks, "new", "--accessible")
		if code != 0 || !strings.Contains(out, "Is that the date of the interview? [y/N]") {
			t.Fatalf("exit %d: %s\n%s", code, errOut, out)
		}
		if ivs, _ := stored(t, db); len(ivs) != 1 || ivs[0].Date.String() != future {
			t.Fatalf("the confirmed date was not kept: %+v", ivs)
		}
	})
	t.Run("FlagDeclinedAtATerminal", func(t *testing.T) {
		db := newJournalPath(t)
		out, errOut, code := execAtTerminal(t, db, "n\nAcme\n\n\n"+blanks, "new", "--accessible", "--date", future)
		if code != 0 {
			t.Fatalf("exit %d: %s\n%s", code, errOut, out)
		}
		if ivs, _ := stored(t, db); len(ivs) != 1 || ivs[0].Date.String() != "2026-03-14" {
			t.Fatalf("a declined --date was kept: %+v", ivs)
		}
	})
}

// TestAccessibleRatingsSayWhatTheEndsMean: each rating names what 1 and 5
// stand for, which for nerves runs from steady to blank.
func TestAccessibleRatingsSayWhatTheEndsMean(t *testing.T) {
	out, errOut, code := execCLI(t, newJournalPath(t), blanks, "new", "--accessible")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"1 to 5, where 1 = rough and 5 = great > ", "1 to 5, where 1 = steady and 5 = blank > ", "1 = all script and 5 = fully me"} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q:\n%s", want, out)
		}
	}
}

// TestAccessibleCurveballNumberOnResume: a curveball added to a resumed
// reflection is numbered after the ones it already has.
func TestAccessibleCurveballNumberOnResume(t *testing.T) {
	db := newJournalPath(t)
	// Company, role, the curveball prompt's first curveball, then the input
	// ends and the draft is kept.
	first := "Acme\nEngineer\n" + strings.Repeat("\n", 30)
	out, _, _ := execAtTerminal(t, db, first, "new", "--accessible")
	i := strings.Index(out, "Curveball 1, the question")
	if i < 0 {
		t.Fatalf("no curveball prompt:\n%s", out)
	}
	// Count the answers given before the curveball prompt, then stop after
	// one curveball.
	before := strings.Count(out[:i], "> ")
	db = newJournalPath(t)
	input := "Acme\nEngineer\n" + strings.Repeat("\n", before-2) + "Why us?\nrambled\nbe specific\nmotivation\n"
	execAtTerminal(t, db, input, "new", "--accessible")
	if _, ds := stored(t, db); len(ds) != 1 || len(ds[0].Interview.Curveballs) != 1 {
		t.Fatalf("no draft with one curveball: %+v", ds)
	}
	out, errOut, code := execAtTerminal(t, db, "y\n"+blanks, "new", "--accessible")
	if code != 0 || !strings.Contains(out, "Curveball 2, the question") || strings.Contains(out, "Curveball 1, the question") {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
}
