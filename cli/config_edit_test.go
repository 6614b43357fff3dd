package cli

import (
	"strings"
	"testing"
)

func TestEditConfigText(t *testing.T) {
	ptr := func(s string) *string { return &s }
	for _, tc := range []struct {
		name, text, key string
		value           *string
		want            string
	}{
		{"Append", "theme = \"dark\"", "name", ptr("Ada"), "theme = \"dark\"\nname = \"Ada\"\n"},
		{"Empty", "", "name", ptr("Ada"), "name = \"Ada\"\n"},
		{"HashInValue", "name = \"A # B\" # mine\ntheme = 'dark'\n", "name", ptr("C"), "name = \"C\" # mine\ntheme = 'dark'\n"},
		{"HashInMultiLine", "signature = '''\na # b\nc''' # kept\n", "signature", ptr("x\ny"), "signature = \"\"\"\nx\ny\"\"\" # kept\n"},
		{"Dotted", "# a\nname.first = \"A\"\ntheme = \"dark\"\nname.last = \"L\"\n", "name", ptr("Ada"), "# a\nname = \"Ada\"\ntheme = \"dark\"\n"},
		{"CRLF", "# a\r\ntheme = \"dark\"\r\n", "name", ptr("Ada"), "# a\r\ntheme = \"dark\"\r\nname = \"Ada\"\r\n"},
		{"Unset", "name = \"\"\"\nAda\nLovelace\"\"\"\n# keep\ntheme = \"dark\"\n", "name", nil, "# keep\ntheme = \"dark\"\n"},
		{"Escapes", "", "name", ptr(`back\slash "q"`), "name = \"back\\\\slash \\\"q\\\"\"\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := editConfigText(tc.text, tc.key, tc.value)
			if err != nil || got != tc.want {
				t.Fatalf("got %q, %v; want %q", got, err, tc.want)
			}
		})
	}
	t.Run("ErrTable", func(t *testing.T) {
		_, err := editConfigText("theme = \"dark\"\n\n[name]\nfirst = \"A\"\n", "name", nil)
		if err == nil || !strings.Contains(err.Error(), "line 3: a table") {
			t.Fatalf("err = %v, want a refusal naming line 3", err)
		}
	})
}
