package e2e_test

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// answerFor types an answer suited to the prompt's kind and returns what the
// export must then hold for it.
func answerFor(term *terminal, p prompts.Prompt, n int) {
	switch p.Kind {
	case journal.KindRating:
		term.typeText(fmt.Sprint(n%5 + 1))
	case journal.KindChoice:
		term.keys("Down")
	case journal.KindDate:
		term.keys("C-u")
		term.typeText("2026-03-14")
	case journal.KindList:
		term.typeText(fmt.Sprintf("first %s item", p.ID))
		term.keys("C-j")
		term.typeText(fmt.Sprintf("second %s item", p.ID))
	case journal.KindPeople:
		term.typeText("Dana Kim, Engineering manager, dana@example.com")
		term.keys("C-j")
		term.typeText("Sam Lee, Recruiter")
	case journal.KindCurveballs:
		for _, part := range []string{"Salary expectations?", "I froze", "A researched range", "salary, money"} {
			term.typeText(part)
			term.keys("Enter")
			time.Sleep(30 * time.Millisecond)
		}
		// The empty question after the curveball ends the prompt.
		return
	default:
		term.typeText(fmt.Sprintf("answer to %s ✓", p.ID))
	}
}

func TestFullReflectionIsExported(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	set := prompts.AfterInterview()
	term := start(t, 100, 30, []string{"DEBRIEF_DB=" + db}, "new")
	for i, p := range set.Prompts {
		term.waitForStep(i+1, len(set.Prompts))
		answerFor(term, p, i)
		term.keys("Enter")
	}
	term.waitFor("Saved")
	term.keys("q")

	out, errOut, code := run(t, []string{"DEBRIEF_DB=" + db}, "", "export")
	if code != 0 {
		t.Fatalf("export failed (%d): %s", code, errOut)
	}
	var doc struct {
		Interviews []map[string]any `json:"interviews"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Interviews) != 1 {
		t.Fatalf("%d interviews exported", len(doc.Interviews))
	}
	iv := doc.Interviews[0]
	for _, p := range set.Prompts {
		field := p.Field
		if field == "" {
			continue
		}
		if _, ok := iv[field]; !ok {
			t.Errorf("the export has no %q although it was answered", field)
		}
	}
	raw := out
	for _, want := range []string{"first went_well item", "second lessons item", "Dana Kim", "dana@example.com", "A researched range", `"money"`, "2026-03-14", "answer to proud_of ✓"} {
		if !strings.Contains(raw, want) {
			t.Errorf("the export lacks %q", want)
		}
	}
}

func TestKillAndResume(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	set := prompts.AfterInterview()
	term := start(t, 100, 30, env, "new", "--company", "Acme", "--role", "Backend engineer")
	// Answer the first few prompts, then type into a long answer and kill.
	var longStep int
	for i, p := range set.Prompts {
		term.waitForStep(i+1, len(set.Prompts))
		if p.Kind == journal.KindLong && i > 2 {
			longStep = i
			break
		}
		if p.Field != "company" && p.Field != "role" {
			answerFor(term, p, i)
		}
		term.keys("Enter")
	}
	term.typeText("the beginning of a long answer that must survive")
	// Autosave runs every second: wait until the screen confirms the save.
	term.waitFor("✓ saved")
	time.Sleep(1500 * time.Millisecond)
	if err := syscall.Kill(term.pid(), syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}

	again := start(t, 100, 30, env, "new")
	again.waitFor("Unfinished reflection")
	again.waitFor("Acme, Backend engineer")
	again.keys("r")
	screen := again.waitForStep(longStep+1, len(set.Prompts))
	if !strings.Contains(screen, "the beginning of a long answer that must survive") {
		t.Fatalf("the interrupted answer was lost:\n%s", screen)
	}
	// Earlier answers are intact: step back and look at one.
	again.keys("BTab")
	again.waitForStep(longStep, len(set.Prompts))
}

func TestSecondInstanceWorks(t *testing.T) {
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	term := start(t, 100, 30, env)
	term.waitFor("debrief")
	// A command in another terminal reads the journal while the app is
	// open, without waiting for it to close.
	out, errOut, code := run(t, env, "", "export")
	if code != 0 || !strings.Contains(out, `"format"`) {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// And so does a second app.
	second := start(t, 100, 30, env, "new")
	second.waitFor("1/")
	// The first keeps working.
	term.keys("n")
	term.waitFor("1/")
}
