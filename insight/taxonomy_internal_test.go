package insight

import (
	"strings"
	"testing"
)

// TestTaxonomiesCompile checks the definitions themselves: a word that the
// stemmer or the stop-word list swallows, or a phrase that shrinks to a
// single word, would silently change what the taxonomy matches.
func TestTaxonomiesCompile(t *testing.T) {
	tc := newTermCache()
	for name, defs := range map[string][]topicDef{"curveball": curveballTopics(), "lesson": lessonTopics()} {
		keys := make(map[string]bool)
		for _, d := range defs {
			if d.key == "" || d.label == "" || keys[d.key] {
				t.Errorf("%s topic %q: missing or repeated key or label", name, d.key)
			}
			keys[d.key] = true
			for _, field := range strings.Fields(d.words) {
				word, weight := splitWeight(field, topicStrong)
				if n := len(tc.terms(word)); n != 1 {
					t.Errorf("%s topic %q: word %q gives %d terms, want 1", name, d.key, word, n)
				}
				if weight == 0 || weight < -3*topicStrong || weight > topicStrong {
					t.Errorf("%s topic %q: word %q has weight %d", name, d.key, word, weight)
				}
			}
			for _, p := range strings.Split(d.phrases, "|") {
				text, _ := splitWeight(p, topicPhrase)
				if n := max(len(tc.terms(text)), len(tc.appendWords(nil, text))); n < 2 {
					t.Errorf("%s topic %q: phrase %q gives %d terms, want at least 2", name, d.key, text, n)
				}
			}
			for _, n := range strings.Split(d.names, "|") {
				if tagKey(tc, n) == "" {
					t.Errorf("%s topic %q: name %q is only stop words", name, d.key, n)
				}
			}
		}
	}
}
