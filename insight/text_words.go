package insight

// appendWords appends every word of s to dst, stop words included: the
// stem of a word that is not a stop word, and a stop word as it is. Topic
// phrases that need their small words ("what are you on", "no one else
// would") are matched against this sequence.
func (c *termCache) appendWords(dst []string, s string) []string {
	for i := 0; ; {
		var ok bool
		if i, ok = c.scanWord(s, i); !ok {
			return dst
		}
		if stem := c.stemOf(c.word); stem != "" {
			dst = append(dst, stem)
		} else {
			dst = append(dst, c.stopWord(c.word))
		}
	}
}

// stopWord returns the stop word w as a string, allocated once per cache.
func (c *termCache) stopWord(w []byte) string {
	if s, ok := c.stops[string(w)]; ok {
		return s
	}
	if c.stops == nil {
		c.stops = make(map[string]string)
	}
	s := string(w)
	c.stops[s] = s
	return s
}
