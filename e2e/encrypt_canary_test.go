package e2e_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// canaryWord is written into every text field of a journal that is then
// encrypted; it must never be found on disk in debrief's folders after.
const canaryWord = "wombatquillfeather"

// sealedHome is a home of its own for an encrypted journal: every folder
// debrief writes in (data, state, config, temporary files) lies under root,
// and the passphrase files outside it.
type sealedHome struct {
	root, secrets string
	env           []string
}

func newSealedHome(t *testing.T) *sealedHome {
	t.Helper()
	h := &sealedHome{root: t.TempDir(), secrets: t.TempDir()}
	for _, d := range []string{"home", "data", "state", "config", "tmp"} {
		if err := os.MkdirAll(filepath.Join(h.root, d), 0o700); err != nil {
			t.Fatal(err)
		}
	}
	h.writeSecret(t, "pass", "first passphrase of the journal")
	h.writeSecret(t, "pass2", "second passphrase, after the change")
	h.env = []string{
		"HOME=" + filepath.Join(h.root, "home"),
		"XDG_DATA_HOME=" + filepath.Join(h.root, "data"),
		"XDG_STATE_HOME=" + filepath.Join(h.root, "state"),
		"XDG_CONFIG_HOME=" + filepath.Join(h.root, "config"),
		"TMPDIR=" + filepath.Join(h.root, "tmp"),
	}
	return h
}

