package kit

import (
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// ValueText turns a stored answer into the text an input shows for it.
func ValueText(kind journal.FieldKind, v journal.Value) string {
	switch kind {
	case journal.KindList:
		if len(v.Items) == 0 {
			return v.Text // the answer of a prompt with no field of its own
		}
		return strings.Join(v.Items, "\n")
	case journal.KindPeople:
		lines := make([]string, len(v.People))
		for i, p := range v.People {
			lines[i] = p.Line()
		}
		return strings.Join(lines, "\n")
	}
	return v.Text
}

// TextValue turns what was typed into an answer of the given kind. It always
// builds new slices, so a value handed to a save in progress never changes.
func TextValue(kind journal.FieldKind, s string) journal.Value {
	switch kind {
	case journal.KindList:
		// Text keeps the list of a prompt with no field of its own, which
		// is stored as text.
		items := journal.Lines(s)
		return journal.Value{Items: items, Text: strings.Join(items, "\n")}
	case journal.KindPeople:
		var people []journal.Person
		for _, l := range journal.Lines(s) {
			people = append(people, journal.ParsePerson(l))
		}
		return journal.Value{People: people}
	case journal.KindLong:
		return journal.Value{Text: strings.TrimRight(s, " \n\t")}
	}
	return journal.Value{Text: strings.TrimSpace(s)}
}

// SplitTags reads "salary, behavioural" as two tags.
func SplitTags(s string) []string {
	var out []string
	for _, t := range strings.Split(s, ",") {
		if t = strings.TrimSpace(t); t != "" {
			out = append(out, t)
		}
	}
	return out
}
