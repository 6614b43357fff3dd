package prompts

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// entry is one [[prompt]] table of a file, with only the settings it gave.
type entry struct {
	ordinal int     // 1 for the first [[prompt]] of the file
	at      entryAt // where it is; zero when unknown
	set     string  // the set it applies to
	id      string
	remove  bool

	after, before *string
	kind          *journal.FieldKind
	title, hint   *string
	field         *string
	def           *string
	low, high     *string
	options       *[]string
}

// entryKeys lists the settings a [[prompt]] table takes, in the order the
// documentation gives them.
var entryKeys = []string{"id", "set", "kind", "title", "hint", "field", "options", "default", "low", "high", "after", "before", "remove"}

// errorf returns a problem with this entry, placed on the line that sets key.
func (e *entry) errorf(key, format string, args ...any) *fileError {
	return fileErrorf(e.at.lineOf(key), 0, "%s: %s", e.label(), fmt.Sprintf(format, args...))
}

// fromFault places a broken rule of the prompt this entry wrote.
func (e *entry) fromFault(f *fault) *fileError {
	return e.errorf(f.attr, "%s", f.msg)
}

func (e *entry) label() string {
	if e.id != "" {
		return fmt.Sprintf("prompt %q", e.id)
	}
	if e.at.line > 0 {
		return "this prompt"
	}
	return fmt.Sprintf("prompt %d of the file", e.ordinal)
}

// changesPrompt reports whether the entry sets anything beyond id, set and
// remove.
func (e *entry) changesPrompt() bool {
	return e.after != nil || e.before != nil || e.kind != nil || e.title != nil || e.hint != nil ||
		e.field != nil || e.def != nil || e.low != nil || e.high != nil || e.options != nil
}

// decodeEntry reads one [[prompt]] table. knownSets are the set ids the
// file may name.
func decodeEntry(ordinal int, at entryAt, table map[string]any, knownSets []string) (*entry, *fileError) {
	e := &entry{ordinal: ordinal, at: at, set: SetAfterInterview}
	// The id first, so every later message can name the prompt.
	if v, ok := table["id"]; ok {
		s, ferr := e.text("id", v)
		if ferr != nil {
			return nil, ferr
		}
		e.id = s
	}
	if key := firstUnknownKey(table, at); key != "" {
		return nil, e.errorf(key, "unknown setting %q; a prompt takes %s", key, strings.Join(entryKeys, ", "))
	}
	for _, key := range entryKeys {
		v, ok := table[key]
		if !ok || key == "id" {
			continue
		}
		if ferr := e.setValue(key, v, knownSets); ferr != nil {
			return nil, ferr
		}
	}
	if e.id == "" {
		return nil, e.errorf("id", "the id is missing; every prompt needs one, such as id = \"salary\"")
	}
	if f := checkID(e.id); f != nil {
		return nil, e.fromFault(f)
	}
	return e, nil
}

func (e *entry) setValue(key string, v any, knownSets []string) *fileError {
	switch key {
	case "remove":
		b, ok := v.(bool)
		if !ok {
			return e.errorf(key, "remove must be true or false, not %s", describeValue(v))
		}
		e.remove = b
		return nil
	case "options":
		list, ferr := e.textList(key, v)
		if ferr != nil {
			return ferr
		}
		e.options = &list
		return nil
	}
	s, ferr := e.text(key, v)
	if ferr != nil {
		return ferr
	}
	switch key {
	case "set":
		if !slices.Contains(knownSets, s) {
			return e.errorf(key, "there is no set %q; use one of %s", s, strings.Join(knownSets, ", "))
		}
		e.set = s
	case "kind":
		k := journal.FieldKind(strings.ToLower(strings.TrimSpace(s)))
		if !k.Valid() {
			return e.errorf(key, "the kind %q is not one of %s", s, kindList())
		}
		e.kind = &k
	case "title":
		e.title = &s
	case "hint":
		e.hint = &s
	case "field":
		e.field = &s
	case "default":
		e.def = &s
	case "low":
		e.low = &s
	case "high":
		e.high = &s
	case "after":
		e.after = &s
	case "before":
		e.before = &s
	}
	return nil
}

// text reads a setting that must be one line of text.
func (e *entry) text(key string, v any) (string, *fileError) {
	s, ok := v.(string)
	if !ok {
		return "", e.errorf(key, "the %s must be text in quotes, not %s", key, describeValue(v))
	}
	if f := checkLine(key, s, maxTextLen); f != nil {
		return "", e.fromFault(f)
	}
	return s, nil
}

func (e *entry) textList(key string, v any) ([]string, *fileError) {
	items, ok := v.([]any)
	if !ok {
		return nil, e.errorf(key, "the %s must be a list of text, such as [\"yes\", \"no\"], not %s", key, describeValue(v))
	}
	out := make([]string, 0, len(items))
	for _, item := range items {
		s, ok := item.(string)
		if !ok {
			return nil, e.errorf(key, "each of the %s must be text in quotes, not %s", key, describeValue(item))
		}
		out = append(out, s)
	}
	return out, nil
}

// firstUnknownKey returns the unknown key of the table that comes first in
// the file, or "".
func firstUnknownKey(table map[string]any, at entryAt) string {
	var unknown []string
	for key := range table {
		if !slices.Contains(entryKeys, key) {
			unknown = append(unknown, key)
		}
	}
	return firstByLine(unknown, at.keys)
}

// firstByLine returns the key written first, by the lines in lines; keys
// with no known line come last, by name, so the answer never depends on map
// order.
func firstByLine(keys []string, lines map[string]int) string {
	if len(keys) == 0 {
		return ""
	}
	lineOf := func(k string) int {
		if l, ok := lines[k]; ok {
			return l
		}
		return math.MaxInt
	}
	return slices.MinFunc(keys, func(a, b string) int {
		return cmp.Or(cmp.Compare(lineOf(a), lineOf(b)), strings.Compare(a, b))
	})
}

// describeValue names the TOML type of a value for a message.
func describeValue(v any) string {
	switch v := v.(type) {
	case string:
		return "text"
	case bool:
		return fmt.Sprintf("%t", v)
	case int64, float64:
		return fmt.Sprintf("the number %v", v)
	case []any:
		return "a list"
	case map[string]any, []map[string]any:
		return "a table"
	}
	return "a date or time"
}
