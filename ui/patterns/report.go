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
	out, _ := layoutReport(p, width, st, -1)
	return out
}

// target is a theme or a lesson of the report, which the screen can select
// to list the interviews behind it.
type target struct {
	line int      // the report line it starts on
	ids  []uint64 // its interviews, in date order
	what string   // what it is, for the status line
}

// layoutReport writes the report as Report does, with the theme or lesson
// numbered selected marked, and returns where each theme and lesson is.
func layoutReport(p insight.Patterns, width int, st kit.Styles, selected int) (string, []target) {
	r := reportWriter{st: st, width: max(30, width), selected: selected}
	if p.Interviews == 0 {
		r.para("No interviews yet. Patterns appear once a few reflections are written.")
		return r.String(), nil
	}
	r.para(fmt.Sprintf("Across %s.", kit.Plural(p.Interviews, "interview")))
	r.themes(p.Themes)
	r.lessons(p.Lessons)
	r.trends(p.Trends)
	r.funnel(p)
	r.advancing(p.Advancing)
	r.followThrough(p.FollowThrough)
	return r.String(), r.targets
}

type reportWriter struct {
	strings.Builder
	st       kit.Styles
	width    int
	selected int // the target drawn as selected, or -1
	targets  []target
}

// target writes one theme or lesson as a bullet, marked when selected, and
// records where it is.
func (r *reportWriter) target(text string, ids []uint64, what string) {
	line := strings.Count(r.String(), "\n")
	first := "  • "
	if len(r.targets) == r.selected {
		first = r.st.Selected.Render("  ▸ ")
	}
	r.targets = append(r.targets, target{line: line, ids: ids, what: what})
	r.WriteString(hangWords(text, r.width, first, "    ") + "\n")
}

func (r *reportWriter) heading(s string) {
	r.WriteString("\n" + r.st.Heading.Render(s) + "\n")
}

func (r *reportWriter) para(s string) {
	r.WriteString(ansi.Wrap(s, r.width, "") + "\n")
}

func (r *reportWriter) item(s string) { r.WriteString(hangWords(s, r.width, "  • ", "    ") + "\n") }

func (r *reportWriter) quote(label, s string) {
	if s == "" {
		return
	}
	rest := strings.Repeat(" ", 7+len(label))
	r.WriteString(hangWords(safetext.Line(s), r.width, "      "+r.st.Faint.Render(label)+" ", rest) + "\n")
}

func (r *reportWriter) themes(themes []insight.Theme) {
	r.heading("Questions that keep coming up")
	if len(themes) == 0 {
		r.para("No curveball topic has come up twice yet.")
		return
	}
	for _, t := range themes {
		r.target(fmt.Sprintf("%s: %s", r.st.Accent.Render(safetext.Line(t.Label)), timesIn(t.Count)), themeIDs(t), "“"+safetext.Line(t.Label)+"”")
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
		r.target(line, l.InterviewIDs, "“"+safetext.Line(l.Label)+"”")
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
		var parts []string
		for _, o := range f.Outcomes() {
			parts = append(parts, fmt.Sprintf("%d %s", o.Count, o.Label))
		}
		r.WriteString(joinWhole("  • "+fmt.Sprintf("%-15s %3d: ", f.Label, f.Total), parts, r.width) + "\n")
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

func timesIn(n int) string { return "in " + kit.Plural(n, "interview") }

// themeIDs returns the interviews of a theme's curveballs, each once, in
// date order.
func themeIDs(t insight.Theme) []uint64 {
	var ids []uint64
	seen := map[uint64]bool{}
	for _, it := range t.Items {
		if !seen[it.InterviewID] {
			seen[it.InterviewID] = true
			ids = append(ids, it.InterviewID)
		}
	}
	return ids
}

// joinWhole writes head and then parts separated by commas, wrapped to
// width without ever splitting a part: "3 rejected" stays on one line.
// Lines after the first are indented under the first part.
func joinWhole(head string, parts []string, width int) string {
	indent := strings.Repeat(" ", min(ansi.StringWidth(head), width/2))
	var b strings.Builder
	b.WriteString(head)
	col := ansi.StringWidth(head)
	for i, part := range parts {
		if i < len(parts)-1 {
			part += ","
		}
		w := ansi.StringWidth(part)
		switch {
		case i == 0:
		case col+1+w > width:
			b.WriteString("\n" + indent)
			col = len(indent)
		default:
			b.WriteString(" ")
			col++
		}
		b.WriteString(part)
		col += w
	}
	return b.String()
}

// hangWords wraps text to width with a hanging indent as kit.Hang does,
// but breaks lines only at spaces, so a date such as 2026-01-17 is never
// split at its hyphens. A word wider than a line is cut where it must be.
func hangWords(text string, width int, first, rest string) string {
	avail := max(10, width-len(rest))
	var lines []string
	var line strings.Builder
	col := 0
	flush := func() {
		lines = append(lines, line.String())
		line.Reset()
		col = 0
	}
	for _, word := range strings.Split(text, " ") {
		w := ansi.StringWidth(word)
		if col > 0 && col+1+w > avail {
			flush()
		}
		for w > avail { // only a word longer than a whole line
			if col > 0 {
				flush()
			}
			lines = append(lines, ansi.Truncate(word, avail, ""))
			word = ansi.TruncateLeft(word, avail, "")
			w = ansi.StringWidth(word)
		}
		if col > 0 {
			line.WriteString(" ")
			col++
		}
		line.WriteString(word)
		col += w
	}
	flush()
	for i := range lines {
		if i == 0 {
			lines[i] = first + lines[i]
		} else {
			lines[i] = rest + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}
