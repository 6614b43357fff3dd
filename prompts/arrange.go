package prompts

// arrange puts the prompts in their final order. Built-in prompts keep their
// order; a prompt with after or before goes next to its anchor, several on
// one anchor in file order; a new prompt with neither goes just before
// closing (the last prompt of the base set), or at the end when closing is
// gone. It fails on placements that go round in a circle.
func arrange(baseOrder []string, entries []*entry, slots map[string]*slot, closing string) ([]Prompt, *fileError) {
	var roots []string
	for _, id := range baseOrder {
		if sl := slots[id]; !sl.removed && sl.anchor == "" {
			roots = append(roots, id)
		}
	}
	closingStays := closing != "" && !slots[closing].removed
	before := make(map[string][]string)
	after := make(map[string][]string)
	for _, e := range entries {
		sl := slots[e.id]
		if sl.removed || sl.from != e {
			continue
		}
		switch {
		case sl.anchor != "" && sl.before:
			before[sl.anchor] = append(before[sl.anchor], e.id)
		case sl.anchor != "":
			after[sl.anchor] = append(after[sl.anchor], e.id)
		case sl.added && closingStays:
			before[closing] = append(before[closing], e.id)
		case sl.added:
			roots = append(roots, e.id)
		}
	}
	out := make([]Prompt, 0, len(slots))
	placed := make(map[string]bool, len(slots))
	var place func(id string)
	place = func(id string) {
		if placed[id] {
			return
		}
		placed[id] = true
		for _, b := range before[id] {
			place(b)
		}
		out = append(out, slots[id].p)
		for _, a := range after[id] {
			place(a)
		}
	}
	for _, id := range roots {
		place(id)
	}
	for _, e := range entries {
		if sl := slots[e.id]; !sl.removed && !placed[e.id] {
			key := "after"
			if sl.before {
				key = "before"
			}
			return nil, e.errorf(key, "placing it next to %q goes round in a circle", sl.anchor)
		}
	}
	return out, nil
}
