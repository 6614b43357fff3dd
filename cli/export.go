package cli

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

func newExportCmd(env Env) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole journal as JSON (or Markdown)",
		Long: `Writes every interview and review. The JSON document can be read back with
'debrief import'; exporting, importing into an empty journal and exporting
again gives the same bytes.`,
		Example: `  debrief export > journal.json
  debrief export --format json -o journal.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format != "json" {
				return usageError{"--format: " + format + " is not a format; use json"}
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			if output == "" || output == "-" {
				w := bufio.NewWriterSize(env.Stdout, 1<<16)
				if err := export.WriteJSONFrom(w, s); err != nil {
					return err
				}
				return w.Flush()
			}
			return writeFileAtomic(output, func(w *bufio.Writer) error { return export.WriteJSONFrom(w, s) })
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "json")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file instead of standard output")
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
