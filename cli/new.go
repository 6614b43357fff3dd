package cli

import (
	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui"
)

func newNewCmd(env Env) *cobra.Command {
	var company, role, stage, date string
	var accessible, yes, encrypt bool
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Reflect on an interview you just had",
		Long: `Walks you through a guided reflection, one prompt at a time. Every answer is
saved as you type; leave with esc or ctrl+c and resume later with 'debrief new'.

Keys: enter next · shift+tab back · ctrl+j new line · ctrl+e $EDITOR ·
ctrl+s finish and save · esc pause (keeps the draft) · ? help`,
		Example: `  debrief new
  debrief new --company Acme --role "Backend engineer" --stage first
  debrief new --accessible    # plain line prompts, for screen readers and scripts
  debrief new --accessible --date 2026-05-04 --yes < answers.txt   # a date after today, from a script
  debrief new --encrypt    # start the journal encrypted, before anything is written`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			prefill := journal.Interview{Company: company, Role: role}
			for _, f := range []struct{ flag, field, name, value string }{{"--company", "company", "Company", company}, {"--role", "role", "Role", role}} {
				if err := ui.CheckAnswerLength(f.field, f.name, f.value); err != nil {
					return usageError{f.flag + ": " + journal.ErrorMessage(err)}
				}
			}
			var err error
			if prefill.Stage, err = journal.ParseStage(stage); err != nil {
				return usageError{"--stage: " + journal.ErrorMessage(err)}
			}
			if prefill.Date, err = journal.ParseDate(date); err != nil {
				return journal.Errorf(journal.EInvalid, "--date: %s", journal.ErrorMessage(err))
			}
			if encrypt {
				if err := encryptNewJournal(cmd, env); err != nil {
					return err
				}
			}
			if accessible || env.Getenv("ACCESSIBLE") != "" {
				return runAccessible(cmd, env, prefill, yes)
			}
			if !env.interactive() {
				return noTTYError{"debrief new needs a terminal. Use 'debrief new --accessible' for plain line prompts."}
			}
			return runApp(cmd, env, ui.Options{Start: ui.StartNew, Prefill: prefill})
		},
	}
	f := cmd.Flags()
	f.StringVar(&company, "company", "", "the company you interviewed with")
	f.StringVar(&role, "role", "", "the role you interviewed for")
	f.StringVar(&stage, "stage", "", "screen, first, second, final, panel, technical or other")
	f.StringVar(&date, "date", "", "the interview date, YYYY-MM-DD (default today)")
	f.BoolVar(&accessible, "accessible", false, "ask plain line prompts instead of the full-screen flow (also ACCESSIBLE=1)")
	f.BoolVar(&encrypt, "encrypt", false, "start the journal encrypted, asking a passphrase (only a journal with nothing in it yet)")
	f.BoolVarP(&yes, "yes", "y", false, "keep an interview date after today without asking (the plain prompts need it when no one can be asked)")
	return cmd
}
