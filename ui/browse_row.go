package ui

import (
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
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

// ratingGlyphs draw a 1-5 rating in one cell, from low to high.
var ratingGlyphs = [...]string{"·", "▁", "▂", "▃", "▅", "▇"}

// ratingGlyph draws a rating as one bar, or a dot when it was not given.
func ratingGlyph(r journal.Rating) string {
	if r < 0 || int(r) >= len(ratingGlyphs) {
		return ratingGlyphs[0]
	}
	return ratingGlyphs[r]
}

// listColumns are the widths of the list's columns at one window width.
type listColumns struct {
	company, role int
	ratings       bool // room for the mood and self columns
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
	return c
}

// header draws the column titles, marking the one the list is sorted by.
func (c listColumns) header(st Styles, order journal.SortOrder) string {
	date, company := "date ▾", "company"
	if order == journal.SortByCompany {
		date, company = "date", "company ▾"
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", cursorWidth))
	b.WriteString(pad(date, dateWidth+gapWidth))
	b.WriteString(pad(company, c.company+gapWidth))
	b.WriteString(pad("role", c.role+gapWidth))
	b.WriteString(pad("stage", stageWidth+gapWidth))
	if c.ratings {
		b.WriteString(pad("outcome", outcomeWidth+gapWidth))
		b.WriteString("mood self")
	} else {
		b.WriteString("outcome")
	}
	return st.Faint.Render(b.String())
}

// row draws one interview: date, company, role, stage, outcome and the
// mood and self glyphs, with the letters the filter matched highlighted.
func (c listColumns) row(st Styles, cand *journal.Candidate, highlights []int, selected bool) string {
	s := &cand.Summary
	base, mark := lipgloss.NewStyle(), st.Accent.Bold(true).Underline(true)
	lead := "  "
	if selected {
		base, mark = st.Selected, st.Selected.Underline(true)
		lead = st.Selected.Render("▸ ")
	}
	company, role := safetext.Line(s.Company), safetext.Line(s.Role)
	// Highlights count runes of "company role" as stored; when cleaning
	// changed the text they would land on the wrong letters.
	if company != s.Company || role != s.Role {
		highlights = nil
	}
	var b strings.Builder
	b.WriteString(lead)
	b.WriteString(st.Subtle.Render(pad(s.Date.String(), dateWidth)))
	b.WriteString("  ")
	b.WriteString(highlightCell(company, c.company, highlights, 0, base, mark))
	b.WriteString("  ")
	b.WriteString(highlightCell(role, c.role, highlights, len([]rune(s.Company))+1, base, mark))
	b.WriteString("  ")
	b.WriteString(st.Faint.Render(pad(string(s.Stage), stageWidth)))
	b.WriteString("  ")
	status := s.Status
	if status == "" {
		status = journal.StatusPending
	}
	b.WriteString(outcomeStyle(st, status).Render(pad(status.Label(), outcomeWidth)))
	if c.ratings {
		b.WriteString("  ")
		b.WriteString(st.Accent.Render(pad(" "+ratingGlyph(s.MoodAfter), ratingWidth)))
		b.WriteString(" ")
		b.WriteString(st.Accent.Render(pad(" "+ratingGlyph(s.Authenticity), ratingWidth)))
	}
	return b.String()
}

// outcomeStyle colours an outcome by what it means for the search.
func outcomeStyle(st Styles, s journal.Status) lipgloss.Style {
	switch s {
	case journal.StatusOffer:
		return st.Success
	case journal.StatusNextRound:
		return st.Accent
	case journal.StatusRejected:
		return st.Warning
	}
	return st.Subtle
}

// highlightCell draws text cut and padded to width, with the runes at the
// highlighted positions (counted from offset) drawn in mark.
func highlightCell(text string, width int, highlights []int, offset int, base, mark lipgloss.Style) string {
	text = truncate(text, width)
	var b strings.Builder
	var run []rune
	runMarked := false
	flush := func() {
		if len(run) > 0 {
			style := base
			if runMarked {
				style = mark
			}
			b.WriteString(style.Render(string(run)))
			run = run[:0]
		}
	}
	h := 0
	for i, r := range []rune(text) {
		for h < len(highlights) && highlights[h] < offset+i {
			h++
		}
		marked := h < len(highlights) && highlights[h] == offset+i && r != '…'
		if marked != runMarked {
			flush()
			runMarked = marked
		}
		run = append(run, r)
	}
	flush()
	if w := ansi.StringWidth(text); w < width {
		b.WriteString(strings.Repeat(" ", width-w))
	}
	return b.String()
}

// pad cuts or pads plain text to exactly width cells.
func pad(s string, width int) string {
	s = truncate(s, width)
	if w := ansi.StringWidth(s); w < width {
		return s + strings.Repeat(" ", width-w)
	}
	return s
}
