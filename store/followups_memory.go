package store

import "github.com/debrief-journal/debrief/journal"

// planningMemory is room to decode planning copies into: the copies, the
// list of them, and a decoder (with its blocks of lists) for each
// goroutine. What was decoded into it is valid until it is used again.
type planningMemory struct {
	copies   []journal.Interview
	list     []*journal.Interview
	decoders []planningDecoder
}

// make returns room for n copies and their list, with a rewound decoder
// for each of workers goroutines.
func (m *planningMemory) make(n, workers int) ([]journal.Interview, []*journal.Interview) {
	if cap(m.copies) < n {
		m.copies, m.list = make([]journal.Interview, n), make([]*journal.Interview, n)
	}
	for len(m.decoders) < workers {
		m.decoders = append(m.decoders, planningDecoder{})
	}
	for i := range m.decoders {
		m.decoders[i].rewind()
	}
	return m.copies[:n], m.list[:n]
}

// reusedPlanningMemory returns the room keepPlanningMemory kept, or new
// room when none is kept (the first agenda, or one drawn up while another
// is).
func (s *Store) reusedPlanningMemory() *planningMemory {
	if m := s.planning.Swap(nil); m != nil {
		return m
	}
	return &planningMemory{}
}

// keepPlanningMemory keeps m for the next agenda, once nothing decoded
// into it is used any more. Room for a journal's worth of copies is kept
// however large, for as long as the Store: the next agenda of the same
// journal needs as much.
func (s *Store) keepPlanningMemory(m *planningMemory) { s.planning.Store(m) }
