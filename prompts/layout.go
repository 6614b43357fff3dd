package prompts

import "slices"

// Bounds on the shape of a prompts file. A real file needs two levels of
// brackets ([[prompt]]), keys of one part and no inline tables, since no
// setting takes a table. The TOML decoder's cost grows quickly with nesting,
// inline tables and dotted keys, so files beyond these bounds are refused
// before decoding.
const (
	maxNesting  = 3
	maxKeyParts = 2
)

// layout is where things sit in a prompts file: the line of each top-level
// key and, for each [[prompt]] table in order, its header line and the lines
// of its keys. The TOML decoder does not report these, and an error is much
// easier to fix when it names its line.
type layout struct {
	top     map[string]int
	entries []entryAt
	// wrong is the first statement no prompts file may hold (a key outside
	// the [[prompt]] tables, another table, an unknown setting), or nil.
	wrong *wrongStatement
}

// wrongStatement is a statement that makes the file wrong whatever follows.
// Decoding stops after it: the TOML decoder is slow on the huge tables a
// hostile file can hold, and the bytes up to end tell the whole story.
type wrongStatement struct {
	line int
	key  string
	end  int // offset just past the statement
}

// entryAt is where one [[prompt]] table sits in the file.
type entryAt struct {
	line int
	keys map[string]int
}

// lineOf returns the line that sets key, or the table's header line.
func (e entryAt) lineOf(key string) int {
	if l, ok := e.keys[key]; ok {
		return l
	}
	return e.line
}

// scope is the table that key/value lines belong to.
type scope int

const (
	scopeRoot  scope = iota // before any table header
	scopeEntry              // inside a [[prompt]] table
	scopeOther              // inside any other table
)

// scanProblem is a file that breaks a bound in the statement starting at
// offset from.
type scanProblem struct {
	err  *fileError
	from int
}

// layoutScanner walks a file once, skipping strings and comments the way
// TOML does. Where it cannot tell what it is looking at it keeps counting
// brackets, so it may refuse a broken file but never lets a deep one pass.
type layoutScanner struct {
	data  []byte
	i     int
	line  int
	depth int // open brackets and braces
	dots  int // dots since the last separator: the parts of a dotted key
	scope scope
	out   layout
	// stmt is the offset of the statement being read.
	stmt int
}

// scanLayout maps the file and checks its nesting and key lengths. It stops
// at the end of the first wrong statement.
func scanLayout(data []byte) (layout, *scanProblem) {
	s := layoutScanner{data: data, line: 1, out: layout{top: map[string]int{}}}
	if err := s.run(); err != nil {
		return layout{}, &scanProblem{err: err, from: s.stmt}
	}
	return s.out, nil
}

func (s *layoutScanner) run() *fileError {
	atStatement := true
	for s.i < len(s.data) {
		c := s.data[s.i]
		if atStatement && s.out.wrong != nil {
			s.out.wrong.end = s.i
			return nil
		}
		if atStatement {
			switch c {
			case ' ', '\t', '\r':
				s.i++
				continue
			case '\n':
				s.line++
				s.i++
				continue
			case '#':
				s.skipComment()
				continue
			}
			s.stmt = s.i
			s.statement()
			atStatement = false
		}
		switch c {
		case '\n':
			s.line++
			s.dots = 0
			atStatement = s.depth == 0
		case '#':
			s.skipComment()
			continue
		case '"', '\'':
			s.skipString()
			continue
		case '{':
			return fileErrorf(s.line, 0, "a prompts file has no { } tables: write each prompt as its own [[prompt]] table, whose settings are text, lists of text, or true or false")
		case '[':
			s.depth++
			s.dots = 0
			if s.depth > maxNesting {
				return fileErrorf(s.line, 0, "brackets are nested more than %d levels deep", maxNesting)
			}
		case ']', '}':
			s.depth = max(s.depth-1, 0)
			s.dots = 0
		case '=', ',':
			s.dots = 0
		case '.':
			s.dots++
			if s.dots >= maxKeyParts {
				return fileErrorf(s.line, 0, "a key has more than %d dotted parts", maxKeyParts)
			}
		}
		s.i++
	}
	if s.out.wrong != nil {
		s.out.wrong.end = len(s.data)
	}
	return nil
}

