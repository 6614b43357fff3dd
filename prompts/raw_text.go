package prompts

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// utf8BOM is the byte order mark some editors put at the start of a file.
const utf8BOM = "\xEF\xBB\xBF"

// checkRawText refuses a file that is not UTF-8 text or that holds control
// characters other than tab and line ends, pointing at the first offender.
// A terminal could act on such characters when the prompts are drawn.
func checkRawText(data []byte) *fileError {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return fileErrorf(1, 1, "the file is saved as UTF-16; save it as UTF-8")
	}
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fileErrorf(line, col, "the file is not valid UTF-8 text here; save it as UTF-8")
		case r == '\n':
			line, col = line+1, 0
		case r == '\r' && i+1 < len(data) && data[i+1] == '\n':
			// Windows line ends are fine.
		case r == '\t':
		case unicode.IsControl(r):
			return fileErrorf(line, col, "the control character %U is not allowed; only tabs and line breaks are", r)
		}
		i += size
		col++
	}
	return nil
}
