package patterns

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// maxThemeItems is how many curveballs of a theme the report quotes; the
// rest are counted.
const maxThemeItems = 3

// Report writes the patterns of a journal as text wrapped to width.
// With plain styles (PlainStyles) it has no escape sequences, for pipes and
// NO_COLOR.
func Report(p insight.Patterns, width int, st kit.Styles) string {
	r := reportWriter{st: st, width: max(30, width)}
	if p.Interviews == 0 {
		r.para("No interviews yet. Patterns appear once a few reflections are written.")
		return r.String()
	}
	r.para(fmt.Sprintf("Across %s.", kit.Plural(p.Interviews, "interview")))
	r.themes(p.Themes)
	r.lessons(p.Lessons)
	r.trends(p.Trends)
	r.funnel(p)
	r.advancing(p.Advancing)
	r.followThrough(p.FollowThrough)
	return r.String()
}

type reportWriter struct {
	strings.Builder
	st    kit.Styles
	width int
}

func (r *reportWriter) heading(s string) {
	r.WriteString("\n" + r.st.Heading.Render(s) + "\n")
}

func (r *reportWriter) para(s string) {
	r.WriteString(ansi.Wrap(s, r.width, "") + "\n")
}

func (r *reportWriter) item(s string) { r.WriteString(kit.Bullet(s, r.width) + "\n") }

func (r *reportWriter) quote(label, s string) {
	if s == "" {
		return
	}
	rest := strings.Repeat(" ", 7+len(label))
	r.WriteString(kit.Hang(safetext.Line(s), r.width, "      "+r.st.Faint.Render(label)+" ", rest) + "\n")
}

func (r *reportWriter) themes(themes []insight.Theme) {
	r.heading("Questions that keep coming up")
	if len(themes) == 0 {
		r.para("No curveball topic has come up twice yet.")
		return
	}
	for _, t := range themes {
		r.item(fmt.Sprintf("%s: %s", r.st.Accent.Render(safetext.Line(t.Label)), timesIn(t.Count)))
		// The latest answers are the ones worth preparing from.
		shown := t.Items[max(0, len(t.Items)-maxThemeItems):]
		for i := len(shown) - 1; i >= 0; i-- {
			it := shown[i]
			r.quote("Q", fmt.Sprintf("%s (%s, %s)", it.Question, it.Company, it.Date))
			r.quote("you said", it.Answer)
			r.quote("next time", it.BetterAnswer)
		}
		if more := len(t.Items) - len(shown); more > 0 {
			r.WriteString("      " + r.st.Faint.Render(fmt.Sprintf("…and %d earlier questions", more)) + "\n")
		}
	}
}

func (r *reportWriter) lessons(lessons []insight.Lesson) {
	r.heading("Lessons you keep writing down")
	if len(lessons) == 0 {
		r.para("No lesson repeats yet.")
		return
	}
	for _, l := range lessons {
		line := fmt.Sprintf("%s: %s, first %s, last %s", r.st.Accent.Render("“"+safetext.Line(l.Label)+"”"), timesIn(l.Count), l.First, l.Last)
		if len(l.Wordings) > 1 {
			line += fmt.Sprintf(" (%d wordings)", len(l.Wordings))
		}
		r.item(line)
		var moved []string
		for _, s := range l.Shifts {
			if s.Claim && (s.Delta >= 0.3 || s.Delta <= -0.3) {
				moved = append(moved, fmt.Sprintf("%s %+.1f", strings.ToLower(s.Label), s.Delta))
			}
		}
		if len(moved) > 0 {
			r.quote("since", strings.Join(moved, ", "))
		}
	}
}

func (r *reportWriter) trends(trends []insight.Trend) {
	r.heading("How you are doing")
	for _, t := range trends {
		spark := insight.SparklineScaled(t.Series, min(30, r.width/3), 1, 5)
		words := t.Direction
		if t.Direction != insight.TrendNotEnoughData {
			words = fmt.Sprintf("%s: last %d average %.1f, the %d before %.1f", t.Direction, insight.TrendWindow, t.Last5, insight.TrendWindow, t.Prev5)
		}
		style := r.st.Subtle
		good := (t.Direction == insight.TrendRising) == t.HigherIsBetter
		if t.Direction == insight.TrendRising || t.Direction == insight.TrendFalling {
			style = r.st.Warning
			if good {
				style = r.st.Success
			}
		}
		r.item(fmt.Sprintf("%-14s %s  %s", t.Label, r.st.Accent.Render(spark), style.Render(words)))
	}
}

func (r *reportWriter) funnel(p insight.Patterns) {
	r.heading("Where your processes stop")
	for _, f := range p.Funnel {
		r.item(fmt.Sprintf("%-15s %3d: %d advanced, %d rejected, %d pending, %d silent", f.Label, f.Total, f.Advanced, f.Rejected, f.Pending, f.Silent))
	}
	if stop, ok := p.UsualStop(); ok {
		r.para(fmt.Sprintf("Most often it ends at the %s.", stop.Label))
	}
}

func (r *reportWriter) advancing(cs []insight.RatingContrast) {
	r.heading("What goes with advancing")
	claimed := false
	for _, c := range cs {
		if !c.Claim {
			continue
		}
		claimed = true
		r.item(fmt.Sprintf("%-14s %.1f when you advanced (%d) vs %.1f when you did not (%d)", c.Label, c.Advanced, c.AdvancedN, c.NotAdvanced, c.NotAdvancedN))
	}
	if !claimed {
		r.para(fmt.Sprintf("Not enough decided interviews yet: each side needs at least %d.", insight.MinComparable))
	}
}

func (r *reportWriter) followThrough(f insight.FollowThrough) {
	r.heading("Follow-through")
	for _, s := range []struct {
		label string
		share insight.Share
	}{{"Thank-you notes on time", f.ThankYouOnTime}, {"Feedback asked for", f.FeedbackRequested}, {"Feedback received", f.FeedbackReceived}} {
		if s.share.Of == 0 {
			r.item(s.label + ": nothing to count yet")
			continue
		}
		r.item(fmt.Sprintf("%s: %d of %d (%.0f%%)", s.label, s.share.Done, s.share.Of, 100*s.share.Rate()))
	}
}

func timesIn(n int) string {
	if n == 1 {
		return "in 1 interview"
	}
	return fmt.Sprintf("in %d interviews", n)
}