// skipComment moves to the end of the line, leaving the line break.
func (s *layoutScanner) skipComment() {
	for s.i < len(s.data) && s.data[s.i] != '\n' {
		s.i++
	}
}

// skipString moves past the string that starts at s.i, counting its lines.
// A one-line string ends at the line break, as TOML ends it with an error.
func (s *layoutScanner) skipString() {
	q := s.data[s.i]
	if s.has(q, 3) {
		s.i += 3
		for s.i < len(s.data) {
			c := s.data[s.i]
			switch {
			case c == '\n':
				s.line++
			case c == '\\' && q == '"':
				s.i++
				if s.i < len(s.data) && s.data[s.i] == '\n' {
					s.line++
				}
			case s.has(q, 3):
				s.i += 3
				// Up to two more quotes belong to the text before the closing three.
				for n := 0; n < 2 && s.i < len(s.data) && s.data[s.i] == q; n++ {
					s.i++
				}
				return
			}
			s.i++
		}
		return
	}
	s.i++
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '\n':
			return
		case c == q:
			s.i++
			return
		case c == '\\' && q == '"' && s.i+1 < len(s.data) && s.data[s.i+1] != '\n':
			s.i++
		}
		s.i++
	}
}

// has reports whether n copies of c start at s.i.
func (s *layoutScanner) has(c byte, n int) bool {
	if s.i+n > len(s.data) {
		return false
	}
	for _, b := range s.data[s.i : s.i+n] {
		if b != c {
			return false
		}
	}
	return true
}

// statement records the table header or key that starts at s.i without
// moving past it; the main loop then walks the same bytes. Any header but
// [[prompt]], any key outside a [[prompt]] table and any unknown setting in
// one marks the statement wrong.
func (s *layoutScanner) statement() {
	if s.data[s.i] != '[' {
		parts, ok := readKey(s.data, s.i, '=')
		if !ok {
			return
		}
		switch s.scope {
		case scopeRoot:
			setOnce(s.out.top, parts[0], s.line)
			s.markWrong(parts[0])
		case scopeEntry:
			setOnce(s.out.entries[len(s.out.entries)-1].keys, parts[0], s.line)
			if !slices.Contains(entryKeys, parts[0]) {
				s.markWrong(parts[0])
			}
		}
		return
	}
	isArray := s.i+1 < len(s.data) && s.data[s.i+1] == '['
	start := s.i + 1
	if isArray {
		start++
	}
	parts, ok := readKey(s.data, start, ']')
	switch {
	case !ok:
		s.scope = scopeOther
	case isArray && len(parts) == 1 && parts[0] == "prompt":
		s.out.entries = append(s.out.entries, entryAt{line: s.line, keys: map[string]int{}})
		s.scope = scopeEntry
	case len(parts) > 1 && parts[0] == "prompt" && len(s.out.entries) > 0:
		// [prompt.x] opens a table inside the last prompt.
		setOnce(s.out.entries[len(s.out.entries)-1].keys, parts[1], s.line)
		s.scope = scopeOther
		s.markWrong(parts[1])
	default:
		setOnce(s.out.top, parts[0], s.line)
		s.scope = scopeOther
		s.markWrong(parts[0])
	}
}

func (s *layoutScanner) markWrong(key string) {
	if s.out.wrong == nil {
		s.out.wrong = &wrongStatement{line: s.line, key: key}
	}
}

func setOnce(m map[string]int, key string, line int) {
	if _, ok := m[key]; !ok {
		m[key] = line
	}
}
