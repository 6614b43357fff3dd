package prompts

import (
	"embed"
	"fmt"
)

// builtinFiles holds the built-in sets, written in the same format as the
// user's prompts file so that both go through one reader.
//
//go:embed sets/*.toml
var builtinFiles embed.FS

// builtinNames lists the built-in sets in the order a user meets them, with
// their names.
var builtinNames = []struct{ id, name string }{
	{SetAfterInterview, "After the interview"},
	{SetAfterDecision, "After the decision"},
	{SetWeekly, "Weekly review"},
}

// AfterInterview returns the built-in reflection written right after an
// interview. Its prompts fill the fields of a journal.Interview.
func AfterInterview() Set { return mustBuiltin(SetAfterInterview) }

// AfterDecision returns the built-in reflection written once the company has
// given its answer. Its answers are kept by prompt id next to the interview,
// so the reflection of the day stays as it was written.
func AfterDecision() Set { return mustBuiltin(SetAfterDecision) }

// Weekly returns the built-in weekly review prompts; their answers are kept
// by prompt id on the review.
func Weekly() Set { return mustBuiltin(SetWeekly) }

// Builtin returns the built-in set with the given id and whether there is one.
func Builtin(id string) (Set, bool) {
	for _, b := range builtinNames {
		if b.id == id {
			return mustBuiltin(id), true
		}
	}
	return Set{}, false
}

// Builtins returns every built-in set, in the order a user meets them.
func Builtins() []Set {
	out := make([]Set, len(builtinNames))
	for i, b := range builtinNames {
		out[i] = mustBuiltin(b.id)
	}
	return out
}

// mustBuiltin reads an embedded set. The files ship inside the binary and
// the tests read every one, so a failure here is a bug in the build itself.
func mustBuiltin(id string) Set {
	set, err := readBuiltin(id)
	if err != nil {
		panic(fmt.Sprintf("prompts: the built-in %s set is broken: %v", id, err))
	}
	return set
}

func readBuiltin(id string) (Set, error) {
	name := ""
	for _, b := range builtinNames {
		if b.id == id {
			name = b.name
		}
	}
	file := "sets/" + id + ".toml"
	data, err := builtinFiles.ReadFile(file)
	if err != nil {
		return Set{}, err
	}
	entries, ferr := decodeFile(data, []string{id})
	if ferr != nil {
		return Set{}, ferr.toJournal(file)
	}
	for _, e := range entries {
		e.set = id
	}
	set, ferr := apply(Set{ID: id, Name: name}, entries)
	if ferr != nil {
		return Set{}, ferr.toJournal(file)
	}
	return set, nil
}
