package review

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/bench/workload"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// BenchmarkGlanceOpen times the week at a glance from opening to drawn on
// a journal of 10,000 demo interviews in a real store: its load command
// (the week summed up from the journal), the message landing and the
// first view. DEBRIEF_BENCH_JOURNAL names a journal made by bench/mkjournal
// to use (a copy of it) instead of building one.
func BenchmarkGlanceOpen(b *testing.B) {
	path := filepath.Join(b.TempDir(), "journal.db")
	if src := os.Getenv("DEBRIEF_BENCH_JOURNAL"); src != "" {
		data, err := os.ReadFile(src)
		if err == nil {
			err = os.WriteFile(path, data, 0o600)
		}
		if err != nil {
			b.Fatal(err)
		}
	} else if err := workload.BuildJournal(path, 10000); err != nil {
		b.Fatal(err)
	}
	s, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	// The app builds the follow-up index the first time it draws up the
	// agenda, and the analysis records when first read.
	if _, err := s.Agenda(journal.DateOf(workload.Now)); err != nil {
		b.Fatal(err)
	}
	if _, err := s.AnalysisInterviews(); err != nil {
		b.Fatal(err)
	}
	// records is the glance as the app opens it; whole reads every
	// interview whole, as a journal behind no practice port does.
	for _, c := range []struct {
		name    string
		records bool
	}{{"records", true}, {"whole", false}} {
		b.Run(c.name, func(b *testing.B) {
			ctx := uitest.NewContext(s)
			if c.records {
				ctx.Practice = s
			}
			ctx.Now = func() time.Time { return workload.Now }
			for b.Loop() {
				g := NewGlance(ctx)
				g.Update(g.Init()())
				if !g.loaded || g.err != "" {
					b.Fatalf("not loaded: %q", g.err)
				}
				_ = g.View()
			}
		})
	}
}
