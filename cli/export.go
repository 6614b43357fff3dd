package cli

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"filippo.io/age"
	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

func newExportCmd(env Env) *cobra.Command {
	var format, output string
	var recipients []string
	var skipDamaged, encrypt bool
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write the whole journal as JSON or Markdown",
		Long: `Writes every interview (with all its answers, custom answers, follow-ups and
feedback) and every weekly review; drafts in progress are left out.

--format json (the default) writes one document that 'debrief import' reads
back; exporting, importing into an empty journal and exporting again gives
the same bytes. Characters a terminal would act on are written as JSON
escapes, so nothing is lost and the file is safe to print.

--format md (or markdown) writes Markdown with YAML front matter (date,
company, role, stage, outcome, tags) and a section per prompt: with -o DIR,
one file per interview and per review in DIR (created if needed, private to
you; only files debrief names are ever replaced); without -o, one document
on standard output. Markdown is for reading, so its text is made safe the
way the screens show it: escape sequences and invisible controls are left
out, wherever it is written.

When an entry of the journal is damaged, export stops there with exit code
4 (and writes no file for -o). With --skip-damaged it writes every entry that
still reads, names each one it left out on standard error, and exits with
code 4 if it left any out (0 if none): the output is then complete but for
those.

--encrypt writes the JSON export as an age file (age-encryption.org) that
'age -d' opens and 'debrief import' reads back: sealed to a passphrase,
asked twice on the terminal or read from DEBRIEF_EXPORT_PASSPHRASE_FILE or
DEBRIEF_EXPORT_PASSPHRASE_COMMAND, or, with --recipient, to age public
keys. A plain export of an encrypted journal is plain text; on a terminal,
export says so.`,
		Example: `  debrief export > journal.json
  debrief export --format json -o journal.json
  debrief export --format md -o ~/notes/interviews
  debrief export --skip-damaged -o rescued.json
  debrief export --encrypt -o journal.json.age      # age -d journal.json.age opens it
  debrief export --recipient age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p -o journal.json.age`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if format == "markdown" {
				format = "md"
			}
			if format != "json" && format != "md" {
				return usageError{"--format: " + strconv.Quote(format) + " is not a format; use json or md (or markdown)"}
			}
			encrypt = encrypt || len(recipients) > 0
			if encrypt && format != "json" {
				return usageError{"--encrypt writes the JSON export; use --format json"}
			}
			if encrypt && (output == "" || output == "-") && env.IsTerminal(env.Stdout) {
				return usageError{"an encrypted export is not text to show on a terminal; name a file with -o, or send it to one with >"}
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			var sealTo []age.Recipient
			if encrypt {
				if sealTo, err = ageRecipients(env, recipients); err != nil {
					return err
				}
			} else if s.Encrypted() && env.IsTerminal(env.Stderr) {
				fmt.Fprintln(env.Stderr, "warning: this journal is encrypted, but the export is plain text that anyone who can open the file can read. 'debrief export --encrypt' writes an encrypted export.")
			}
			var src export.Source = s
			var salvage *salvageSource
			if skipDamaged {
				salvage = &salvageSource{s: s}
				src = salvage
			}
			if sealTo != nil {
				err = writeAgeExport(env, src, output, sealTo)
			} else {
				err = writeExport(env, src, format, output)
			}
			if salvage != nil {
				return salvage.report(env.Stderr, err)
			}
			if journal.ErrorCode(err) == journal.ECorrupt {
				msg := journal.ErrorMessage(err)
				if !strings.HasSuffix(msg, ".") {
					msg += "."
				}
				return &journal.Error{Code: journal.ECorrupt, Err: err,
					Message: msg + " 'debrief export --skip-damaged' writes every entry that still reads."}
			}
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "json", "json or md (or markdown)")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to this file (a folder for md) instead of standard output")
	cmd.Flags().BoolVar(&encrypt, "encrypt", false, "write the JSON export as an age file sealed with a passphrase (or to --recipient)")
	cmd.Flags().StringArrayVar(&recipients, "recipient", nil, "seal the export to this age public key (age1…); may be repeated; implies --encrypt")
	cmd.Flags().BoolVar(&skipDamaged, "skip-damaged", false, "write every entry that still reads, naming on standard error each damaged one left out (exit code 4 if any)")
	return cmd
}

// writeExport writes the records of src in format ("json" or "md") to
// output: a file (a folder for md), or standard output when it is "" or "-".
func writeExport(env Env, src export.Source, format, output string) error {
	toStdout := output == "" || output == "-"
	switch {
	case format == "md" && toStdout:
		return writeMarkdownStream(env, src)
	case format == "md":
		n, err := writeMarkdownDir(expandHome(output, env), src)
		if err == nil {
			fmt.Fprintf(env.Stdout, "Wrote %d Markdown %s to %s.\n", n, plural(n, "file", "files"), safetext.Line(output))
		}
		return err
	case toStdout:
		w := bufio.NewWriterSize(env.Stdout, 1<<16)
		if err := export.WriteJSONFrom(w, src); err != nil {
			return err
		}
		return w.Flush()
	}
	return writeFileAtomic(expandHome(output, env), func(w *bufio.Writer) error { return export.WriteJSONFrom(w, src) })
}

// writeAgeExport writes the JSON export of src sealed for recipients to
// output, a file, or standard output when it is "" or "-".
func writeAgeExport(env Env, src export.Source, output string, recipients []age.Recipient) error {
	write := func(w *bufio.Writer) error { return export.WriteJSONFrom(w, src) }
	if output == "" || output == "-" {
		w := bufio.NewWriterSize(env.Stdout, 1<<16)
		if err := writeAge(w, recipients, write); err != nil {
			return err
		}
		return w.Flush()
	}
	return writeFileAtomic(expandHome(output, env), func(w *bufio.Writer) error { return writeAge(w, recipients, write) })
}
