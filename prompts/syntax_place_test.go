package prompts_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/prompts"
)

// TestSyntaxErrorPlace checks that a TOML mistake is placed on its own
// line, also when the mistake is found at the line break that ends it, and
// at the end of a file of 100,000 lines.
func TestSyntaxErrorPlace(t *testing.T) {
	for _, c := range []struct {
		file string
		want string
	}{
		{"[[prompt]\n", "f.toml, line 1, column 9:"},
		{"#\n[[prompt]\nid = \"a\"\n", "f.toml, line 2, column 9:"},
		{"[[prompt]]\nid = \n", "f.toml, line 2, column 6:"},
		{strings.Repeat("#\n", 99_999) + "[[prompt]\n", "f.toml, line 100000, column 9:"},
	} {
		_, err := prompts.Parse(prompts.AfterInterview(), "f.toml", []byte(c.file))
		if err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("%q: got %v, want it to start %q", c.file[max(0, len(c.file)-30):], err, c.want)
		}
	}
}
