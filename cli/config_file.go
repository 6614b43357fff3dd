package cli

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/remind"
)

// config is what the user's config file sets. A field left empty was not
// set, so the command's own default applies.
type config struct {
	theme theme
	// name and signature sign the drafted messages (see journal.Sender).
	name, signature string
	// remindAt is the time of day, "HH:MM", of the daily reminder and of
	// the alarms in the follow-ups' calendar.
	remindAt string
}

// sender is who signs the drafted messages, as the config file says.
func (c config) sender() journal.Sender {
	return journal.Sender{Name: c.name, Signature: c.signature}
}

// value returns a setting's value as the file holds it, "" when not set.
func (c config) value(key string) string {
	switch key {
	case "theme":
		return string(c.theme)
	case "name":
		return c.name
	case "signature":
		return c.signature
	case "remind_at":
		return c.remindAt
	}
	return ""
}

// configKeys are the keys the config file may hold, each with what reads
// its value. A reader gets the value as the TOML decoder produced it and
// returns a problem written for the user, which the caller places on the
// key's line.
var configKeys = map[string]func(c *config, value any) error{
	"theme": func(c *config, value any) error {
		s, err := configText("theme", value, `"dark"`)
		if err != nil {
			return err
		}
		t, ok := parseTheme(s)
		if !ok {
			return fmt.Errorf("%q is not a theme; use light, dark or auto", s)
		}
		c.theme = t
		return nil
	},
	"name": func(c *config, value any) error {
		s, err := configText("name", value, `"Ada Lovelace"`)
		if err != nil {
			return err
		}
		if err := (journal.Sender{Name: s}).Validate(); err != nil {
			return errors.New(journal.ErrorMessage(err))
		}
		c.name = strings.TrimSpace(s)
		return nil
	},
	"signature": func(c *config, value any) error {
		s, err := configText("signature", value, `"Engineer, Analytical Engines"`)
		if err != nil {
			return err
		}
		if err := (journal.Sender{Signature: s}).Validate(); err != nil {
			return errors.New(journal.ErrorMessage(err))
		}
		c.signature = strings.Trim(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
		return nil
	},
	"remind_at": func(c *config, value any) error {
		s, err := configText("remind_at", value, `"09:00"`)
		if err != nil {
			return err
		}
		h, m, err := remind.ParseClock(s)
		if err != nil {
			return err
		}
		c.remindAt = fmt.Sprintf("%02d:%02d", h, m)
		return nil
	},
}

// defaultRemindAt is the time of the reminder and the calendar's alarms
// when the config file sets none.
const defaultRemindAt = "09:00"

// reminderTime returns the hour and minute the config file sets for
// reminders, or those of defaultRemindAt.
func (c config) reminderTime() (hour, minute int) {
	at := c.remindAt
	if at == "" {
		at = defaultRemindAt
	}
	hour, minute, _ = remind.ParseClock(at)
	return hour, minute
}

// maxConfigBytes bounds the config file: it holds a few short settings.
const maxConfigBytes = 64 << 10

// configPath is the user's config file, $XDG_CONFIG_HOME/debrief/config.toml.
func configPath(env Env) string { return filepath.Join(configDirOf(env), "config.toml") }

// readConfig reads the config file at path. A missing file is no settings.
// Anything wrong with the file is an EInvalid error naming the file, and the
// line when there is one.
func readConfig(path string) (config, error) { return readConfigExcept(path, "") }

// readConfigExcept is readConfig without reading the setting named skip,
// for a setting chosen elsewhere (the theme given by --theme or
// DEBRIEF_THEME), so that a mistake in its value does not stand in the way.
// The file must still be valid TOML, and its other settings right.
func readConfigExcept(path, skip string) (config, error) {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return config{}, nil
	case err != nil:
		return config{}, fileError(journal.EInvalid, "read the config file", path, err)
	case len(data) > maxConfigBytes:
		return config{}, journal.Errorf(journal.EInvalid, "%s: the file is %d bytes; a config file holds a few short settings (at most %d bytes).", path, len(data), maxConfigBytes)
	}
	c, p := parseConfigExcept(data, skip)
	if p != nil {
		return config{}, p.toJournal(path, data)
	}
	return c, nil
}

