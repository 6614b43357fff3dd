package e2e_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// oneInterviewJournal is a journal in dir with one interview, Globex, two
// days ago, and the environment that uses it.
func oneInterviewJournal(t *testing.T, dir string) []string {
	t.Helper()
	_, env := ownDirs(dir)
	doc := fmt.Sprintf(`{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Globex", "role": "Data analyst", "date": %q, "outcome": {"status": "pending"}}
	], "reviews": []}`, time.Now().AddDate(0, 0, -2).Format("2006-01-02"))
	if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}
	return env
}

// openFeedbackForm goes from home to the feedback form of the interview,
// through its page.
func openFeedbackForm(p *crashPane) {
	p.waitFor("Recent interviews")
	p.keys("Down")
	p.waitFor("enter read")
	p.keys("Enter")
	p.waitFor("written ")
	p.keys("f")
	p.waitFor("What they said")
}

// TestFeedbackTypedSurvivesTheEnd types feedback in its form and ends the
// app each way of typingEndings: on the next start, what they said is the
// interview's feedback.
func TestFeedbackTypedSurvivesTheEnd(t *testing.T) {
	for _, c := range typingEndings() {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			env := oneInterviewJournal(t, dir)
			p := newCrashPane(t, 100, 30, env)
			codeFile := filepath.Join(dir, "code")
			pid := launchKeepingCode(p, codeFile)
			openFeedbackForm(p)
			p.typeText("Sam Ortiz")
			p.keys("Tab", "Tab")
			p.typeText("Words they said at the end")
			p.waitFor("Words they said at the end")
			c.end(t, p, pid)
			if code := waitEnded(t, p, pid, codeFile, c.code >= 0); c.code >= 0 && code != c.code {
				t.Errorf("debrief ended with code %d; want %d", code, c.code)
			}
			out, errOut, code := run(t, env, "", "show", "1")
			if code != 0 || !strings.Contains(out, "Sam Ortiz") || !strings.Contains(out, "Words they said at the end") {
				t.Fatalf("the interview after a restart (exit %d) lacks the feedback typed:\n%s%s", code, out, errOut)
			}
		})
	}
}

// TestFeedbackEscAsksFirst: one esc on typed feedback asks, in the words
// the other boxes use; esc twice takes the feedback kept meanwhile out of
// the interview again.
func TestFeedbackEscAsksFirst(t *testing.T) {
	dir := t.TempDir()
	env := oneInterviewJournal(t, dir)
	p := newCrashPane(t, 100, 30, env)
	pid := launchKeepingCode(p, filepath.Join(dir, "code"))
	openFeedbackForm(p)
	p.keys("Tab", "Tab")
	p.typeText("Typed then dropped")
	p.waitFor("Kept on the interview as you type")
	p.keys("Escape")
	p.waitFor("Press esc again to drop the feedback you typed")
	if out, _, _ := run(t, env, "", "show", "1"); !strings.Contains(out, "Typed then dropped") {
		t.Fatalf("before the second esc the interview should hold the words kept:\n%s", out)
	}
	p.keys("Escape")
	p.waitFor("Dropped the feedback you typed.")
	if out, _, _ := run(t, env, "", "show", "1"); strings.Contains(out, "Typed then dropped") {
		t.Fatalf("esc twice left the feedback on the interview:\n%s", out)
	}
	p.kill(pid)
}

// TestOutcomeFormEnds: ctrl+c ends the app from the outcome picker, and q
// too where no date is typed.
func TestOutcomeFormEnds(t *testing.T) {
	for _, k := range []string{"C-c", "q"} {
		t.Run(k, func(t *testing.T) {
			dir := t.TempDir()
			env := oneInterviewJournal(t, dir)
			p := newCrashPane(t, 100, 30, env)
			codeFile := filepath.Join(dir, "code")
			pid := launchKeepingCode(p, codeFile)
			p.waitFor("Recent interviews")
			p.keys("o")
			p.waitFor("Where does it stand?")
			p.keys(k)
			if code := waitEnded(t, p, pid, codeFile, true); code != 0 {
				t.Errorf("debrief ended with code %d; want 0", code)
			}
		})
	}
}

// TestHomeDraftKeysOnRecentRow: with the cursor on a recent interview, x
// x and r leave the draft alone.
func TestHomeDraftKeysOnRecentRow(t *testing.T) {
	dir := t.TempDir()
	env := oneInterviewJournal(t, dir)
	run(t, env, "Acme\nDev\n", "new", "--accessible") // the input ends early: a draft is kept
	if out, _, _ := run(t, env, "", "check"); !strings.Contains(out, "1 draft") {
		t.Fatalf("no draft to start with:\n%s", out)
	}
	p := newCrashPane(t, 100, 30, env)
	pid := launchKeepingCode(p, filepath.Join(dir, "code"))
	p.waitFor("Acme, Dev")
	p.keys("Down")
	p.waitFor("enter read")
	p.keys("x")
	p.keys("x")
	p.keys("r")
	time.Sleep(300 * time.Millisecond)
	screen := p.screen()
	if strings.Contains(screen, "Draft discarded") || strings.Contains(screen, "Discarded the draft") || !strings.Contains(screen, "Recent interviews") {
		t.Fatalf("x x r on a recent interview touched the draft:\n%s", screen)
	}
	p.kill(pid)
	if out, _, _ := run(t, env, "", "check"); !strings.Contains(out, "1 draft") {
		t.Fatalf("the draft is gone:\n%s", out)
	}
}
