package prompts

import (
	"bytes"
	"errors"
	"slices"

	"github.com/BurntSushi/toml"
)

// decodeFile reads a prompts file into its [[prompt]] entries, checking
// everything that does not depend on the set they apply to. knownSets are
// the set ids entries may name.
func decodeFile(data []byte, knownSets []string) ([]*entry, *fileError) {
	if len(data) > MaxFileBytes {
		return nil, &fileError{msg: tooLargeMessage(len(data))}
	}
	data = bytes.TrimPrefix(data, []byte(utf8BOM))
	if ferr := checkRawText(data); ferr != nil {
		return nil, ferr
	}
	lay, problem := scanLayout(data)
	if problem != nil {
		return nil, firstOf(data[:problem.from], problem.err)
	}
	// Counting tables first spares decoding a file that will be refused.
	if n := len(lay.entries); n > MaxPrompts {
		return nil, tooManyPrompts(n)
	}
	if lay.wrong != nil {
		data = data[:lay.wrong.end]
	}
	var doc map[string]any
	if _, err := toml.Decode(string(data), &doc); err != nil {
		return nil, syntaxError(err, data)
	}
	if key := firstUnknownTopKey(doc, lay); key != "" {
		return nil, fileErrorf(lay.top[key], 0, "unknown setting %q; the file holds only [[prompt]] tables", key)
	}
	tables, ferr := promptTables(doc, lay)
	if ferr != nil {
		return nil, ferr
	}
	// Lines are only trusted when every table was found where TOML found it.
	located := len(lay.entries) == len(tables)
	entries := make([]*entry, len(tables))
	for i, table := range tables {
		var at entryAt
		if located {
			at = lay.entries[i]
		}
		e, ferr := decodeEntry(i+1, at, table, knownSets)
		if ferr != nil {
			return nil, ferr
		}
		entries[i] = e
	}
	if lay.wrong != nil {
		// The checks above report the wrong statement with its context; this
		// only speaks if the scan and the decoder disagreed about it.
		return nil, fileErrorf(lay.wrong.line, 0, "unknown setting %q", lay.wrong.key)
	}
	return entries, nil
}

// firstOf returns the TOML syntax error in before, the part of the file
// ahead of problem, if there is one, and problem otherwise, so that the user
// hears of the first thing wrong.
func firstOf(before []byte, problem *fileError) *fileError {
	var doc map[string]any
	if _, err := toml.Decode(string(before), &doc); err != nil {
		return syntaxError(err, before)
	}
	return problem
}

func promptTables(doc map[string]any, lay layout) ([]map[string]any, *fileError) {
	v, ok := doc["prompt"]
	if !ok {
		return nil, nil
	}
	tables, ok := v.([]map[string]any)
	if !ok {
		return nil, fileErrorf(lay.top["prompt"], 0, "write each prompt as its own [[prompt]] table")
	}
	if len(tables) > MaxPrompts {
		return nil, tooManyPrompts(len(tables))
	}
	return tables, nil
}

func firstUnknownTopKey(doc map[string]any, lay layout) string {
	var unknown []string
	for key := range doc {
		if key != "prompt" {
			unknown = append(unknown, key)
		}
	}
	return firstByLine(unknown, lay.top)
}

// syntaxError turns a TOML decoding error in data into a problem at its
// position. The decoder counts a line break it stopped at as the start of
// the next line, so the line and column come from its byte offset, which
// is exact.
func syntaxError(err error, data []byte) *fileError {
	var perr toml.ParseError
	if !errors.As(err, &perr) {
		return &fileError{msg: "this is not valid TOML", cause: err}
	}
	line, col := perr.Position.Line, perr.Position.Col
	if at := perr.Position.Start; at >= 0 && at < len(data) {
		line = 1 + bytes.Count(data[:at], []byte("\n"))
		col = at - bytes.LastIndexByte(data[:at], '\n')
	}
	return &fileError{
		line:  line,
		col:   col,
		msg:   "this is not valid TOML: " + perr.Message,
		cause: err,
	}
}

// knownSetIDs returns the ids an entry may name: the built-in sets and the
// set being loaded.
func knownSetIDs(extra string) []string {
	ids := []string{SetAfterInterview, SetAfterDecision, SetWeekly}
	if extra != "" && !slices.Contains(ids, extra) {
		ids = append(ids, extra)
	}
	return ids
}

func tooManyPrompts(n int) *fileError {
	return fileErrorf(0, 0, "the file has %d prompts; at most %d are allowed", n, MaxPrompts)
}
