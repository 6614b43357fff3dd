package journal

import "strings"

// ParsePerson reads a person written on one line as "name, title, contact".
// The contact may itself hold commas; the title may be left out.
func ParsePerson(line string) Person {
	parts := strings.SplitN(line, ",", 3)
	p := Person{Name: strings.TrimSpace(parts[0])}
	if len(parts) > 1 {
		p.Title = strings.TrimSpace(parts[1])
	}
	if len(parts) > 2 {
		p.Contact = strings.TrimSpace(parts[2])
	}
	return p
}

// Line writes the person as ParsePerson reads it, dropping empty trailing
// parts.
func (p Person) Line() string {
	parts := []string{p.Name, p.Title, p.Contact}
	for len(parts) > 1 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return strings.Join(parts, ", ")
}
