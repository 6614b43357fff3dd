package list

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/query"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Widths of the fixed columns of the list.
const (
	dateWidth    = 10
	stageWidth   = 9  // "technical"
	outcomeWidth = 11 // "no response"
	ratingWidth  = 4  // "mood", "self"
	cursorWidth  = 2
	gapWidth     = 2
)

// ratingGlyph draws a 1-5 rating as one bar, from low to high, or a dot
// when it was not given.
func ratingGlyph(r journal.Rating) string {
	switch r {
	case 1:
		return "▁"
	case 2:
		return "▂"
	case 3:
		return "▃"
	case 4:
		return "▅"
	case 5:
		return "▇"
	}
	return "·"
}

// listColumns are the widths of the list's columns at one window width.
type listColumns struct {
	company, role int
	ratings       bool // room for the mood and self columns
	// cut is the width to cut rows to when even the narrowest columns do
	// not fit, or 0.
	cut int
}

func newListColumns(width int) listColumns {
	fixed := cursorWidth + dateWidth + gapWidth + gapWidth + gapWidth + stageWidth + gapWidth + outcomeWidth
	c := listColumns{ratings: width >= 70}
	if c.ratings {
		fixed += gapWidth + ratingWidth + 1 + ratingWidth
	}
	rest := max(12, width-fixed)
	c.company = max(6, min(28, rest*45/100))
	c.role = max(6, rest-c.company)
	if fixed+c.company+c.role > width {
		c.cut = width
	}
	return c
}

// fitRow cuts a drawn row to the window when the columns are wider.
func (c listColumns) fitRow(row string) string {
	if c.cut == 0 {
		return row
	}
	return ansi.Truncate(row, c.cut, "")
}

// header draws the column titles, marking the one the list is sorted by
// with an arrow that points the way it runs: dates newest first (▾, down
// from the latest), companies A to Z (▴, up from A, as a table sorted
// ascending shows it).
func (c listColumns) header(st kit.Styles, order query.SortOrder) string {
	date, company := "date ▾", "company"
	if order == query.SortByCompany {
		date, company = "date", "company ▴"
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", cursorWidth))
	b.WriteString(kit.PadRight(date, dateWidth+gapWidth))
	b.WriteString(kit.PadRight(company, c.company+gapWidth))
	b.WriteString(kit.PadRight("role", c.role+gapWidth))
	b.WriteString(kit.PadRight("stage", stageWidth+gapWidth))
	if c.ratings {
		b.WriteString(kit.PadRight("outcome", outcomeWidth+gapWidth))
		b.WriteString("mood self")
	} else {
		b.WriteString("outcome")
	}
	return c.fitRow(st.Faint.Render(b.String()))
}

// rowPaints are the styles of the list's rows, reduced to escape sequences
// once a frame.
type rowPaints struct {
	base, mark, selected, selectedMark, subtle, faint, accent kit.Paint
	offer, nextRound, rejected                                kit.Paint
}

func newRowPaints(st kit.Styles) rowPaints {
	return rowPaints{
		base: kit.Paint{}, mark: kit.NewPaint(st.Accent.Bold(true).Underline(true)),
		selected: kit.NewPaint(st.Selected), selectedMark: kit.NewPaint(st.Selected.Underline(true)),
		subtle: kit.NewPaint(st.Subtle), faint: kit.NewPaint(st.Faint), accent: kit.NewPaint(st.Accent),
		offer: kit.NewPaint(st.Success), nextRound: kit.NewPaint(st.Accent), rejected: kit.NewPaint(st.Warning),
	}
}

// outcome colours an outcome by what it means for the search.
func (rp *rowPaints) outcome(s journal.Status) kit.Paint {
	switch s {
	case journal.StatusOffer:
		return rp.offer
	case journal.StatusNextRound:
		return rp.nextRound
	case journal.StatusRejected:
		return rp.rejected
	}
	return rp.subtle
}

// row draws one interview: date, company, role, stage, outcome and the
// mood and self glyphs, with the letters the filter matched highlighted.
func (c listColumns) row(rp *rowPaints, cand *query.Candidate, highlights []int, selected bool) string {
	s := &cand.Summary
	base, mark := rp.base, rp.mark
	lead := "  "
	if selected {
		base, mark = rp.selected, rp.selectedMark
		lead = rp.selected.On("▸ ")
	}
	company, role := safetext.Line(s.Company), safetext.Line(s.Role)
	// Highlights count runes of "company role" as stored; when cleaning
	// changed the text they would land on the wrong letters.
	if company != s.Company || role != s.Role {
		highlights = nil
	}
	status := s.Status
	if status == "" {
		status = journal.StatusPending
	}
	var b strings.Builder
	b.Grow(200)
	b.WriteString(lead)
	b.WriteString(rp.subtle.On(kit.PadRight(s.Date.String(), dateWidth)))
	b.WriteString("  ")
	b.WriteString(highlightCell(company, c.company, highlights, 0, base, mark))
	b.WriteString("  ")
	b.WriteString(highlightCell(role, c.role, highlights, len([]rune(s.Company))+1, base, mark))
	b.WriteString("  ")
	b.WriteString(rp.faint.On(kit.PadRight(string(s.Stage), stageWidth)))
	b.WriteString("  ")
	b.WriteString(rp.outcome(status).On(kit.PadRight(status.Label(), outcomeWidth)))
	if c.ratings {
		b.WriteString("  ")
		b.WriteString(rp.accent.On(kit.PadRight(" "+ratingGlyph(s.MoodAfter), ratingWidth)))
		b.WriteString(" ")
		b.WriteString(rp.accent.On(kit.PadRight(" "+ratingGlyph(s.Authenticity), ratingWidth)))
	}
	return c.fitRow(b.String())
}

// highlightCell draws text cut and padded to width, with the runes at the
// highlighted positions (counted from offset) drawn in mark.
func highlightCell(text string, width int, highlights []int, offset int, base, mark kit.Paint) string {
	text, w := kit.Fit(text, width)
	var b strings.Builder
	if len(highlights) == 0 {
		b.WriteString(base.On(text))
	} else {
		runStart, runMarked, h := 0, false, 0
		i := 0 // rune position
		for at, r := range text {
			for h < len(highlights) && highlights[h] < offset+i {
				h++
			}
			marked := h < len(highlights) && highlights[h] == offset+i && r != '…'
			if marked != runMarked {
				b.WriteString(choosePaint(runMarked, mark, base).On(text[runStart:at]))
				runStart, runMarked = at, marked
			}
			i++
		}
		b.WriteString(choosePaint(runMarked, mark, base).On(text[runStart:]))
	}
	if w < width {
		b.WriteString(strings.Repeat(" ", width-w))
	}
	return b.String()
}

func choosePaint(cond bool, a, b kit.Paint) kit.Paint {
	if cond {
		return a
	}
	return b
}
