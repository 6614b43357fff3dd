package journal

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sender is who signs the drafted messages: the user's name and, when they
// have one, the signature block written under it (a title, a phone number,
// a link). The caller reads them from wherever the user keeps them; the
// journal only writes them into the message.
type Sender struct {
	// Name is the user's name, one line, such as "Ada Lovelace". Empty
	// leaves a draft without a name under its sign-off.
	Name string
	// Signature is the optional block under the name, up to
	// MaxSignatureLines lines.
	Signature string
}

// PlaceholderName stands in for the user's name in a draft when they have
// not given one, so the gap is plain to see before the message is sent.
const PlaceholderName = "[your name]"

// Limits of a Sender: a name fits on one line of a message, and a signature
// is a few short lines that keep a message within 78 characters a line.
const (
	MaxSenderNameChars    = 70
	MaxSignatureLines     = 6
	MaxSignatureLineChars = 78
)

// Validate checks the name and the signature: within their limits and free
// of control characters (line breaks are allowed in the signature only). A
// problem is an *Error with code EInvalid whose cause is a *FieldError
// naming "name" or "signature"; its message names the field too.
func (s Sender) Validate() error {
	if problem := senderNameProblem(s.Name); problem != "" {
		return senderError("name", "the name "+problem)
	}
	if problem := signatureProblem(s.Signature); problem != "" {
		return senderError("signature", "the signature "+problem)
	}
	return nil
}

// senderError is an EInvalid *Error whose message is the reason itself,
// which already names the field.
func senderError(path, reason string) *Error {
	return &Error{Code: EInvalid, Message: reason, Err: &FieldError{Path: path, Reason: reason}}
}

func senderNameProblem(name string) string {
	name = strings.TrimSpace(name)
	if strings.ContainsAny(name, "\r\n") {
		return "must be on one line"
	}
	if problem := lineProblem(name, MaxSenderNameChars); problem != "" {
		return problem
	}
	return ""
}

func signatureProblem(sig string) string {
	lines := signatureLines(sig)
	if len(lines) > MaxSignatureLines {
		return fmt.Sprintf("has %d lines; keep it to %d", len(lines), MaxSignatureLines)
	}
	for i, line := range lines {
		if problem := lineProblem(line, MaxSignatureLineChars); problem != "" {
			if len(lines) == 1 {
				return problem
			}
			return fmt.Sprintf("(its line %d) %s", i+1, problem)
		}
	}
	return ""
}

// lineProblem says what is wrong with one line of a name or signature, or
// "".
func lineProblem(s string, limit int) string {
	if !utf8.ValidString(s) {
		return "is not valid UTF-8 text"
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			what := fmt.Sprintf("a control character (U+%04X)", r)
			if r == '\t' {
				what = "a tab"
			}
			return "holds " + what + ", which cannot be printed in a message; remove it"
		}
	}
	if n := utf8.RuneCountInString(s); n > limit {
		return fmt.Sprintf("is %d characters long; keep it to %d", n, limit)
	}
	return ""
}

// signatureLines splits a signature into its lines, without the blank
// lines around it or the spaces at the end of each.
func signatureLines(sig string) []string {
	sig = strings.Trim(strings.ReplaceAll(sig, "\r\n", "\n"), "\n")
	if strings.TrimSpace(sig) == "" {
		return nil
	}
	lines := strings.Split(sig, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	for len(lines) > 0 && lines[0] == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// signMessage ends a message with the sender's name, and the signature
// under it when withSignature is set. The name goes on the line after a
// sign-off ("Best regards,") and after a blank line otherwise. A sender
// without a name leaves the message as it is.
func signMessage(msg string, s Sender, withSignature bool) string {
	name := oneLine(s.Name)
	if name == "" {
		return msg
	}
	block := name
	if withSignature {
		if lines := signatureLines(s.Signature); len(lines) > 0 {
			block += "\n" + strings.Join(lines, "\n")
		}
	}
	last := msg[strings.LastIndexByte(msg, '\n')+1:]
	switch {
	case msg == "":
		return block
	case strings.HasSuffix(last, ","):
		return msg + "\n" + block
	}
	return msg + "\n\n" + block
}
