package prompts

import (
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// slot is a prompt of the set being built and what the file did to it.
type slot struct {
	p       Prompt
	from    *entry // the entry that added or changed it; nil if untouched
	added   bool   // new in the file rather than in the base set
	removed bool
	// anchor is the id the prompt was placed next to, "" for its usual place.
	anchor string
	before bool
}

// apply returns base changed by the entries meant for it.
func apply(base Set, entries []*entry) (Set, *fileError) {
	out := base.clone()
	slots := make(map[string]*slot, len(out.Prompts)+len(entries))
	baseOrder := make([]string, len(out.Prompts))
	for i, p := range out.Prompts {
		slots[p.ID] = &slot{p: p}
		baseOrder[i] = p.ID
	}
	written := make(map[string]*entry, len(entries))
	for _, e := range entries {
		if first, dup := written[e.id]; dup {
			return Set{}, e.errorf("id", "already set %s; put all its settings in one table", lineRef(first.at.line))
		}
		written[e.id] = e
		if ferr := applyEntry(base.ID, slots, e); ferr != nil {
			return Set{}, ferr
		}
	}
	if ferr := checkAnchors(base.ID, slots, entries); ferr != nil {
		return Set{}, ferr
	}
	closing := ""
	if len(baseOrder) > 0 {
		closing = baseOrder[len(baseOrder)-1]
	}
	prompts, ferr := arrange(baseOrder, entries, slots, closing)
	if ferr != nil {
		return Set{}, ferr
	}
	out.Prompts = prompts
	if ferr := checkSharedFields(out.Prompts, slots); ferr != nil {
		return Set{}, ferr
	}
	if err := out.Validate(); err != nil {
		return Set{}, &fileError{msg: journal.ErrorMessage(err), cause: err}
	}
	return out, nil
}

func lineRef(line int) string {
	if line <= 0 {
		return "earlier in the file"
	}
	return "on line " + strconv.Itoa(line)
}

func applyEntry(setID string, slots map[string]*slot, e *entry) *fileError {
	sl := slots[e.id]
	if e.remove {
		if e.changesPrompt() {
			return e.errorf("remove", "remove = true cannot be combined with other settings")
		}
		if sl == nil {
			return e.errorf("id", "the %s set has no prompt %q to remove", setID, e.id)
		}
		sl.removed = true
		return nil
	}
	if e.field != nil && *e.field != "" && setID != SetAfterInterview {
		return e.errorf("field", "only prompts of the %s set fill interview fields; leave field out here", SetAfterInterview)
	}
	if sl == nil {
		p, ferr := newPrompt(setID, e)
		if ferr != nil {
			return ferr
		}
		sl = &slot{p: p, added: true}
		slots[e.id] = sl
	} else {
		changePrompt(&sl.p, e)
	}
	sl.from = e
	if f := checkPrompt(sl.p); f != nil {
		return e.fromFault(f)
	}
	switch {
	case e.after != nil && e.before != nil:
		return e.errorf("before", "give after or before, not both")
	case e.after != nil:
		sl.anchor, sl.before = *e.after, false
	case e.before != nil:
		sl.anchor, sl.before = *e.before, true
	}
	return nil
}

// newPrompt builds a prompt the set does not have yet.
func newPrompt(setID string, e *entry) (Prompt, *fileError) {
	p := Prompt{ID: e.id}
	if e.field != nil {
		p.Field = *e.field
	}
	switch {
	case e.kind != nil:
		p.Kind = *e.kind
	case p.Field != "":
		k, ok := journal.FieldKindOf(p.Field)
		if !ok {
			return Prompt{}, e.errorf("field", "%q is not a built-in field; leave field out to keep the answer under the prompt's id", p.Field)
		}
		p.Kind = k
	default:
		return Prompt{}, e.errorf("kind", "the %s set has no prompt %q to change, and a new prompt needs a kind: one of %s", setID, e.id, kindList())
	}
	if e.title == nil || strings.TrimSpace(*e.title) == "" {
		return Prompt{}, e.errorf("title", "the %s set has no prompt %q to change, and a new prompt needs a title", setID, e.id)
	}
	changePrompt(&p, e)
	return p, nil
}

// changePrompt writes the settings the entry gives over p. A new kind drops
// the settings that belonged to the old one, unless the entry gives them.
func changePrompt(p *Prompt, e *entry) {
	if e.kind != nil && *e.kind != p.Kind {
		p.Kind = *e.kind
		p.Options, p.Default, p.Low, p.High = nil, "", "", ""
	}
	setIfGiven(&p.Title, e.title)
	setIfGiven(&p.Hint, e.hint)
	setIfGiven(&p.Field, e.field)
	setIfGiven(&p.Default, e.def)
	setIfGiven(&p.Low, e.low)
	setIfGiven(&p.High, e.high)
	if e.options != nil {
		p.Options = append([]string(nil), (*e.options)...)
	}
}

func setIfGiven(dst *string, v *string) {
	if v != nil {
		*dst = *v
	}
}

// checkAnchors makes sure every after and before names a prompt that stays.
func checkAnchors(setID string, slots map[string]*slot, entries []*entry) *fileError {
	for _, e := range entries {
		sl := slots[e.id]
		if e.remove || sl == nil || sl.from != e || sl.anchor == "" && e.after == nil && e.before == nil {
			continue
		}
		key := "after"
		if sl.before {
			key = "before"
		}
		target, ok := slots[sl.anchor]
		switch {
		case sl.anchor == "":
			return e.errorf(key, "%s needs the id of another prompt", key)
		case sl.anchor == e.id:
			return e.errorf(key, "a prompt cannot be placed next to itself")
		case !ok:
			return e.errorf(key, "the %s set has no prompt %q to place this one next to", setID, sl.anchor)
		case target.removed:
			return e.errorf(key, "the prompt %q is removed by this file, so nothing can be placed next to it", sl.anchor)
		}
	}
	return nil
}

// checkSharedFields refuses two prompts filling one interview field, which
// would make one answer silently overwrite the other.
func checkSharedFields(prompts []Prompt, slots map[string]*slot) *fileError {
	owner := make(map[string]string)
	for _, p := range prompts {
		if p.Field == "" {
			continue
		}
		other, taken := owner[p.Field]
		if !taken {
			owner[p.Field] = p.ID
			continue
		}
		e := slots[p.ID].from
		if e == nil {
			e = slots[other].from
			other = p.ID
		}
		if e != nil {
			return e.errorf("field", "the prompt %q already fills the field %q", other, p.Field)
		}
	}
	return nil
}
