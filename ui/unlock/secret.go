package unlock

import (
	"unicode"
	"unicode/utf8"
)

// secret holds a passphrase as it is typed. Unlike a text input it never
// turns what it holds into a string, which could not be cleared: the runes
// are cleared in place, and bytes gives a copy its caller clears.
type secret struct {
	runes []rune
}

// newSecret returns an empty secret with room for the longest passphrase,
// so that typing never moves it and leaves a copy behind.
func newSecret() secret { return secret{runes: make([]rune, 0, maxSecret)} }

// maxSecret is the most characters a passphrase may have on screen; a
// longer paste is cut there, and then does not open the journal.
const maxSecret = 1024

// add appends typed or pasted text, leaving out control characters (a
// pasted line end, a tab).
func (s *secret) add(text string) {
	for _, r := range text {
		if len(s.runes) >= maxSecret {
			return
		}
		if !unicode.IsControl(r) {
			s.runes = append(s.runes, r)
		}
	}
}

// backspace removes the last character.
func (s *secret) backspace() {
	if n := len(s.runes); n > 0 {
		s.runes[n-1] = 0
		s.runes = s.runes[:n-1]
	}
}

// empty reports whether nothing was typed.
func (s *secret) empty() bool { return len(s.runes) == 0 }

// bytes returns the passphrase as UTF-8 in a new slice the caller clears
// once used.
func (s *secret) bytes() []byte {
	n := 0
	for _, r := range s.runes {
		n += utf8.RuneLen(r)
	}
	b := make([]byte, 0, n)
	for _, r := range s.runes {
		b = utf8.AppendRune(b, r)
	}
	return b
}

// clear wipes what was typed.
func (s *secret) clear() {
	clear(s.runes[:cap(s.runes)])
	s.runes = s.runes[:0]
}
