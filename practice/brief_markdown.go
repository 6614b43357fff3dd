package practice

import (
	"fmt"
	"strings"

	"github.com/debrief-journal/debrief/safetext"
)

// briefThemes is how many themes, and answers of each, a brief shows.
const (
	briefThemes  = 5
	briefAnswers = 2
)

// BriefMarkdown writes the brief as Markdown, as debrief prep prints it and
// its screen shows it. Every piece of stored text goes through safetext,
// as every page printed does.
func BriefMarkdown(b Brief) string {
	var out strings.Builder
	line := func(s string) string { return safetext.Line(s) }
	title := "Before your next interview"
	if names := strings.Join(nonEmpty(b.Company, b.Role), ", "); names != "" {
		title += ": " + line(names)
	}
	fmt.Fprintf(&out, "# %s\n\n", title)
	if b.Focus != "" {
		fmt.Fprintf(&out, "Your focus this week: **%s**\n\n", line(b.Focus))
	}
	out.WriteString("## What they keep asking you\n\n")
	if len(b.Themes) == 0 {
		out.WriteString("No theme has come up in two interviews yet.\n\n")
	}
	for i, th := range b.Themes {
		if i == briefThemes {
			break
		}
		fmt.Fprintf(&out, "### %s (%d %s)\n\n", line(th.Name), th.Interviews, pluralWord(th.Interviews, "interview", "interviews"))
		for j, c := range th.Answers {
			if j == briefAnswers {
				break
			}
			fmt.Fprintf(&out, "- **%s**\n  Your better answer: %s\n", line(c.Question), line(c.Answer))
		}
		for _, st := range th.Stories {
			fmt.Fprintf(&out, "- Story: %s", line(st.Title))
			if st.Shows != "" {
				fmt.Fprintf(&out, " (shows %s)", line(st.Shows))
			}
			out.WriteString("\n")
		}
		if len(th.Answers) == 0 && len(th.Stories) == 0 {
			out.WriteString("- No better answer or story for it yet: worth preparing one.\n")
		}
		out.WriteString("\n")
	}
	if len(b.Lessons) > 0 {
		out.WriteString("## Lessons not practised yet\n\n")
		for _, l := range b.Lessons {
			fmt.Fprintf(&out, "- %s\n", line(l))
		}
		out.WriteString("\n")
	}
	if b.Company != "" || b.Role != "" {
		out.WriteString("## Your past interviews here\n\n")
		if len(b.Past) == 0 {
			out.WriteString("None yet: this one is the first.\n\n")
		}
		for _, iv := range b.Past {
			fmt.Fprintf(&out, "### %s, %s (%s)\n\n", line(iv.Title()), iv.Date, line(iv.Outcome.Status.Label()))
			for _, p := range iv.Interviewers {
				fmt.Fprintf(&out, "- Met %s\n", line(p.Line()))
			}
			for _, cb := range iv.Curveballs {
				if strings.TrimSpace(cb.Question) != "" {
					fmt.Fprintf(&out, "- Asked: %s\n", line(cb.Question))
				}
			}
			out.WriteString("\n")
		}
	}
	return strings.TrimRight(out.String(), "\n") + "\n"
}

func nonEmpty(items ...string) []string {
	var out []string
	for _, s := range items {
		if strings.TrimSpace(s) != "" {
			out = append(out, strings.TrimSpace(s))
		}
	}
	return out
}

func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
