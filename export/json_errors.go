package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode"

	"github.com/debrief-journal/debrief/journal"
)

// streamError turns an error of the decoder reading the file into a message
// with the place it happened.
func (dr *docReader) streamError(err error) error {
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, new(tooLargeError)):
		return journal.Errorf(journal.EInvalid, "the file is larger than %s, more than any journal holds; it is not a debrief export", sizeText(dr.limit))
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return dr.failAt(dr.lines.read, "", "the file ends in the middle of the export; it may have been cut short")
	case errors.As(err, &syntax):
		return dr.failAt(dr.syntaxErrorOffset(), "", "%s", syntaxMessage(syntax))
	}
	return &journal.Error{Code: journal.EInternal, Message: "the file could not be read to the end", Err: err}
}

// syntaxErrorOffset finds where a syntax error the decoder just returned is.
// Its own offsets do not count the bytes it read as tokens, so the
// unconsumed input is scanned again by a fresh decoder, which fails at the
// same byte with an offset counted from where the decoder stopped.
func (dr *docReader) syntaxErrorOffset() int64 {
	var raw json.RawMessage
	err := json.NewDecoder(dr.dec.Buffered()).Decode(&raw)
	var syntax *json.SyntaxError
	if errors.As(err, &syntax) && syntax.Offset > 0 {
		// Offset counts the bad byte itself.
		return dr.dec.InputOffset() + syntax.Offset - 1
	}
	return dr.dec.InputOffset()
}

// syntaxMessage says plainly that the file is not even well-formed JSON
// before the decoder's own description of the bad character.
func syntaxMessage(err *json.SyntaxError) string {
	return "the JSON is malformed: " + err.Error()
}

func (dr *docReader) failAt(off int64, place, format string, args ...any) error {
	line, col := dr.lines.position(off)
	msg := fmt.Sprintf(format, args...)
	if place != "" {
		msg = place + ": " + msg
	}
	return journal.Errorf(journal.EInvalid, "line %d, column %d: %s", line, col, msg)
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + " GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MiB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

// clip makes text from the file fit in a message: one line of sensible
// length, with no control characters that could play tricks on a terminal.
func clip(s string) string {
	const most = 60
	runes := []rune(s)
	for i, r := range runes {
		if !unicode.IsPrint(r) {
			runes[i] = ' '
		}
	}
	if len(runes) > most {
		return string(runes[:most-1]) + "…"
	}
	return string(runes)
}
