package query_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/query"
)

func TestTextIndex(t *testing.T) {
	ivs := demo.Generate(300, 11, time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC))
	texts := make([]string, len(ivs))
	for i := range ivs {
		texts[i] = ivs[i].SearchText()
	}
	texts = append(texts, "café crème, naïve résumé", "", "on-call  rota; 10:30")
	ix := query.NewTextIndex(texts[:len(texts)/2])
	for _, tx := range texts[len(texts)/2:] {
		ix.Add(tx) // documents added later are found as well
	}
	if ix.Len() != len(texts) {
		t.Fatalf("%d documents, want %d", ix.Len(), len(texts))
	}
	r := rand.New(rand.NewPCG(3, 4))
	probes := []string{"é", "crème", "rème", "on-call", "-call", "10:30", ":", "a", "zzzz", "salary range", "sal"}
	for range 300 {
		tx := texts[r.IntN(len(texts))]
		if len(tx) < 10 {
			continue
		}
		at := r.IntN(len(tx) - 8)
		probes = append(probes, tx[at:at+1+r.IntN(8)])
	}
	for _, p := range probes {
		docs, exact := ix.Holding(p)
		for d, tx := range texts {
			holds := strings.Contains(tx, p)
			found := docs == nil || query.HasDoc(docs, int32(d))
			if holds && !found {
				t.Fatalf("%q: document %d holds it but was not found", p, d)
			}
			if exact && found && !holds {
				t.Fatalf("%q: exact, but document %d does not hold it", p, d)
			}
		}
	}
}
