package insight

import "strings"

// genericWords are words that interview questions and lessons use whatever
// they are about ("tell me about a time", "next time I should"). They are
// not stop words in English, but two texts sharing them share nothing worth
// grouping on, so the grouping of texts ignores them.
const genericWords = "tell describe explain give example examples time times situation talk walk share " +
	"discuss handle handled approach experience work worked working job jobs role company project projects " +
	"question questions answer answers answering happen happened thing things something way ways make take " +
	"go know want need feel say said kind type best good great better bad current currently recent recently " +
	"last year years day days interview interviews interviewer interviewers why use used using able lot lots " +
	"many new next first get see look try tried help people person always never sure remember instead " +
	"especially bit okay point myself yourself like think would could maybe again still enough read learn"

// genericTerms returns the stems of genericWords as a set.
func genericTerms(tc *termCache) map[string]bool {
	set := make(map[string]bool)
	for _, w := range strings.Fields(genericWords) {
		for _, t := range tc.terms(w) {
			set[t] = true
		}
	}
	return set
}
