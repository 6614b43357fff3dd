package cli

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

func newImportCmd(env Env) *cobra.Command {
	var replace, dryRun bool
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Add the interviews and reviews of a JSON export to the journal",
		Long: `Reads a document written by 'debrief export'. The whole file is checked
first: any problem rejects it with the place named, and the journal is left
unchanged. Interviews the journal already has are skipped unless --replace.
Use - to read standard input.`,
		Example: `  debrief import journal.json
  debrief import --dry-run journal.json`,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usageError{"import takes one file (or - for standard input)"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			var r io.Reader = env.Stdin
			if args[0] != "-" {
				f, err := os.Open(args[0])
				if err != nil {
					return fileError(journal.ENotFound, "read", args[0], err)
				}
				defer f.Close()
				r = f
			}
			doc, err := export.ReadJSON(r)
			if err != nil {
				return err
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			rep, err := s.Import(doc.Interviews, doc.Reviews, replace, dryRun)
			if err != nil {
				return err
			}
			verb := "Imported"
			if dryRun {
				verb = "Would import (dry run, nothing written)"
			}
			fmt.Fprintf(env.Stdout, "%s: %d interviews added, %d replaced, %d skipped; %d reviews added, %d replaced, %d skipped.\n",
				verb, rep.Added, rep.Replaced, rep.Skipped, rep.ReviewsAdded, rep.ReviewsReplaced, rep.ReviewsSkipped)
			return nil
		},
	}
	cmd.Flags().BoolVar(&replace, "replace", false, "replace interviews the journal already has instead of skipping them")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "report what would be imported without writing")
	return cmd
}