// configProblem is what is wrong with a config file, and where.
type configProblem struct {
	msg   string
	at    toml.Position // zero when unknown
	cause error         // kept for logs, never shown
}

// parseConfig reads the settings in data, in the order they are written,
// stopping at the first problem.
func parseConfig(data []byte) (config, *configProblem) { return parseConfigExcept(data, "") }

// parseConfigExcept is parseConfig without reading the setting named skip,
// so that a bad value can be replaced or removed by the config command.
func parseConfigExcept(data []byte, skip string) (config, *configProblem) {
	var doc map[string]toml.Primitive
	md, err := toml.Decode(string(data), &doc)
	if err != nil {
		p := &configProblem{msg: "this is not valid TOML", cause: err}
		var perr toml.ParseError
		if errors.As(err, &perr) {
			p.msg += ": " + strings.TrimSuffix(perr.Message, ".")
			p.at = perr.Position
		}
		return config{}, p
	}
	var c config
	seen := map[string]bool{}
	for _, key := range md.Keys() {
		// Each setting is a key of its own; a table or a dotted key is
		// judged by its first part, once.
		name := key[0]
		if seen[name] {
			continue
		}
		seen[name] = true
		if name == skip {
			continue
		}
		read, known := configKeys[name]
		if !known {
			read = func(*config, any) error {
				return fmt.Errorf("unknown setting %q; the settings are %s", name, configKeyList())
			}
		}
		// Reading the value through the decoder makes it report the key's
		// position with the problem.
		var problem error
		err := md.PrimitiveDecode(doc[name], configValue(func(v any) error {
			problem = read(&c, v)
			return problem
		}))
		if problem != nil {
			p := &configProblem{msg: problem.Error()}
			var perr toml.ParseError
			if errors.As(err, &perr) {
				p.at = perr.Position
			}
			if p.at.Line == 0 {
				// A dotted key (a.b = 1) has a place only in full.
				p.at = positionOf(md, doc, key)
			}
			return config{}, p
		}
	}
	return c, nil
}

// positionOf returns where the decoder found key, a path of table names
// ending with a key, or the zero position.
func positionOf(md toml.MetaData, doc map[string]toml.Primitive, key toml.Key) toml.Position {
	p := doc[key[0]]
	for _, part := range key[1:] {
		var table map[string]toml.Primitive
		if md.PrimitiveDecode(p, &table) != nil {
			return toml.Position{}
		}
		var ok bool
		if p, ok = table[part]; !ok {
			return toml.Position{}
		}
	}
	var perr toml.ParseError
	if errors.As(md.PrimitiveDecode(p, configValue(func(any) error { return errors.New("placed") })), &perr) {
		return perr.Position
	}
	return toml.Position{}
}

// configValue lets a function read a value through the TOML decoder.
type configValue func(any) error

// UnmarshalTOML hands the decoded value to the function.
func (f configValue) UnmarshalTOML(v any) error { return f(v) }

// configText returns a setting's value when it is text, or a problem
// showing how to write it.
func configText(key string, value any, example string) (string, error) {
	s, ok := value.(string)
	if !ok {
		return "", fmt.Errorf("%s must be text in quotes, such as %s = %s", key, key, example)
	}
	return s, nil
}

// configKeyList names the known settings in order.
func configKeyList() string {
	names := slices.Sorted(maps.Keys(configKeys))
	return strings.Join(names, ", ")
}

// toJournal turns the problem into the error shown to the user, naming the
// file and the line.
func (p *configProblem) toJournal(path string, data []byte) *journal.Error {
	line := p.at.Line
	if at := p.at.Start; at > 0 && at < len(data) {
		// The decoder counts a line break it stopped at as the next line;
		// the byte offset is exact.
		line = 1 + bytes.Count(data[:at], []byte("\n"))
	}
	where := path
	if line > 0 {
		where = fmt.Sprintf("%s, line %d", path, line)
	}
	return &journal.Error{Code: journal.EInvalid, Message: where + ": " + p.msg + ".", Err: p.cause}
}
