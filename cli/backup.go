package cli

import (
	"errors"
	"fmt"
	"os"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

// manualLayout stamps the name of a backup taken without a file name.
const manualLayout = "2006-01-02T150405"

func newBackupCmd(env Env) *cobra.Command {
	var list, force bool
	cmd := &cobra.Command{
		Use:   "backup [FILE]",
		Short: "Copy the journal to a file, or list the automatic backups",
		Long: `Writes a consistent copy of the journal to FILE (by default a new file in
the backups folder beside the journal) and checks it. It works while debrief
is open elsewhere: the copy holds everything saved up to that moment.
An existing FILE is left as it is, and the command ends with exit code 5,
unless --force is given; even then only an earlier backup debrief wrote is
replaced, never a journal (not even one restored from a backup), a backup
open in debrief, or another kind of file. With a journal (--db) or a FILE that is a
symbolic link, the file the link leads to is copied or written, and the
link stays. The backups folder is beside the journal the link leads to.

debrief also keeps a backup of each of the last 7 days it was used, and one
before every upgrade of the journal's format, in the backups folder beside
the journal. The app and the commands that change the journal take the
day's backup; commands that only read write nothing. Each copy is read back
once written: one of a journal with damaged records is kept apart, named
...-damaged, and never pushes a good copy out. --list shows them, each
marked good, damaged, or unchecked (taken by an earlier debrief);
'debrief restore FILE' puts one back.`,
		Example: `  debrief backup ~/Dropbox/journal-backup.db
  debrief backup --force ~/Dropbox/journal-backup.db
  debrief backup --list
  debrief restore ~/.local/share/debrief/backups/journal-daily-2026-03-14.db`,
		Args: func(_ *cobra.Command, args []string) error {
			switch {
			case len(args) > 1:
				return usageError{"backup takes at most one file"}
			case list && len(args) > 0:
				return usageError{"--list takes no file"}
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			path := journalPath(cmd, env)
			if list {
				return listBackups(env, path)
			}
			var dst string
			if len(args) == 1 {
				dst = expandHome(args[0], env)
			} else {
				dst = freeBackupPath(path, "manual-"+env.Now().Format(manualLayout))
			}
			res, err := store.BackupFile(path, dst, force, unlockOptions(env))
			if err != nil {
				return err
			}
			size := ""
			if info, err := os.Stat(dst); err == nil {
				size = " (" + byteSize(info.Size()) + ")"
			}
			fmt.Fprintf(env.Stdout, "Backed up %d %s, %d %s and %d %s to %s%s.\n",
				res.Check.Interviews, plural(res.Check.Interviews, "interview", "interviews"),
				res.Check.Reviews, plural(res.Check.Reviews, "review", "reviews"),
				res.Check.Drafts, plural(res.Check.Drafts, "draft", "drafts"),
				safetext.Line(dst), size)
			if !res.Check.OK() {
				for _, p := range res.Check.Problems {
					fmt.Fprintln(env.Stderr, "problem: "+safetext.Line(p.String()))
				}
				return journal.Errorf(journal.ECorrupt, "The backup was written, but the journal it copies has %d %s; see 'debrief check'.",
					len(res.Check.Problems), plural(len(res.Check.Problems), "problem", "problems"))
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&list, "list", false, "list the backups kept beside the journal (date, size, good or damaged, path)")
	cmd.Flags().BoolVar(&force, "force", false, "replace FILE when it is an earlier backup")
	return cmd
}

// freeBackupPath returns the path in the backups folder of a backup named
// after label, with -2, -3… added when that name is taken: a backup taken
// without a file name never replaces another.
func freeBackupPath(path, label string) string {
	dst := store.BackupPath(path, label)
	for i := 2; ; i++ {
		if _, err := os.Lstat(dst); errors.Is(err, os.ErrNotExist) {
			return dst
		}
		dst = store.BackupPath(path, label+"-"+strconv.Itoa(i))
	}
}

// listBackups prints the backups kept beside the journal, newest first.
func listBackups(env Env, path string) error {
	backups, err := store.ListBackups(path)
	if err != nil {
		return err
	}
	if len(backups) == 0 {
		fmt.Fprintf(env.Stdout, "No backups in %s yet. debrief takes one on each day it is used.\n", safetext.Line(store.BackupDirOf(path)))
		return nil
	}
	damaged, newestGood := false, ""
	for _, b := range backups {
		fmt.Fprintf(env.Stdout, "%s  %9s  %-9s  %s\n", b.Time.Format("2006-01-02 15:04"), byteSize(b.Size), b.State, safetext.Line(b.Path))
		damaged = damaged || b.State == store.BackupDamaged
		if newestGood == "" && b.State == store.BackupGood {
			newestGood = b.Path
		}
	}
	switch {
	case !damaged:
	case newestGood != "":
		fmt.Fprintf(env.Stdout, "\nThe copies marked damaged hold records that changed on disk; 'debrief check --db FILE' names them.\nThe newest good copy is %s; give it to 'debrief restore' to put it back.\n", safetext.Line(newestGood))
	default:
		fmt.Fprintln(env.Stdout, "\nThe copies marked damaged hold records that changed on disk; 'debrief check --db FILE' names them. None here was read back good.")
	}
	return nil
}

// byteSize writes a size the way people read it: 812 B, 4.2 MB.
func byteSize(n int64) string {
	const unit = 1000
	if n < unit {
		return fmt.Sprintf("%d B", n)
	}
	value, suffix := float64(n), ""
	for _, s := range []string{"kB", "MB", "GB", "TB"} {
		value /= unit
		suffix = s
		if value < unit {
			break
		}
	}
	return fmt.Sprintf("%.1f %s", value, suffix)
}
