package insight_test

import (
	"testing"

	"github.com/debrief-journal/debrief/insight"
)

func TestStem(t *testing.T) {
	t.Run("Conflates", func(t *testing.T) {
		// Each group must reduce to one stem: these are the forms a journal
		// uses for one idea on different days.
		groups := [][]string{
			{"salary", "salaries", "Salary"},
			{"expect", "expects", "expected", "expecting", "expectation", "expectations"},
			{"compensate", "compensation", "compensated", "compensating"},
			{"weakness", "weaknesses"},
			{"fail", "fails", "failed", "failing", "failure", "failures"},
			{"lead", "leads", "leading", "led", "leader", "leadership"},
			{"rush", "rushed", "rushing", "rushes"},
			{"prioritise", "prioritize", "prioritised", "prioritizing"},
			{"practise", "practice", "practised", "practicing"},
			{"behaviour", "behavior", "behavioural", "behavioral"},
			{"hope", "hoping", "hoped"},
			{"make", "making", "made"},
			{"pay", "paid", "pays"},
			{"cv", "resume", "résumé"},
			{"relate", "related", "relationship", "relationships"},
			{"intern", "internship", "interns"},
		}
		for _, g := range groups {
			want := insight.Stem(g[0])
			for _, w := range g[1:] {
				if got := insight.Stem(w); got != want {
					t.Errorf("Stem(%q) = %q, want %q like Stem(%q)", w, got, want, g[0])
				}
			}
		}
	})
	t.Run("KeepsApart", func(t *testing.T) {
		// Different ideas must not collapse into one stem.
		pairs := [][2]string{
			{"salary", "sale"}, {"team", "time"}, {"lead", "leave"}, {"fail", "file"},
			{"pause", "pass"}, {"weak", "week"}, {"hardship", "hard"},
		}
		for _, p := range pairs {
			if a, b := insight.Stem(p[0]), insight.Stem(p[1]); a == b {
				t.Errorf("Stem(%q) and Stem(%q) are both %q", p[0], p[1], a)
			}
		}
	})
	t.Run("PorterSteps", func(t *testing.T) {
		// Classic examples of each step of the algorithm.
		cases := map[string]string{
			"caresses": "caress", "ponies": "poni", "cats": "cat",
			"agreed": "agre", "plastered": "plaster", "motoring": "motor",
			"hopping": "hop", "falling": "fall", "filing": "file", "happy": "happi",
			"relational": "relat", "conditional": "condit", "rational": "ration",
			"valenci": "valenc", "digitizer": "digit", "operator": "oper",
			"triplicate": "triplic", "formative": "form", "hopefulness": "hope",
			"goodness": "good", "revival": "reviv", "allowance": "allow",
			"adjustment": "adjust", "adoption": "adopt", "controll": "control",
			"generalization": "gener", "oscillators": "oscil",
		}
		for in, want := range cases {
			if got := insight.Stem(in); got != want {
				t.Errorf("Stem(%q) = %q, want %q", in, got, want)
			}
		}
	})
	t.Run("LeavesOthersAlone", func(t *testing.T) {
		for in, want := range map[string]string{"": "", "go": "go", "c++": "c++", "naïve": "naïve", "Kafka": "kafka"} {
			if got := insight.Stem(in); got != want {
				t.Errorf("Stem(%q) = %q, want %q", in, got, want)
			}
		}
	})
}
