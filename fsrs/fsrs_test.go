package fsrs

import (
	"math"
	"testing"
)

// The worked examples below follow FSRS-5's published formulas with the
// default weights by hand, review by review, each review on the day the
// one before set.

func near(a, b float64) bool { return math.Abs(a-b) < 5e-4 }

func TestFirstReview(t *testing.T) {
	for _, c := range []struct {
		g        Grade
		s, d     float64
		interval int
	}{
		{Again, 0.40255, 7.1949, 1},
		{Hard, 1.18385, 6.4883, 1},
		{Good, 3.173, 5.2824, 3},
		{Easy, 15.69105, 3.2245, 16},
	} {
		m := Default.Review(Memory{}, 0, c.g)
		if !near(m.Stability, c.s) || !near(m.Difficulty, c.d) || Default.Interval(m.Stability) != c.interval {
			t.Errorf("first %s: %+v, interval %d; want S %.4f D %.4f, %d days", c.g, m, Default.Interval(m.Stability), c.s, c.d, c.interval)
		}
	}
}

func TestGoodAfterGood(t *testing.T) {
	m := Default.Review(Memory{}, 0, Good)
	got := []int{Default.Interval(m.Stability)}
	for range 5 {
		m = Default.Review(m, float64(got[len(got)-1]), Good)
		got = append(got, Default.Interval(m.Stability))
	}
	want := []int{3, 11, 35, 101, 269, 669}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("intervals %v, want %v", got, want)
		}
	}
	if !near(m.Stability, 669.3093) || !near(m.Difficulty, 5.2355) {
		t.Fatalf("after six goods %+v", m)
	}
}

func TestLapse(t *testing.T) {
	m := Default.Review(Memory{}, 0, Good)
	m = Default.Review(m, 3, Good)
	if !near(m.Stability, 10.7389) || !near(m.Difficulty, 5.273) || Default.Interval(m.Stability) != 11 {
		t.Fatalf("after two goods %+v", m)
	}
	m = Default.Review(m, 11, Again)
	if !near(m.Stability, 2.1858) || !near(m.Difficulty, 6.7906) || Default.Interval(m.Stability) != 2 {
		t.Fatalf("after a lapse %+v, interval %d", m, Default.Interval(m.Stability))
	}
	m = Default.Review(m, 2, Good)
	if !near(m.Stability, 6.08) || !near(m.Difficulty, 6.7742) || Default.Interval(m.Stability) != 6 {
		t.Fatalf("good after the lapse %+v", m)
	}
}

func TestHardAndEasy(t *testing.T) {
	first := Default.Review(Memory{}, 0, Good)
	hard, easy := Default.Review(first, 3, Hard), Default.Review(first, 3, Easy)
	if !near(hard.Stability, 4.9245) || !near(hard.Difficulty, 6.035) || Default.Interval(hard.Stability) != 5 {
		t.Errorf("hard %+v", hard)
	}
	if !near(easy.Stability, 25.7936) || !near(easy.Difficulty, 4.511) || Default.Interval(easy.Stability) != 26 {
		t.Errorf("easy %+v", easy)
	}
}

func TestSameDay(t *testing.T) {
	first := Default.Review(Memory{}, 0, Good)
	m := Default.Review(first, 0, Again)
	if !near(m.Stability, 1.5898) || !near(m.Difficulty, 6.7969) {
		t.Fatalf("again on the same day %+v", m)
	}
}

func TestRetrievability(t *testing.T) {
	if r := Retrievability(10, 10); !near(r, 0.9) {
		t.Errorf("R at t = S is %f", r)
	}
	if Retrievability(0, 5) != 1 || Retrievability(3, 0) != 0 {
		t.Error("R at the edges")
	}
}

func TestBounds(t *testing.T) {
	m := Memory{}
	for range 50 {
		m = Default.Review(m, float64(Default.Interval(m.Stability)), Easy)
	}
	if Default.Interval(m.Stability) != 36500 || m.Difficulty < 1 {
		t.Errorf("after many easies %+v, interval %d", m, Default.Interval(m.Stability))
	}
	m = Memory{}
	for range 50 {
		m = Default.Review(m, 1, Again)
	}
	if m.Difficulty > 10 || m.Stability < minStability || Default.Interval(m.Stability) != 1 {
		t.Errorf("after many agains %+v", m)
	}
	if got := Default.Review(Memory{}, 0, Grade(9)); got != Default.Review(Memory{}, 0, Again) {
		t.Error("an unknown grade is not read as again")
	}
	if (Scheduler{Params: DefaultParams}).Interval(3.173) != 3 {
		t.Error("a scheduler with no retention does not aim for 90%")
	}
}
