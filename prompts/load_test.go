package prompts_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

func writeFile(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "prompts.toml")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoad(t *testing.T) {
	base := prompts.AfterInterview()
	t.Run("OK", func(t *testing.T) {
		path := writeFile(t, "[[prompt]]\nid = \"nerves\"\nremove = true\n")
		out, err := prompts.Load(base, path)
		if err != nil {
			t.Fatal(err)
		}
		if slices.Contains(ids(out), "nerves") || len(out.Prompts) != len(base.Prompts)-1 {
			t.Errorf("got %v", ids(out))
		}
	})
	t.Run("Missing", func(t *testing.T) {
		out, err := prompts.Load(base, filepath.Join(t.TempDir(), "nothing", "prompts.toml"))
		if err != nil || !reflect.DeepEqual(out, base) {
			t.Fatalf("got %v, %v", ids(out), err)
		}
	})
	t.Run("OneFileForEverySet", func(t *testing.T) {
		path := writeFile(t, "[[prompt]]\nid = \"nerves\"\nremove = true\n\n[[prompt]]\nset = \"weekly\"\nid = \"energy\"\nremove = true\n")
		f, err := prompts.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		weekly, err := f.Apply(prompts.Weekly())
		if err != nil || slices.Contains(ids(weekly), "energy") || !slices.Contains(ids(weekly), "week_hard") {
			t.Fatalf("weekly: %v, %v", ids(weekly), err)
		}
		after, err := f.Apply(base)
		if err != nil || slices.Contains(ids(after), "nerves") {
			t.Fatalf("after the interview: %v, %v", ids(after), err)
		}
	})
	t.Run("MissingFileChangesNothing", func(t *testing.T) {
		f, err := prompts.ReadFile(filepath.Join(t.TempDir(), "prompts.toml"))
		if f != nil || err != nil {
			t.Fatalf("got %v, %v", f, err)
		}
		if out, err := f.Apply(base); err != nil || !reflect.DeepEqual(out, base) {
			t.Fatalf("got %v, %v", ids(out), err)
		}
	})
	t.Run("ErrInvalidNamesPath", func(t *testing.T) {
		path := writeFile(t, "\n\n[[prompt]]\nid = \"salary\"\nkind = \"money\"\n")
		out, err := prompts.Load(base, path)
		if journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("got %v", err)
		}
		if want := path + ", line 5:"; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("got %q, want it to start with %q", err, want)
		}
		if !reflect.DeepEqual(out, base) {
			t.Error("the set changed")
		}
	})
	t.Run("ErrFolder", func(t *testing.T) {
		_, err := prompts.Load(base, t.TempDir())
		if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(err.Error(), "folder") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "prompts.toml")
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		// A sparse file: large on paper, cheap to make.
		if err := f.Truncate(5 << 30); err != nil {
			t.Fatal(err)
		}
		f.Close()
		_, err = prompts.Load(base, path)
		if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(err.Error(), "at most 1.0 MiB") {
			t.Fatalf("got %v", err)
		}
	})
}

// TestLoadHundredThousandLines checks that files of 100,000 lines come back
// with an answer: refused when they hold too many prompts, accepted when
// they fit the limits.
func TestLoadHundredThousandLines(t *testing.T) {
	base := prompts.AfterInterview()
	t.Run("TooManyPrompts", func(t *testing.T) {
		var b strings.Builder
		for i := range 25000 {
			fmt.Fprintf(&b, "[[prompt]]\nid = \"p%d\"\n#\n#\n", i)
		}
		if n := strings.Count(b.String(), "\n"); n != 100000 {
			t.Fatalf("built %d lines", n)
		}
		_, err := prompts.Load(base, writeFile(t, b.String()))
		if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(err.Error(), "25000 prompts") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("TooLarge", func(t *testing.T) {
		line := "# " + strings.Repeat("-", 12) + "\n"
		_, err := prompts.Load(base, writeFile(t, strings.Repeat(line, 100000)))
		if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(err.Error(), "at most 1.0 MiB") {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("Accepted", func(t *testing.T) {
		var b strings.Builder
		const added = 5000
		for i := range added {
			fmt.Fprintf(&b, "[[prompt]]\nid = \"p%d\"\nkind = \"short\"\ntitle = \"P\"\n", i)
		}
		for strings.Count(b.String(), "\n") < 100000 {
			b.WriteString("#\n")
		}
		out, err := prompts.Load(base, writeFile(t, b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if len(out.Prompts) != len(base.Prompts)+added || out.Prompts[len(out.Prompts)-1].ID != "mood_after" {
			t.Errorf("got %d prompts ending with %q", len(out.Prompts), out.Prompts[len(out.Prompts)-1].ID)
		}
	})
	t.Run("LongChain", func(t *testing.T) {
		// Each prompt placed after the one before: deep, but not a circle.
		var b strings.Builder
		prev := "company"
		for i := range 9000 {
			id := fmt.Sprintf("p%d", i)
			fmt.Fprintf(&b, "[[prompt]]\nid = %q\nkind = \"short\"\ntitle = \"P\"\nafter = %q\n", id, prev)
			prev = id
		}
		out, err := prompts.Load(base, writeFile(t, b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if out.Prompts[1].ID != "p0" || out.Prompts[9000].ID != "p8999" || out.Prompts[9001].ID != "role" {
			t.Errorf("got %v ...", ids(out)[:3])
		}
	})
}