func (h *sealedHome) writeSecret(t *testing.T, name, text string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(h.secrets, name), []byte(text+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
}

func (h *sealedHome) db() string {
	return filepath.Join(h.root, "data", "debrief", "journal.db")
}

// run runs debrief in the home with the extra environment, and wants the
// exit code want.
func (h *sealedHome) run(t *testing.T, want int, stdin string, extra []string, args ...string) string {
	t.Helper()
	env := append(append([]string{}, h.env...), extra...)
	out, errOut, code := run(t, env, stdin, args...)
	if code != want {
		t.Fatalf("debrief %v: exit %d, want %d\n%s%s", args, code, want, out, errOut)
	}
	return out
}

func (h *sealedHome) with(name string) []string {
	return []string{"DEBRIEF_PASSPHRASE_FILE=" + filepath.Join(h.secrets, name)}
}

// assertNoCanary fails for every file under the home that holds the
// canary in plain bytes.
func (h *sealedHome) assertNoCanary(t *testing.T, when string) {
	t.Helper()
	files := 0
	_ = filepath.Walk(h.root, func(p string, info os.FileInfo, err error) error {
		if err != nil || !info.Mode().IsRegular() {
			return nil
		}
		files++
		b, _ := os.ReadFile(p)
		if bytes.Contains(b, []byte(canaryWord)) {
			t.Errorf("%s: %s holds the canary in plain text", when, strings.TrimPrefix(p, h.root))
		}
		return nil
	})
	if files < 2 {
		t.Fatalf("%s: only %d files to look through", when, files)
	}
}

// canaryDocument is an export with the canary in every text field of an
// interview and of a review.
func canaryDocument(t *testing.T) []byte {
	t.Helper()
	iv := journal.Interview{
		ID: 1, Company: "x", Role: "x", Date: journal.NewDate(2026, 3, 10),
		Stage: journal.StageFirst, Format: journal.FormatVideo,
		Interviewers:     []journal.Person{{Name: "x", Title: "x", Contact: "x"}},
		DecisionExpected: journal.NewDate(2026, 3, 20),
		MoodBefore:       2, MoodAfter: 3, Authenticity: 4, Nerves: 2,
		WentWell:   []string{"x"},
		Curveballs: []journal.Curveball{{Question: "x", Answer: "x", BetterAnswer: "x", Tags: []string{"x"}}},
		Scripted:   []string{"x"}, AuthenticityWhy: "x", ShouldHaveTold: []string{"x"},
		FirstImpression: "x", QuestionsAsked: []string{"x"}, Fit: "x", OutsideControl: "x",
		Lessons: []string{"x"}, ProudOf: "x",
		Answers:  []journal.Answer{{Prompt: "x", Title: "x", Value: "x"}},
		Tags:     []string{"x"},
		Feedback: []journal.Feedback{{From: "x", Text: "x"}},
	}
	fillCanaryWord(reflect.ValueOf(&iv).Elem())
	second := iv
	second.ID, second.Date = 2, journal.NewDate(2026, 3, 12)
	r := journal.Review{ID: 1, WeekOf: journal.NewDate(2026, 3, 9), Answers: []journal.Answer{{Prompt: "x", Title: "x", Value: "x"}}, Focus: "x", PreviousFocusNote: "x"}
	fillCanaryWord(reflect.ValueOf(&r).Elem())
	var b bytes.Buffer
	if err := export.WriteJSON(&b, &export.Document{Format: "debrief", Version: 1, Interviews: []journal.Interview{iv, second}, Reviews: []journal.Review{r}}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// fillCanaryWord puts the canary in every plain text field (named string
// types, such as a stage, keep their values).
func fillCanaryWord(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeOf("") && v.CanSet() {
			v.SetString("said " + canaryWord)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillCanaryWord(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			fillCanaryWord(v.Index(i))
		}
	}
}

// TestEncryptedCanary fills a journal with the canary in every field (two
// interviews, a review, a draft), encrypts it, and then edits, deletes,
// backs up and changes the passphrase, each through the built binary: the
// canary is found nowhere under debrief's folders after encrypting, nor
// after each step, and every step still reads the text back.
func TestEncryptedCanary(t *testing.T) {
	requireTmux(t)
	h := newSealedHome(t)
	doc := filepath.Join(h.secrets, "doc.json")
	if err := os.WriteFile(doc, canaryDocument(t), 0o600); err != nil {
		t.Fatal(err)
	}
	h.run(t, 0, "", nil, "import", doc)
	// A draft in progress: the plain prompts keep what was typed when the
	// input ends.
	h.run(t, 5, "said "+canaryWord+"\nsaid "+canaryWord+"\n", nil, "new", "--accessible", "--date", "2026-03-13")
	raw, err := os.ReadFile(h.db())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(raw, []byte(canaryWord)) {
		t.Fatal("the plain journal does not hold the canary, so its absence later proves nothing")
	}

	h.run(t, 0, "", []string{"DEBRIEF_NEW_PASSPHRASE_FILE=" + filepath.Join(h.secrets, "pass")}, "encrypt")
	h.assertNoCanary(t, "after encrypt")
	if out := h.run(t, 0, "", h.with("pass"), "show", "1"); !strings.Contains(out, canaryWord) {
		t.Fatalf("show after encrypt:\n%s", out)
	}
	h.run(t, 0, "", h.with("pass"), "check")
	// Commands that keep what they work out in the journal (patterns keeps
	// its document) write it sealed too.
	h.run(t, 0, "", h.with("pass"), "patterns")
	h.run(t, 0, "", h.with("pass"), "patterns", "--format", "json")
	h.assertNoCanary(t, "after patterns")

	// Editing: feedback and an outcome.
	h.run(t, 0, "", h.with("pass"), "feedback", "1", "--from", "recruiter "+canaryWord, "more "+canaryWord)
	h.run(t, 0, "", h.with("pass"), "outcome", "1", "offer")
	h.assertNoCanary(t, "after editing")

	// Deleting, in the app's list.
	term := start(t, 100, 30, append(append([]string{}, h.env...), h.with("pass")...), "list")
	term.waitFor(canaryWord)
	term.keys("d")
	term.waitFor("y")
	term.keys("y")
	term.waitFor("Deleted")
	term.keys("q")
	deadline := time.Now().Add(waitLimit)
	for term.pidOrZero() != 0 {
		if time.Now().After(deadline) {
			t.Fatal("debrief did not exit")
		}
		time.Sleep(50 * time.Millisecond)
	}
	h.assertNoCanary(t, "after deleting")

	h.run(t, 0, "", h.with("pass"), "backup")
	h.assertNoCanary(t, "after a backup")

	h.run(t, 0, "", append(h.with("pass"), "DEBRIEF_NEW_PASSPHRASE_FILE="+filepath.Join(h.secrets, "pass2")), "passphrase")
	h.assertNoCanary(t, "after changing the passphrase")
	h.run(t, 10, "", h.with("pass"), "list", "--plain")
	if out := h.run(t, 0, "", h.with("pass2"), "show", "1"); !strings.Contains(out, "more "+canaryWord) {
		t.Fatalf("show after the passphrase change:\n%s", out)
	}
	h.run(t, 0, "", h.with("pass2"), "check")
	// Without a terminal or a passphrase source, a command says how to
	// give one.
	if _, errOut, code := run(t, h.env, "", "list", "--plain"); code != 8 || !strings.Contains(errOut, "DEBRIEF_PASSPHRASE_FILE") {
		t.Fatalf("no passphrase: exit %d\n%s", code, errOut)
	}
}

func (h *sealedHome) writeSecretBytes(t *testing.T, name string, b []byte) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(h.secrets, name), b, 0o600); err != nil {
		t.Fatal(err)
	}
}
