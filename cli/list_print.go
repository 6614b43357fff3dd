package cli

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// Caps on the text columns of the table, so one long name cannot push the
// rest of every row off the screen.
const (
	maxCompanyColumn = 30
	maxRoleColumn    = 40
)

// summaryRecord is one line of `debrief list --json`. Every field is always
// present, so scripts need no defaults.
type summaryRecord struct {
	ID           uint64   `json:"id"`
	Date         string   `json:"date"`
	Company      string   `json:"company"`
	Role         string   `json:"role"`
	Stage        string   `json:"stage"`
	Outcome      string   `json:"outcome"`
	MoodAfter    int      `json:"mood_after"`
	Authenticity int      `json:"authenticity"`
	Tags         []string `json:"tags"`
}

// writeSummaryJSON writes one JSON object a line. Text from the journal is
// made safe first, as everything printed is.
func writeSummaryJSON(w io.Writer, sums []journal.Summary) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range sums {
		s := &sums[i]
		tags := make([]string, len(s.Tags))
		for j, t := range s.Tags {
			tags[j] = safetext.Line(t)
		}
		status := s.Status
		if status == "" {
			status = journal.StatusPending
		}
		err := enc.Encode(summaryRecord{
			ID: s.ID, Date: s.Date.String(), Company: safetext.Line(s.Company), Role: safetext.Line(s.Role),
			Stage: string(s.Stage), Outcome: string(status), MoodAfter: int(s.MoodAfter),
			Authenticity: int(s.Authenticity), Tags: tags,
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// writeSummaryTable writes an aligned table, one interview a line, sized to
// the widest company and role it holds (within caps).
func writeSummaryTable(w io.Writer, sums []journal.Summary) error {
	idWidth, companyWidth, roleWidth := len("ID"), len("COMPANY"), len("ROLE")
	for i := range sums {
		idWidth = max(idWidth, len(strconv.FormatUint(sums[i].ID, 10)))
		companyWidth = max(companyWidth, min(maxCompanyColumn, ansi.StringWidth(safetext.Line(sums[i].Company))))
		roleWidth = max(roleWidth, min(maxRoleColumn, ansi.StringWidth(safetext.Line(sums[i].Role))))
	}
	widths := []int{idWidth, len(journal.DateLayout), companyWidth, roleWidth, len("technical"), len("no response"), len("MOOD"), len("SELF")}
	var line strings.Builder
	row := func(cells ...string) error {
		line.Reset()
		for i, c := range cells {
			if i < len(widths) {
				line.WriteString(padCell(c, widths[i]))
				line.WriteString("  ")
			} else {
				line.WriteString(c)
			}
		}
		// The cells are safe already; the whole row goes through the filter
		// once more, so that no cell added later can slip past it.
		_, err := io.WriteString(w, safetext.Text(strings.TrimRight(line.String(), " "))+"\n")
		return err
	}
	if err := row("ID", "DATE", "COMPANY", "ROLE", "STAGE", "OUTCOME", "MOOD", "SELF", "TAGS"); err != nil {
		return err
	}
	for i := range sums {
		s := &sums[i]
		status := s.Status
		if status == "" {
			status = journal.StatusPending
		}
		err := row(strconv.FormatUint(s.ID, 10), s.Date.String(), safetext.Line(s.Company), safetext.Line(s.Role),
			safetext.Line(string(s.Stage)), safetext.Line(status.Label()), ratingNumber(s.MoodAfter), ratingNumber(s.Authenticity),
			safetext.Line(strings.Join(s.Tags, ", ")))
		if err != nil {
			return err
		}
	}
	return nil
}

// ratingNumber writes a rating, or "-" when it was not given.
func ratingNumber(r journal.Rating) string {
	if r == 0 {
		return "-"
	}
	return strconv.Itoa(int(r))
}

// padCell cuts or pads text to width terminal cells.
func padCell(s string, width int) string {
	s = ansi.Truncate(s, width, "…")
	if w := ansi.StringWidth(s); w < width {
		s += strings.Repeat(" ", width-w)
	}
	return s
}
