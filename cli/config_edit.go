package cli

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/debrief-journal/debrief/journal"
)

// The config command changes one setting of the file the user may also edit
// by hand. It rewrites only that setting's statement, found by reading the
// file statement by statement, so every other setting, comment and blank
// line stays as it was written, and a comment at the end of the changed
// line stays with it.

// configStatement is one part of a config file: a setting's statement (which
// may run over several lines) or a line that is blank or a comment.
type configStatement struct {
	key  string // "" for a blank or comment line
	text string // the lines, each with its line break
}

// splitConfig cuts a valid config file into its statements. A table header
// is an EInvalid problem naming its line: the config command edits only
// plain settings.
func splitConfig(text string) ([]configStatement, error) {
	lines := strings.SplitAfter(text, "\n")
	var out []configStatement
	for i := 0; i < len(lines); i++ {
		trimmed := strings.TrimSpace(lines[i])
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
			if lines[i] != "" {
				out = append(out, configStatement{text: lines[i]})
			}
			continue
		case strings.HasPrefix(trimmed, "["):
			return nil, fmt.Errorf("line %d: a table cannot be changed by debrief config; edit the file by hand", i+1)
		}
		// A statement ends at the first line with which it reads as TOML
		// on its own: no shorter part of a string or list does.
		var b strings.Builder
		key := ""
		for j := i; j < len(lines); j++ {
			b.WriteString(lines[j])
			var doc map[string]any
			md, err := toml.Decode(b.String(), &doc)
			if err == nil && len(md.Keys()) > 0 {
				key, i = md.Keys()[0][0], j
				break
			}
		}
		if key == "" {
			return nil, fmt.Errorf("line %d: this is not valid TOML", i+1)
		}
		out = append(out, configStatement{key: key, text: b.String()})
	}
	return out, nil
}

// trailingComment returns the comment at the end of a statement's last
// line ("# for my terminal"), or "".
func (s configStatement) trailingComment() string {
	body := strings.TrimRight(s.text, "\r\n")
	start := strings.LastIndexByte(body, '\n') + 1
	for p := start; p < len(body); p++ {
		if body[p] != '#' {
			continue
		}
		// The first # at which the statement still reads whole starts the
		// comment; a # inside a string cuts the string short.
		var doc map[string]any
		if _, err := toml.Decode(body[:p], &doc); err == nil {
			return strings.TrimSpace(body[p:])
		}
	}
	return ""
}

// editConfigText sets key to value in a config file's text, or removes
// the key when value is nil, keeping everything else as written.
func editConfigText(text, key string, value *string) (string, error) {
	parts, err := splitConfig(text)
	if err != nil {
		return "", err
	}
	eol := "\n"
	if strings.Contains(text, "\r\n") {
		eol = "\r\n"
	}
	var b strings.Builder
	written := false
	for _, p := range parts {
		if p.key != key {
			b.WriteString(p.text)
			continue
		}
		// A key written in parts (a.b = 1, a.c = 2) is replaced by its
		// first statement and the rest removed.
		if value != nil && !written {
			line := key + " = " + tomlString(*value)
			if c := p.trailingComment(); c != "" {
				line += " " + c
			}
			b.WriteString(line + eol)
		}
		written = true
	}
	if value != nil && !written {
		if b.Len() > 0 && !strings.HasSuffix(b.String(), "\n") {
			b.WriteString(eol)
		}
		b.WriteString(key + " = " + tomlString(*value) + eol)
	}
	return b.String(), nil
}

// tomlString writes s as a TOML string: one in quotes, or a multi-line
// string when s has line breaks, so a signature reads in the file as it
// reads in a message.
func tomlString(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\' || r == '"':
			b.WriteRune('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteRune('\n')
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	if strings.Contains(s, "\n") {
		return `"""` + "\n" + b.String() + `"""`
	}
	return `"` + b.String() + `"`
}

// loadConfigForEdit reads the config file at path for changing key: it
// must read cleanly apart from key's own value, which is about to be
// replaced or removed. A missing file is an empty one.
func loadConfigForEdit(path, key string) (string, error) {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", nil
	case err != nil:
		return "", fileError(journal.EInvalid, "read the config file", path, err)
	case len(data) > maxConfigBytes:
		return "", journal.Errorf(journal.EInvalid, "%s: the file is %d bytes; a config file holds a few short settings (at most %d bytes).", path, len(data), maxConfigBytes)
	}
	if _, p := parseConfigExcept(data, key); p != nil {
		e := p.toJournal(path, data)
		e.Message += " Put it right, then try again; nothing was changed."
		return "", e
	}
	return string(data), nil
}

// setConfig sets key to value in the config file at path, as 'debrief
// config set' does: the value goes through the file's own reader, so it is
// held to the same rules, and is stored as that reader keeps it. A value
// that breaks them is an EInvalid error and changes nothing.
func setConfig(path, key, value string) error {
	if strings.TrimSpace(value) == "" {
		return journal.Errorf(journal.EInvalid, "the value of %s is empty; to remove it, run: debrief config unset %s", key, key)
	}
	var c config
	if err := configKeys[key](&c, value); err != nil {
		return journal.Errorf(journal.EInvalid, "%s. Nothing was changed.", err)
	}
	value = c.value(key)
	_, err := changeConfig(path, key, &value)
	return err
}

// changeConfig sets key to value in the config file at path, or removes it
// when value is nil, and writes the file anew. The new text is read back
// before it is written: unless it holds exactly the change, nothing is
// written. It reports whether the file changed.
func changeConfig(path, key string, value *string) (bool, error) {
	old, err := loadConfigForEdit(path, key)
	if err != nil {
		return false, err
	}
	text, err := editConfigText(old, key, value)
	if err != nil {
		return false, journal.Errorf(journal.EInvalid, "%s, %s.", path, err)
	}
	if text == old {
		return false, nil
	}
	c, p := parseConfig([]byte(text))
	want := ""
	if value != nil {
		want = *value
	}
	if p != nil || c.value(key) != want {
		return false, journal.Errorf(journal.EInternal, "%s: debrief could not write %s safely into this file; change it by hand. Nothing was changed.", path, key)
	}
	return true, writeConfigFile(path, []byte(text))
}

// writeConfigFile replaces the config file through a temporary file in the
// same folder that is synced and renamed into place, so the file is never
// half written. The file is the user's alone (0600), in a folder created
// for them alone (0700). A config file that is a link (to a folder of
// dotfiles, say) stays one: the file it points to is replaced.
func writeConfigFile(path string, data []byte) error {
	target := path
	if fi, err := os.Lstat(path); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if target, err = filepath.EvalSymlinks(path); err != nil {
			return fileError(journal.EInvalid, "follow the link", path, err)
		}
	}
	dir := filepath.Dir(target)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return fileError(journal.EInternal, "create the folder", dir, err)
	}
	tmp, err := os.CreateTemp(dir, ".config-*.toml")
	if err != nil {
		return fileError(journal.EInternal, "write in", dir, err)
	}
	defer os.Remove(tmp.Name())
	err = tmp.Chmod(0o600)
	if err == nil {
		_, err = tmp.Write(data)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), target)
	}
	if err != nil {
		return fileError(journal.EInternal, "write", target, err)
	}
	if d, err := os.Open(dir); err == nil {
		// The rename lasts once the folder is on disk too; a folder that
		// cannot be synced still holds the whole new file.
		_ = d.Sync()
		d.Close()
	}
	return nil
}
