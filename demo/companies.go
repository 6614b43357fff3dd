package demo

import (
	"math/rand/v2"
	"strings"
)

// company is an invented organisation a candidate interviews with.
type company struct {
	name   string
	domain string // a reserved example domain for its people's email
	kind   companyKind
	tag    string // a sector tag such as "fintech", or ""
	// busyUntil is the last planned interview day of its latest process, so
	// that a company is not reused while a process with it is still running.
	busyUntil int
}

// companyBook hands out companies: mostly new ones, and now and then one the
// candidate has met before, since people reapply to places they liked.
type companyBook struct {
	used  []*company
	names map[string]bool // looked up only, never ranged over
}

func newCompanyBook() *companyBook {
	return &companyBook{names: make(map[string]bool)}
}

// reapplyChance is how often a process is with a company met before.
const reapplyChance = 0.07

// next returns the company for a process starting on day start.
func (b *companyBook) next(r *rand.Rand, start int) *company {
	if len(b.used) > 10 && chance(r, reapplyChance) {
		c := pick(r, b.used)
		// A company is only revisited after a pause of a few months.
		if c.busyUntil+90 < start {
			return c
		}
	}
	c := b.invent(r)
	b.used = append(b.used, c)
	return c
}

// invent makes a company with a name not used before in this journal.
func (b *companyBook) invent(r *rand.Rand) *company {
	var name, base, sector string
	for attempt := 0; ; attempt++ {
		name, base, sector = composeName(r)
		if !b.names[name] || attempt > 20 {
			break
		}
	}
	b.names[name] = true
	kind := companyKind(weighted(r, kindWeights))
	c := &company{name: name, domain: slug(base) + ".example", kind: kind, tag: sectorTag(sector), busyUntil: -1}
	return c
}

// composeName builds a company name in one of a few styles. It returns the
// name, the part of it an email domain is made from, and the sector word it
// used, if any.
func composeName(r *rand.Rand) (name, base, sector string) {
	switch style := r.IntN(10); {
	case style < 3: // Brindlewick Ltd
		base = pick(r, nameRoots) + pick(r, nameEndings)
		return base + pick(r, legalSuffixes), base, ""
	case style < 6: // Quarrystone Health
		base = pick(r, nameRoots) + pick(r, nameEndings)
		sector = pick(r, sectorWords)
		return base + " " + sector, base, sector
	case style < 8: // Copper Kettle Analytics
		base = pick(r, nameAdjectives) + " " + pick(r, nameNouns)
		sector = pick(r, sectorWords)
		return base + " " + sector, base, sector
	default: // Okafor & Lindqvist
		name = pick(r, surnames) + " & " + pick(r, surnames)
		return name, name, ""
	}
}

// slug turns a name into lower-case letters and digits for a domain or handle.
func slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, c := range s {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			b.WriteRune(c)
		case c >= 'A' && c <= 'Z':
			b.WriteRune(c + 'a' - 'A')
		}
	}
	return b.String()
}
