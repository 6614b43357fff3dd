package practice

import (
	"errors"
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// LeftOut is a story an interview notes the user should have told: what
// the story bank starts an unfinished story from.
type LeftOut struct {
	From  string // the interview's ID, as journal.Story.From holds it
	Title string
}

// key tells left-out stories apart: the interview and the title, whatever
// its case.
func (l LeftOut) key() string { return l.From + "\x00" + strings.ToLower(l.Title) }

// LeftOutOf lists the stories the interviews note as left out, each once,
// with titles made safe to show.
func LeftOutOf(ivs ...*journal.Interview) []LeftOut {
	var out []LeftOut
	seen := map[string]bool{}
	for _, iv := range ivs {
		from := strconv.FormatUint(iv.ID, 10)
		for _, told := range iv.ShouldHaveTold {
			l := LeftOut{From: from, Title: strings.TrimSpace(safetext.Line(told))}
			if l.Title == "" || seen[l.key()] {
				continue
			}
			seen[l.key()] = true
			out = append(out, l)
		}
	}
	return out
}

// NotInBank returns the left-out stories that no story in the bank was
// started from, whatever its title has become.
func NotInBank(noted []LeftOut, have []journal.Story) []LeftOut {
	inBank := map[string]bool{}
	for _, st := range have {
		if note := st.LeftOutNote(); note != "" {
			inBank[LeftOut{From: st.From, Title: strings.TrimSpace(note)}.key()] = true
		}
	}
	var out []LeftOut
	for _, l := range noted {
		if !inBank[l.key()] {
			out = append(out, l)
		}
	}
	return out
}

// StartLeftOut saves with save an unfinished story for each of todo. The
// store refuses one the bank holds already (journal.ErrStoryStarted): those
// are counted in had. It stops at any other error.
func StartLeftOut(save func(*journal.Story) error, todo []LeftOut) (started, had int, err error) {
	for _, l := range todo {
		st := journal.Story{Title: l.Title, From: l.From, Note: l.Title}
		switch err := save(&st); {
		case errors.Is(err, journal.ErrStoryStarted):
			had++
		case err != nil:
			return started, had, err
		default:
			started++
		}
	}
	return started, had, nil
}
