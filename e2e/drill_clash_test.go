package e2e_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSharpenClashKeptOnHangup: the terminal closes, or debrief is killed
// a little after the last key, while the drill's box holds words that
// clash with an answer sharpened from the command line. The card keeps
// that answer, and the words typed are a story of the bank, linked to the
// card.
func TestSharpenClashKeptOnHangup(t *testing.T) {
	for _, c := range typingEndings()[1:] {
		t.Run(c.name, func(t *testing.T) { sharpenClashEnding(t, c) })
	}
}

func sharpenClashEnding(t *testing.T, c ending) {
	dir := t.TempDir()
	_, env := ownDirs(dir)
	doc := fmt.Sprintf(`{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Acme", "role": "Backend engineer", "date": %q, "outcome": {"status": "pending"},
		 "curveballs": [{"question": "What salary do you expect?", "better_answer": "A researched range."}]}
	], "reviews": []}`, time.Now().AddDate(0, 0, -2).Format("2006-01-02"))
	if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}
	answer := func() string {
		out, errOut, code := run(t, env, "", "drill", "--all", "--json")
		if code != 0 {
			t.Fatalf("drill --json: exit %d: %s", code, errOut)
		}
		return out
	}
	p := newCrashPane(t, 100, 30, env)
	codeFile := filepath.Join(dir, "code")
	pid := launchKeepingCode(p, codeFile, "drill")
	p.waitFor("What salary do you expect?")
	p.keys("Space")
	p.waitFor("A researched range.")
	p.keys("s")
	p.waitFor("Sharpen your better answer")
	p.typeText(" Mine")
	deadline := time.Now().Add(waitLimit)
	for !strings.Contains(answer(), "A researched range. Mine") {
		if time.Now().After(deadline) {
			t.Fatal("the words typed were never saved as typed")
		}
		time.Sleep(100 * time.Millisecond)
	}
	if out, errOut, code := run(t, env, "", "drill", "sharpen", "1/1", "Their answer."); code != 0 {
		t.Fatalf("drill sharpen: exit %d: %s %s", code, out, errOut)
	}
	p.typeText(" and more")
	p.waitFor("changed in another debrief meanwhile")
	p.typeText(" then the last")
	p.waitFor("then the last")
	c.end(t, p, pid)
	if code := waitEnded(t, p, pid, codeFile, c.code >= 0); c.code >= 0 && code != c.code {
		t.Errorf("debrief ended with code %d; want %d", code, c.code)
	}
	if out := answer(); !strings.Contains(out, `"Their answer."`) {
		t.Fatalf("the hangup wrote over the answer sharpened elsewhere:\n%s", out)
	}
	out, errOut, code := run(t, env, "", "stories", "--json")
	if code != 0 || !strings.Contains(out, "A researched range. Mine and more then the last") || !strings.Contains(out, `"1/1"`) {
		t.Fatalf("no story keeps the words typed (exit %d):\n%s%s", code, out, errOut)
	}
}
