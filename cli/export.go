package cli

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

func newExportCmd(env Env) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole journal as JSON or Markdown",
		Long: `Writes every interview (with all its answers, custom answers, follow-ups and
feedback) and every weekly review; drafts in progress are left out.

--format json (the default) writes one document that 'debrief import' reads
back; exporting, importing into an empty journal and exporting again gives
the same bytes.

--format md writes Markdown with YAML front matter (date, company, role,
stage, outcome, tags) and a section per prompt: with -o DIR, one file per
interview and per review in DIR (created if needed, private to you; only
files debrief names are ever replaced); without -o, one document on
standard output.`,
		Example: `  debrief export > journal.json
  debrief export --format json -o journal.json
  debrief export --format md -o ~/notes/interviews`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "json" && format != "md" {
				return usageError{"--format: " + format + " is not a format; use json or md"}
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			toStdout := output == "" || output == "-"
			switch {
			case format == "md" && toStdout:
				return writeMarkdownStream(env, s)
			case format == "md":
				n, err := writeMarkdownDir(expandHome(output, env), s)
				if err == nil {
					fmt.Fprintf(env.Stdout, "Wrote %d Markdown %s to %s.\n", n, plural(n, "file", "files"), safetext.Line(output))
				}
				return err
			case toStdout:
				w := bufio.NewWriterSize(env.Stdout, 1<<16)
				if err := export.WriteJSONFrom(w, s); err != nil {
					return err
				}
				return w.Flush()
			}
			return writeFileAtomic(expandHome(output, env), func(w *bufio.Writer) error { return export.WriteJSONFrom(w, s) })
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "json or md")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file (a folder for md) instead of standard output")
	return cmd
}

// writeFileAtomic writes a file through a temporary one that is synced and
// renamed into place, so a failure never leaves half a file.
func writeFileAtomic(path string, write func(*bufio.Writer) error) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, ".debrief-export-*")
	if err != nil {
		return fileError(journal.EInternal, "write in", dir, err)
	}
	defer os.Remove(tmp.Name())
	w := bufio.NewWriterSize(tmp, 1<<16)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	var je *journal.Error
	if err != nil && !errors.As(err, &je) {
		return fileError(journal.EInternal, "write", path, err)
	}
	return err
}
