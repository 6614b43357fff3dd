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
)

// writeMarkdownStream writes every interview and then every review as one
// Markdown document on standard output, pages one after another. The text
// is made safe to read wherever it goes, a terminal, a pipe or a file: it
// is for a person, who may well print it with cat.
func writeMarkdownStream(env Env, src export.Source) error {
	w := bufio.NewWriterSize(env.Stdout, 1<<16)
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
		_, err := w.WriteString(safetext.Text(page.String()))
		return err
	}
	err := src.EachInterview(func(iv *journal.Interview) error {
		return emit(func(w io.Writer) error { return export.WriteMarkdown(w, iv) })
	})
	if err != nil {
		return err
	}
	err = src.EachReview(func(r *journal.Review) error {
		return emit(func(w io.Writer) error { return export.WriteReviewMarkdown(w, r) })
	})
	if err != nil {
		return err
	}
	cards, stories, err := export.PracticeOf(src)
	if err != nil {
		return err
	}
	if len(cards)+len(stories) > 0 {
		if err := emit(func(w io.Writer) error { return export.WritePracticeMarkdown(w, cards, stories) }); err != nil {
			return err
		}
	}
	return w.Flush()
}

// writeMarkdownDir writes one Markdown file per interview and per review,
// and one of the practice cards and stories when there are any, into dir and returns how many it wrote. dir is created private to the
// user when missing. Only the names export gives its pages are written, and
// each appears whole or not at all: every page goes to a temporary file
// first; once all are written they are flushed to disk together (one flush,
// not one per file, which would take seconds per thousand) and only then
// renamed over their names. Nothing else in dir is touched, and an entry
// that is not a regular file (a folder, a link) is refused, not replaced.
// Like the stream, every page is made safe to read.
func writeMarkdownDir(dir string, src export.Source) (n int, err error) {
	if _, statErr := os.Lstat(dir); errors.Is(statErr, os.ErrNotExist) {
		// A folder made for an export that then fails goes again.
		defer func() {
			if err != nil {
				os.Remove(dir) // only while empty
			}
		}()
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return 0, fileError(journal.EInternal, "create the folder", dir, err)
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		return 0, journal.Errorf(journal.EInvalid, "%s is not a folder; Markdown export writes one file per entry into a folder.", dir)
	}
	w := &pageWriter{dir: dir}
	defer w.discard()
	err = src.EachInterview(func(iv *journal.Interview) error {
		return w.write(export.MarkdownFileName(iv), func(out io.Writer) error { return export.WriteMarkdown(out, iv) })
	})
	if err == nil {
		err = src.EachReview(func(r *journal.Review) error {
			return w.write(export.ReviewFileName(r), func(out io.Writer) error { return export.WriteReviewMarkdown(out, r) })
		})
	}
	if err == nil {
		var cards []journal.Card
		var stories []journal.Story
		if cards, stories, err = export.PracticeOf(src); err == nil && len(cards)+len(stories) > 0 {
			err = w.write(export.PracticeFileName, func(out io.Writer) error { return export.WritePracticeMarkdown(out, cards, stories) })
		}
	}
	if err == nil {
		err = w.commit()
	}
	return len(w.pages), err
}

// pageWriter writes pages into temporary files in dir and puts them in
// place together.
type pageWriter struct {
	dir   string
	buf   bytes.Buffer
	pages []pendingPage
}

// pendingPage is a page written to tmp, waiting to be renamed to target.
type pendingPage struct{ tmp, target string }

// write fills a page and writes it to a temporary file.
func (w *pageWriter) write(name string, fill func(io.Writer) error) error {
	if name != filepath.Base(name) || strings.HasPrefix(name, ".") {
		return journal.Errorf(journal.EInternal, "export: %q is not a plain file name", name)
	}
	target := filepath.Join(w.dir, name)
	if info, err := os.Lstat(target); err == nil && !info.Mode().IsRegular() {
		return journal.Errorf(journal.EConflict, "%s exists and is not a file debrief wrote; it was left as it is. Export into another folder.", target)
	}
	w.buf.Reset()
	if err := fill(&w.buf); err != nil {
		return err
	}
	f, err := os.CreateTemp(w.dir, ".debrief-md-*")
	if err != nil {
		return fileError(journal.EInternal, "write in", w.dir, err)
	}
	w.pages = append(w.pages, pendingPage{tmp: f.Name(), target: target})
	_, err = f.WriteString(safetext.Text(w.buf.String()))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fileError(journal.EInternal, "write", target, err)
	}
	return nil
}

// commit flushes every page to disk, then renames each over its name.
func (w *pageWriter) commit() error {
	tmps := make([]string, len(w.pages))
	for i, p := range w.pages {
		tmps[i] = p.tmp
	}
	if err := flushFiles(tmps); err != nil {
		return fileError(journal.EInternal, "write in", w.dir, err)
	}
	for i, p := range w.pages {
		if err := os.Rename(p.tmp, p.target); err != nil {
			return fileError(journal.EInternal, "write", p.target, err)
		}
		w.pages[i].tmp = ""
	}
	return syncDir(w.dir)
}

// discard removes the temporary files not renamed yet.
func (w *pageWriter) discard() {
	for _, p := range w.pages {
		if p.tmp != "" {
			os.Remove(p.tmp)
		}
	}
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
