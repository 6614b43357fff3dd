package prompts_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// FuzzParse feeds arbitrary files to Parse. Whatever the input, Parse must
// not panic; what it accepts must validate, and what it refuses must be
// refused with an EInvalid error that names the file.
func FuzzParse(f *testing.F) {
	f.Add([]byte("[[prompt]]\nid = \"salary\"\nkind = \"short\"\ntitle = \"Salary\"\nafter = \"fit\"\n"))
	f.Add([]byte("[[prompt]]\nid = \"nerves\"\nremove = true\n"))
	base := prompts.AfterInterview()
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := prompts.Parse(base, "fuzz.toml", data)
		if err != nil {
			if code := journal.ErrorCode(err); code != journal.EInvalid {
				t.Fatalf("code %s for %v", code, err)
			}
			if !strings.HasPrefix(err.Error(), "fuzz.toml") {
				t.Fatalf("the message does not name the file: %q", err)
			}
			return
		}
		if out.ID != base.ID {
			t.Fatalf("got set %q", out.ID)
		}
		if err := out.Validate(); err != nil {
			t.Fatalf("accepted a file whose result does not validate: %v", err)
		}
	})
}
