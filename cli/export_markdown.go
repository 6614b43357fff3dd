package cli

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

// writeMarkdownStream writes every interview and then every review as one
// Markdown document on standard output, pages one after another. On a
// terminal the text is made safe to show first; into a pipe or a file it
// goes as written.
func writeMarkdownStream(env Env, s *store.Store) error {
	w := bufio.NewWriterSize(env.Stdout, 1<<16)
	onTerminal := env.IsTerminal(env.Stdout)
	var page bytes.Buffer
	pages := 0
	emit := func(fill func(io.Writer) error) error {
		page.Reset()
		if err := fill(&page); err != nil {
			return err
		}
		if pages > 0 {
			w.WriteByte('\n')
		}
		pages++
		text := page.String()
		if onTerminal {
			text = safetext.Text(text)
		}
		_, err := w.WriteString(text)
		return err
	}
	err := s.EachInterview(func(iv *journal.Interview) error {
		return emit(func(w io.Writer) error { return export.WriteMarkdown(w, iv) })
	})
	if err != nil {
		return err
	}
	err = s.EachReview(func(r *journal.Review) error {
		return emit(func(w io.Writer) error { return export.WriteReviewMarkdown(w, r) })
	})
	if err != nil {
		return err
	}
	return w.Flush()
}

// writeMarkdownDir writes one Markdown file per interview and per review
// into dir and returns how many it wrote. dir is created private to the
// user when missing. Only the names export gives its pages are written, each
// through a temporary file renamed into place, so a file is never seen half
// written and nothing else in dir is touched.
func writeMarkdownDir(dir string, s *store.Store) (int, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, fileError(journal.EInternal, "create the folder", dir, err)
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return 0, journal.Errorf(journal.EInvalid, "%s is not a folder; Markdown export writes one file per entry into a folder.", dir)
	}
	n := 0
	var page bytes.Buffer
	write := func(name string, fill func(io.Writer) error) error {
		page.Reset()
		if err := fill(&page); err != nil {
			return err
		}
		if err := replaceOwnFile(dir, name, page.Bytes()); err != nil {
			return err
		}
		n++
		return nil
	}
	err := s.EachInterview(func(iv *journal.Interview) error {
		return write(export.MarkdownFileName(iv), func(w io.Writer) error { return export.WriteMarkdown(w, iv) })
	})
	if err == nil {
		err = s.EachReview(func(r *journal.Review) error {
			return write(export.ReviewFileName(r), func(w io.Writer) error { return export.WriteReviewMarkdown(w, r) })
		})
	}
	if err == nil {
		err = syncDir(dir)
	}
	return n, err
}

// replaceOwnFile writes data to dir/name through a temporary file in dir
// renamed over it. A name that is not a plain file name, or an existing
// entry that is not a regular file (a folder, a link), is refused.
func replaceOwnFile(dir, name string, data []byte) error {
	if name != filepath.Base(name) || strings.HasPrefix(name, ".") {
		return journal.Errorf(journal.EInternal, "export: %q is not a plain file name", name)
	}
	target := filepath.Join(dir, name)
	if info, err := os.Lstat(target); err == nil && !info.Mode().IsRegular() {
		return journal.Errorf(journal.EConflict, "%s exists and is not a file debrief wrote; it was left as it is. Export into another folder.", target)
	}
	tmp, err := os.CreateTemp(dir, ".debrief-md-*")
	if err != nil {
		return fileError(journal.EInternal, "write in", dir, err)
	}
	defer os.Remove(tmp.Name())
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), target)
	}
	var je *journal.Error
	if err != nil && !errors.As(err, &je) {
		return fileError(journal.EInternal, "write", target, err)
	}
	return err
}

// syncDir makes the renames in dir durable.
func syncDir(dir string) error {
	f, err := os.Open(dir)
	if err != nil {
		return fileError(journal.EInternal, "write in", dir, err)
	}
	defer f.Close()
	// Some file systems cannot sync a folder; the files themselves are.
	_ = f.Sync()
	return nil
}
