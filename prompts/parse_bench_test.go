package prompts_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/prompts"
)

// BenchmarkParse measures Parse on files near the size limit, shaped to be
// hard on the reader: thousands of tables and keys that no prompts file
// holds, one huge list, a file full of prompts and the longest chain of
// placements.
func BenchmarkParse(b *testing.B) {
	var prompts9000 strings.Builder
	prev := "company"
	for i := range 9000 {
		id := fmt.Sprintf("p%d", i)
		fmt.Fprintf(&prompts9000, "[[prompt]]\nid = %q\nkind = \"short\"\ntitle = \"P\"\nafter = %q\n", id, prev)
		prev = id
	}
	cases := map[string]string{
		"ChainOf9000":   prompts9000.String(),
		"UnknownKeys":   "", // filled below
		"DottedKeys":    "",
		"ManyTables":    "",
		"OneLongString": "x = \"" + strings.Repeat("a", prompts.MaxFileBytes-10) + "\"\n",
		"OneHugeList":   "[[prompt]]\nid = \"x\"\noptions = [" + strings.Repeat("\"a\",", (prompts.MaxFileBytes-40)/4) + "]\n",
	}
	var keys, dotted, tables, full strings.Builder
	for i := 0; full.Len() < prompts.MaxFileBytes-1000; i++ {
		fmt.Fprintf(&full, "[[prompt]]\nid = \"p%d\"\nkind = \"choice\"\ntitle = \"Prompt %d\"\nhint = %q\noptions = [\"yes\", \"no\"]\n", i, i, strings.Repeat("h", 40))
	}
	cases["FullFileOfPrompts"] = full.String()
	for i := 0; keys.Len() < prompts.MaxFileBytes-200; i++ {
		fmt.Fprintf(&keys, "[[prompt]]\nk%d = 1\n", i)
	}
	for i := 0; dotted.Len() < prompts.MaxFileBytes-200; i++ {
		fmt.Fprintf(&dotted, "k%d.a = 1\n", i)
	}
	for i := 0; tables.Len() < prompts.MaxFileBytes-200; i++ {
		fmt.Fprintf(&tables, "[t%d]\n", i)
	}
	cases["UnknownKeys"], cases["DottedKeys"], cases["ManyTables"] = keys.String(), dotted.String(), tables.String()
	base := prompts.AfterInterview()
	for name, file := range cases {
		b.Run(name, func(b *testing.B) {
			data := []byte(file)
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				prompts.Parse(base, "bench.toml", data)
			}
		})
	}
}
