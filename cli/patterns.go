package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/ui"
)

func newPatternsCmd(env Env) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "patterns",
		Short: "What keeps coming up across your interviews",
		Long: `Shows the curveball topics that recur however they were worded, the lessons
you keep writing down, how your mood, authenticity and nerves are moving,
where your processes usually stop, what goes with advancing, and whether you
send the follow-ups you plan.

On a terminal it opens the patterns screen; otherwise, or with --format, it
prints text or JSON (the JSON shape is described in the README).`,
		Example: `  debrief patterns
  debrief patterns --format json | jq '.themes[0]'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format == "" && env.interactive() {
				return runApp(cmd, env, ui.Options{Start: ui.StartPatterns})
			}
			if format == "" {
				format = "text"
			}
			if format != "text" && format != "json" {
				return usageError{"--format: " + format + " is not a format; use text or json"}
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			if format == "json" {
				doc := keptPatterns(s, env.Now())
				if doc == nil {
					readsWhole(s.Path())
					doc, err = keptPatternsJSON(s, env.Now())
				}
				s.Close()
				if err != nil {
					return err
				}
				_, err = safetext.JSONWriter(env.Stdout).Write(doc)
				return err
			}
			// The analysis index holds what patterns read, and reads many
			// times faster than the whole interviews.
			readsWhole(s.Path())
			aj, err := s.PatternsJournal()
			s.Close()
			if err != nil {
				return err
			}
			p := insight.AnalyzeKnownAt(aj.Interviews, aj.Known, env.Now())
			_, err = fmt.Fprint(env.Stdout, safetext.Text(ui.PatternsReport(p, 80, ui.PlainStyles())))
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "", "text or json (default: the screen on a terminal, text otherwise)")
	return cmd
}
