package demo

import (
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// mention supplies the names a sentence of the banks may refer to.
type mention struct {
	company, person string
}

// fill replaces the placeholders of a bank sentence.
func (m mention) fill(s string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	s = strings.ReplaceAll(s, "{company}", m.company)
	return strings.ReplaceAll(s, "{person}", m.person)
}

// items picks count distinct sentences from the given banks.
func (m mention) items(r *rand.Rand, count int, banks ...[]string) []string {
	if count == 0 {
		return nil
	}
	total := 0
	for _, b := range banks {
		total += len(b)
	}
	out := make([]string, 0, count)
	for attempt := 0; len(out) < count && attempt < 4*count; attempt++ {
		i := r.IntN(total)
		var s string
		for _, b := range banks {
			if i < len(b) {
				s = b[i]
				break
			}
			i -= len(b)
		}
		if s = m.fill(s); !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// tone is how an interview felt afterwards.
type tone int

// The tones of a reflection.
const (
	toneRough tone = iota
	toneMixed
	toneGood
)

// toneOf reads the tone from the mood afterwards, or from authenticity when
// the mood was not rated.
func toneOf(rt ratings) tone {
	v := rt.moodAfter
	if v == 0 {
		v = rt.authenticity
	}
	switch {
	case v == 0 || v == 3:
		return toneMixed
	case v >= 4:
		return toneGood
	}
	return toneRough
}

// firstImpression describes how the start of the interview went.
func (m mention) firstImpression(r *rand.Rand, t tone) string {
	banks := [...][]string{toneRough: impressionRough, toneMixed: impressionMixed, toneGood: impressionGood}
	return m.fill(pick(r, banks[t]))
}

// fit assembles a view of whether the job suits the candidate.
func (m mention) fit(r *rand.Rand) string {
	opener, observation := pick(r, fitOpeners), pick(r, fitObservations)
	if opener == "" {
		observation = strings.ToUpper(observation[:1]) + observation[1:]
	}
	return m.fill(opener + observation + pick(r, fitVerdicts))
}

// authenticityWhy explains the authenticity rating in a sentence that
// matches it.
func (m mention) authenticityWhy(r *rand.Rand, a journal.Rating) string {
	switch {
	case a <= 2:
		return m.fill(pick(r, authenticityLow))
	case a == 3:
		return m.fill(pick(r, authenticityMid))
	}
	return m.fill(pick(r, authenticityHigh))
}
