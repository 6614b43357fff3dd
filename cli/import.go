package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

func newImportCmd(env Env) *cobra.Command {
	var replace, dryRun bool
	var identity string
	cmd := &cobra.Command{
		Use:   "import FILE",
		Short: "Add the interviews and reviews of a JSON export to the journal",
		Long: `Reads a document written by 'debrief export'. The whole file is checked
first: any problem rejects it with the place named, and the journal is left
unchanged. Interviews the journal already has are skipped unless --replace.
Use - to read standard input.

An export written with 'debrief export --encrypt' (an age file) is opened
with its passphrase, asked on the terminal or read from
DEBRIEF_EXPORT_PASSPHRASE_FILE or DEBRIEF_EXPORT_PASSPHRASE_COMMAND, or with
the age identity file given with --identity.`,
		Example: `  debrief import journal.json
  debrief import journal.json.age
  debrief import --identity ~/.config/age/key.txt journal.json.age
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
				if info, err := f.Stat(); err == nil && info.IsDir() {
					return journal.Errorf(journal.EInvalid, "%s is a folder; give the file 'debrief export' wrote.", args[0])
				}
				r = f
			}
			r, err := openAge(env, r, identity)
			if err != nil {
				return rejected(args[0], err)
			}
			// The whole file is read and checked before the journal is
			// even opened, so a rejected file cannot change it.
			doc, err := export.ReadJSON(r)
			if err != nil {
				return rejected(args[0], err)
			}
			var rep store.ImportReport
			if _, err := os.Stat(journalPath(cmd, env)); dryRun && errors.Is(err, os.ErrNotExist) {
				// Into a journal that does not exist yet everything would
				// be added; a dry run does not create it to say so.
				rep = store.ImportReport{Added: len(doc.Interviews), ReviewsAdded: len(doc.Reviews), CardsAdded: len(doc.Cards), StoriesAdded: len(doc.Stories)}
			} else {
				s, err := openWriting(cmd, env)
				if err != nil {
					return err
				}
				defer s.Close()
				rec := store.Records{Interviews: doc.Interviews, Reviews: doc.Reviews, Cards: doc.Cards, Stories: doc.Stories}
				if rep, err = s.ImportAll(rec, replace, dryRun); err != nil {
					return err
				}
			}
			verb := "Imported"
			if dryRun {
				verb = "Would import (dry run, nothing written)"
			}
			fmt.Fprintf(env.Stdout, "%s: %s added, %d replaced, %d skipped; %s added, %d replaced, %d skipped.\n",
				verb, counted(rep.Added, "interview", "interviews"), rep.Replaced, rep.Skipped,
				counted(rep.ReviewsAdded, "review", "reviews"), rep.ReviewsReplaced, rep.ReviewsSkipped)
			if rep.CardsAdded+rep.CardsSkipped+rep.StoriesAdded+rep.StoriesReplaced+rep.StoriesSkipped > 0 {
				fmt.Fprintf(env.Stdout, "Practice: %s added, %d skipped with their interviews; %s added, %d replaced, %d skipped.\n",
					counted(rep.CardsAdded, "card", "cards"), rep.CardsSkipped,
					counted(rep.StoriesAdded, "story", "stories"), rep.StoriesReplaced, rep.StoriesSkipped)
			}
			if rep.Renumbered > 0 {
				fmt.Fprintf(env.Stdout, "%d of the added interviews got a new ID, because theirs belongs to another interview here or is larger than a journal counts.\n", rep.Renumbered)
			}
			if skipped := rep.Skipped + rep.ReviewsSkipped; skipped > 0 && !replace {
				fmt.Fprintln(env.Stdout, "Skipped entries are already in the journal; --replace overwrites them with the file's version.")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&replace, "replace", false, "replace interviews the journal already has instead of skipping them")
	cmd.Flags().StringVar(&identity, "identity", "", "open an age-encrypted export with the identities in this age key file")
	cmd.Flags().BoolVar(&dryRun, "dry-run", false, "report what would be imported without writing")
	return cmd
}

// rejected names the file in a rejection and says that nothing changed.
func rejected(file string, err error) error {
	var je *journal.Error
	if !errors.As(err, &je) {
		return err
	}
	if file == "-" {
		file = "standard input"
	}
	return &journal.Error{Code: je.Code, Message: file + ": " + strings.TrimRight(je.Message, ".") + ". Nothing was imported; the journal is unchanged.", Err: je.Err}
}
