package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/practice"
	"github.com/debrief-journal/debrief/ui"
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

On a terminal it opens the brief on a screen; without one, or with
--plain, it prints Markdown, fit to read in a pager or print out.`,
		Example: `  debrief prep --company Acme
  debrief prep --role "data engineer" > brief.md`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !plain && env.interactive() {
				return runApp(cmd, env, ui.Options{Start: ui.StartPrep, PrepCompany: company, PrepRole: role})
			}
			s, err := openStore(cmd, env)
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

// printBrief writes the brief as Markdown (see practice.BriefMarkdown).
func printBrief(w io.Writer, b practice.Brief) error {
	_, err := io.WriteString(w, practice.BriefMarkdown(b))
	return err
}
