package store

// slab hands out short slices of one large block, so that thousands of
// small lists cost a few allocations. Each slice is capped at its length:
// appending to one never writes into the next. A zero slab allocates each
// slice on its own until grow is set.
type slab[T any] struct {
	block []T
	grow  int // the size of a new block; 0 allocates each slice alone
}

// take returns a slice of n zero values.
func (s *slab[T]) take(n int) []T {
	if n > cap(s.block)-len(s.block) {
		if s.grow == 0 || n > s.grow/4 {
			return make([]T, n)
		}
		s.block = make([]T, 0, s.grow)
	}
	start := len(s.block)
	s.block = s.block[:start+n]
	return s.block[start : start+n : start+n]
}

// one returns a pointer to a new zero value.
func (s *slab[T]) one() *T { return &s.take(1)[0] }
