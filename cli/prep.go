package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"
	"github.com/debrief-journal/debrief/safetext"
)

func newPrepCmd(env Env) *cobra.Command {
	var company, role string
	var plain bool
	cmd := &cobra.Command{
		Use:   "prep",
		Short: "A brief before your next interview, from your own reflections",
		Long: `Gathers on one page what to have in mind before an interview: the themes
your curveballs keep coming back to, with your own best answers and the
stories that answer them; the lessons you have not practised yet; last
week's focus; and, for --company or --role, your past interviews there,
the people you met and what they asked.

It prints Markdown, fit to read in a pager or print out.`,
		Example: `  debrief prep --company Acme
  debrief prep --role "data engineer" > brief.md`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := openStore(cmd, env)
			if journal.ErrorCode(err) == journal.ENotFound {
				return printBrief(env.Stdout, practice.MakeBrief(practice.BriefInput{Company: company, Role: role}))
			}
			if err != nil {
				return err
			}
			defer s.Close()
			in := practice.BriefInput{Company: company, Role: role}
			if in.Interviews, err = s.Interviews(); err != nil {
				return err
			}
			if in.Cards, err = s.Cards(); err != nil {
				return err
			}
			if in.Stories, err = s.Stories(); err != nil {
				return err
			}
			if in.Themes, err = recurringThemes(s, env); err != nil {
				return err
			}
			if in.Reviews, err = s.Reviews(); err != nil {
				return err
			}
			return printBrief(env.Stdout, practice.MakeBrief(in))
		},
	}
	f := cmd.Flags()
	f.StringVar(&company, "company", "", "the company you are about to meet (a part of its name is enough)")
	f.StringVar(&role, "role", "", "the role you are interviewing for (a part of its name is enough)")
	f.BoolVar(&plain, "plain", false, "print the brief as Markdown (what it does without a terminal)")
	return cmd
}

// briefThemes is how many themes, and answers of each, a brief shows.
const (
	briefThemes  = 5
	briefAnswers = 2
)

// printBrief writes the brief as Markdown. Every piece of stored text goes
// through safetext, as every page printed does.
func printBrief(w io.Writer, b practice.Brief) error {
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
		fmt.Fprintf(&out, "### %s (%d %s)\n\n", line(th.Name), th.Interviews, plural(th.Interviews, "interview", "interviews"))
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
	_, err := io.WriteString(w, strings.TrimRight(out.String(), "\n")+"\n")
	return err
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
