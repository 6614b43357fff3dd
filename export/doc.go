// Package export turns the journal into files a person or another program can
// keep: a lossless JSON interchange document (written and read back), and
// Markdown pages with YAML front matter, one per interview or weekly review.
//
// The JSON document is the only way data leaves debrief and comes back in,
// so its reader is strict: anything it cannot keep exactly as written is
// refused with a message naming the place, rather than dropped in silence.
package export

import "github.com/debrief-journal/debrief/journal"

// FormatName is the value of the "format" field of every interchange document.
const FormatName = "debrief"

// Version is the version of the interchange document this package writes and
// the highest one it reads. Version 2 added practice cards and stories;
// a version 1 document is read as one that has none.
const Version = 2

// Document is the whole interchange file: every interview, weekly review,
// practice card and story of a journal.
type Document struct {
	Format     string              `json:"format"`
	Version    int                 `json:"version"`
	Interviews []journal.Interview `json:"interviews"`
	Reviews    []journal.Review    `json:"reviews"`
	Cards      []journal.Card      `json:"cards"`
	Stories    []journal.Story     `json:"stories"`
}
