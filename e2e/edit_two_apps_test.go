package e2e_test

import (
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// interviewNow reads interview id through the binary.
func interviewNow(t *testing.T, env []string, id uint64) journal.Interview {
	t.Helper()
	out, errOut, code := run(t, env, "", "export")
	var doc struct{ Interviews []journal.Interview }
	if err := json.Unmarshal([]byte(out), &doc); code != 0 || err != nil {
		t.Fatalf("export: exit %d %v: %s %s", code, err, out, errOut)
	}
	for _, iv := range doc.Interviews {
		if iv.ID == id {
			return iv
		}
	}
	t.Fatalf("no interview %d in the export", id)
	return journal.Interview{}
}

// Two apps open on one journal both start an edit of the whole reflection
// of the same interview (E). One changes the role, in that edit or on its
// own (e), and saves; then the other changes only what went well and
// saves. Both changes are kept: the second save does not put the old role
// back.
func TestTwoFullEditsOfOneInterview(t *testing.T) {
	set := prompts.AfterInterview()
	n := len(set.Prompts)
	wentWell := slices.IndexFunc(set.Prompts, func(p prompts.Prompt) bool { return p.Field == "went_well" })
	if set.Prompts[1].Field != "role" || wentWell < 2 {
		t.Fatal("the reflection no longer asks for the role second and what went well later")
	}
	t.Run("FullEdit", func(t *testing.T) {
		twoEdits(t, func(a *terminal) {
			a.keys("E")
			a.waitForStep(1, n)
			a.keys("Enter")
			a.waitForStep(2, n)
			a.keys("C-u")
			a.typeText("Staff engineer")
			a.keys("C-s")
			a.waitFor("Saved your changes")
		})
	})
	t.Run("OneAnswer", func(t *testing.T) {
		twoEdits(t, func(a *terminal) {
			a.keys("e")
			a.waitFor("Change which answer")
			// The outcome, the company, then the role.
			a.keys("Down", "Down", "Enter")
			a.waitFor("› Backend engineer")
			a.keys("C-u")
			a.typeText("Staff engineer")
			a.keys("Enter")
			a.waitFor("Saved “Role”")
		})
	})
}

// twoEdits runs TestTwoFullEditsOfOneInterview with the first app
// changing the role the way changeRole does.
func twoEdits(t *testing.T, changeRole func(a *terminal)) {
	set := prompts.AfterInterview()
	n := len(set.Prompts)
	wentWell := slices.IndexFunc(set.Prompts, func(p prompts.Prompt) bool { return p.Field == "went_well" })
	db := filepath.Join(t.TempDir(), "journal.db")
	env := []string{"DEBRIEF_DB=" + db}
	doc := `{"format": "debrief", "version": 1, "interviews": [
		{"id": 1, "company": "Acme", "role": "Backend engineer", "date": "2026-01-10", "outcome": {"status": "pending"},
		 "went_well": ["The demo"]}
	], "reviews": []}`
	if out, errOut, code := run(t, env, doc, "import", "-"); code != 0 {
		t.Fatalf("import: exit %d: %s %s", code, out, errOut)
	}

	a := start(t, 100, 30, env)
	b := start(t, 100, 30, env)
	for _, term := range []*terminal{a, b} {
		term.waitFor("Acme")
		term.keys("l")
		term.waitFor("Backend engineer")
		term.keys("Enter")
		term.waitFor("written ")
	}
	b.keys("E")
	b.waitForStep(1, n)

	changeRole(a)
	if got := interviewNow(t, env, 1); got.Role != "Staff engineer" {
		t.Fatalf("role %q after the first app saved", got.Role)
	}

	for i := 2; i <= wentWell+1; i++ {
		b.keys("Enter")
		b.waitForStep(i, n)
	}
	b.keys("C-j")
	b.typeText("The questions")
	b.keys("C-s")
	b.waitFor("Saved your changes")

	got := interviewNow(t, env, 1)
	if got.Role != "Staff engineer" || !slices.Contains(got.WentWell, "The questions") || got.Company != "Acme" {
		t.Fatalf("after both saves: company %q, role %q, went well %q; want the role of the first and the answer of the second", got.Company, got.Role, got.WentWell)
	}
	a.keys("q")
	b.keys("q")
}
