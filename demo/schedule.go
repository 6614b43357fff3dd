package demo

// scheduled is a planned interview waiting for its turn to be emitted.
type scheduled struct {
	day   int
	seq   int // order of planning, which breaks ties between equal days
	proc  *process
	index int // which of the process's stages
}

// before reports whether a comes first in the journal.
func (a scheduled) before(b scheduled) bool {
	if a.day != b.day {
		return a.day < b.day
	}
	return a.seq < b.seq
}

// schedule is a min-heap of planned interviews ordered by day. Only the
// processes still running sit in it, so it stays small however long the
// journal is.
type schedule []scheduled

func (h *schedule) push(s scheduled) {
	*h = append(*h, s)
	q := *h
	for i := len(q) - 1; i > 0; {
		parent := (i - 1) / 2
		if !q[i].before(q[parent]) {
			break
		}
		q[i], q[parent] = q[parent], q[i]
		i = parent
	}
}

func (h *schedule) pop() scheduled {
	q := *h
	top := q[0]
	last := len(q) - 1
	q[0] = q[last]
	q[last] = scheduled{} // drop the process pointer so it can be freed
	q = q[:last]
	for i := 0; ; {
		smallest, l, r := i, 2*i+1, 2*i+2
		if l < len(q) && q[l].before(q[smallest]) {
			smallest = l
		}
		if r < len(q) && q[r].before(q[smallest]) {
			smallest = r
		}
		if smallest == i {
			break
		}
		q[i], q[smallest] = q[smallest], q[i]
		i = smallest
	}
	*h = q
	return top
}

// peek returns the earliest planned interview; the schedule must not be empty.
func (h schedule) peek() scheduled { return h[0] }
