package insight_test

import (
	"testing"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

func TestAnalyzeFunnel(t *testing.T) {
	// The outcomes planted at each stage.
	plan := []insight.StageFunnel{
		{Stage: journal.StageScreen, Total: 10, Advanced: 4, Rejected: 3, Pending: 1, Silent: 2},
		{Stage: journal.StageFirst, Total: 9, Advanced: 3, Rejected: 6},
		{Stage: journal.StageFinal, Total: 4, Advanced: 1, Rejected: 1, Pending: 1, Withdrew: 1},
		{Stage: "", Total: 2, Silent: 2},
	}
	var ivs []*journal.Interview
	add := func(stage journal.Stage, status journal.Status, n int) {
		for range n {
			ivs = append(ivs, &journal.Interview{ID: uint64(len(ivs) + 1), Date: day(len(ivs)), Stage: stage, Outcome: journal.Outcome{Status: status}})
		}
	}
	for _, f := range plan {
		// Advanced is split between next rounds and offers, pending between
		// a recorded status and none.
		add(f.Stage, journal.StatusNextRound, f.Advanced/2)
		add(f.Stage, journal.StatusOffer, f.Advanced-f.Advanced/2)
		add(f.Stage, journal.StatusRejected, f.Rejected)
		add(f.Stage, journal.StatusPending, f.Pending/2)
		add(f.Stage, "", f.Pending-f.Pending/2)
		add(f.Stage, journal.StatusNoResponse, f.Silent)
		add(f.Stage, journal.StatusWithdrew, f.Withdrew)
	}
	p := insight.Analyze(ivs)
	if len(p.Funnel) != len(plan) {
		t.Fatalf("funnel has %d stages, want %d: %+v", len(p.Funnel), len(plan), p.Funnel)
	}
	for i, want := range plan {
		got := p.Funnel[i]
		want.Label = got.Label
		if got != want {
			t.Errorf("stage %d = %+v, want %+v", i, got, want)
		}
		if got.Label == "" {
			t.Errorf("stage %q has no label", got.Stage)
		}
	}
	stop, ok := p.UsualStop()
	if !ok || stop.Stage != journal.StageFirst {
		t.Errorf("UsualStop = %q, %v; want the first round, where 6 stopped", stop.Stage, ok)
	}
	if r := p.Funnel[0].AdvanceRate(); r != 4.0/9 {
		t.Errorf("screen advance rate = %v, want 4/9", r)
	}
}

func TestAnalyzeAdvancing(t *testing.T) {
	var ivs []*journal.Interview
	add := func(status journal.Status, authenticity, nerves journal.Rating, n int) {
		for range n {
			ivs = append(ivs, &journal.Interview{ID: uint64(len(ivs) + 1), Date: day(len(ivs)),
				Outcome: journal.Outcome{Status: status}, Authenticity: authenticity, Nerves: nerves})
		}
	}
	add(journal.StatusOffer, 5, 2, 2)
	add(journal.StatusNextRound, 4, 0, 3)
	add(journal.StatusRejected, 2, 4, 4)
	add(journal.StatusNoResponse, 3, 0, 2)
	add(journal.StatusPending, 1, 1, 5)  // undecided: on neither side
	add(journal.StatusWithdrew, 1, 1, 3) // the candidate's choice: on neither side
	contrasts := map[string]insight.RatingContrast{}
	for _, c := range insight.Analyze(ivs).Advancing {
		contrasts[c.Rating] = c
	}
	a := contrasts[insight.RatingAuthenticity]
	if a.AdvancedN != 5 || a.NotAdvancedN != 6 || a.Advanced != 4.4 || a.NotAdvanced != 14.0/6 || !a.Claim {
		t.Errorf("authenticity = %+v, want 4.4 over 5 against 2.33 over 6, claimed", a)
	}
	if a.Delta <= 0 {
		t.Errorf("authenticity delta = %v, want positive", a.Delta)
	}
	n := contrasts[insight.RatingNerves]
	if n.AdvancedN != 2 || n.NotAdvancedN != 4 || n.Claim {
		t.Errorf("nerves = %+v, want 2 against 4 and no claim with fewer than %d a side", n, insight.MinComparable)
	}
	if m := contrasts[insight.RatingMoodBefore]; m.Claim || m.AdvancedN != 0 || m.Delta != 0 {
		t.Errorf("mood before = %+v, want nothing without ratings", m)
	}
}

// TestFunnelRowsAddUp: every interview of a stage is in exactly one of the
// outcomes a row shows, withdrawals included, whatever its status says.
func TestFunnelRowsAddUp(t *testing.T) {
	statuses := append([]journal.Status{"", "accepted_elsewhere"}, journal.Statuses...)
	stages := append([]journal.Stage{"", "assessment_centre"}, journal.Stages...)
	var ivs []*journal.Interview
	for i := range 500 {
		ivs = append(ivs, &journal.Interview{ID: uint64(i + 1), Date: day(i % 90),
			Stage: stages[(i*7)%len(stages)], Outcome: journal.Outcome{Status: statuses[(i*3)%len(statuses)]}})
	}
	p := insight.AnalyzeAt(ivs, clockAt(day(100)))
	total, withdrew := 0, 0
	for _, f := range p.Funnel {
		sum := 0
		labels := map[string]bool{}
		for _, o := range f.Outcomes() {
			sum += o.Count
			labels[o.Label] = true
			if o.Label == "withdrew" {
				withdrew += o.Count
			}
		}
		if sum != f.Total {
			t.Errorf("stage %q: outcomes add up to %d, total is %d: %+v", f.Label, sum, f.Total, f.Outcomes())
		}
		if !labels["withdrew"] {
			t.Errorf("stage %q shows no withdrawals: %+v", f.Label, f.Outcomes())
		}
		total += f.Total
	}
	if total != len(ivs) {
		t.Errorf("the stages hold %d interviews, want %d", total, len(ivs))
	}
	if withdrew == 0 {
		t.Error("no withdrawal counted; the journal has some")
	}
}

// TestAdvancingClaimsOnlyWhatStandsOut: enough interviews on each side,
// but ratings so scattered that a small difference between the sides says
// nothing.
func TestAdvancingClaimsOnlyWhatStandsOut(t *testing.T) {
	var ivs []*journal.Interview
	for i := range 40 {
		status := journal.StatusRejected
		if i%2 == 0 {
			status = journal.StatusOffer
		}
		// Both sides swing between 1 and 5; the offers average a little
		// higher only because of where the swing starts.
		r := journal.Rating(1 + (i/2)%5)
		if status == journal.StatusOffer && i%10 == 0 {
			r = 5
		}
		ivs = append(ivs, &journal.Interview{ID: uint64(i + 1), Date: day(i), Outcome: journal.Outcome{Status: status}, Authenticity: r})
	}
	for _, c := range insight.AnalyzeAt(ivs, clockAt(day(100))).Advancing {
		if c.Rating == insight.RatingAuthenticity {
			if c.AdvancedN != 20 || c.NotAdvancedN != 20 || c.Delta <= 0 {
				t.Fatalf("authenticity = %+v, want 20 a side and a small positive difference", c)
			}
			if c.Claim {
				t.Errorf("claimed %+.2f from scattered ratings: %+v", c.Delta, c)
			}
		}
	}
}
