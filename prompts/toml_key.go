package prompts

import "strconv"

// readKey reads a dotted key starting at i and ending with end, on one line.
// It reports false for anything it does not understand; the caller then
// simply records no line for it.
func readKey(data []byte, i int, end byte) ([]string, bool) {
	var parts []string
	for len(parts) < maxKeyParts {
		i = skipBlanks(data, i)
		if i >= len(data) {
			return nil, false
		}
		var part string
		var ok bool
		switch data[i] {
		case '"', '\'':
			part, i, ok = readQuotedKey(data, i)
		default:
			part, i, ok = readBareKey(data, i)
		}
		if !ok {
			return nil, false
		}
		parts = append(parts, part)
		i = skipBlanks(data, i)
		if i >= len(data) {
			return nil, false
		}
		switch data[i] {
		case end:
			return parts, true
		case '.':
			i++
		default:
			return nil, false
		}
	}
	return nil, false
}

func skipBlanks(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t') {
		i++
	}
	return i
}

func readBareKey(data []byte, i int) (string, int, bool) {
	start := i
	for i < len(data) && isBareKeyByte(data[i]) {
		i++
	}
	return string(data[start:i]), i, i > start
}

func isBareKeyByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
}

// readQuotedKey reads a quoted key part. Escapes are decoded the way Go
// decodes them, which covers what people write in keys; anything else keeps
// its raw text and simply matches no key.
func readQuotedKey(data []byte, i int) (string, int, bool) {
	q := data[i]
	for j := i + 1; j < len(data) && data[j] != '\n'; j++ {
		switch {
		case data[j] == '\\' && q == '"':
			j++
		case data[j] == q:
			raw := string(data[i : j+1])
			if q == '\'' {
				return raw[1 : len(raw)-1], j + 1, true
			}
			if s, err := strconv.Unquote(raw); err == nil {
				return s, j + 1, true
			}
			return raw, j + 1, true
		}
	}
	return "", i, false
}
