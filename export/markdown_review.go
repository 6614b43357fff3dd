package export

import (
	"io"

	"github.com/debrief-journal/debrief/journal"
)

// WriteReviewMarkdown writes one weekly review as a Markdown page: YAML
// front matter (date of the week, focus), how last week's focus went, the
// answers to the weekly prompts by title, and the focus chosen for the
// coming week. Empty answers are left out.
func WriteReviewMarkdown(w io.Writer, r *journal.Review) error {
	m := newMDWriter(w)
	var fields [][2]string
	if !r.WeekOf.IsZero() {
		fields = append(fields, [2]string{"date", r.WeekOf.String()})
	}
	if !isBlank(r.Focus) {
		fields = append(fields, [2]string{"focus", yamlQuote(r.Focus)})
	}
	m.frontMatter(fields)

	title := "Weekly review"
	if !r.WeekOf.IsZero() {
		title += ", week of " + r.WeekOf.String()
	}
	m.heading(1, title)

	if !isBlank(r.PreviousFocus) || r.PreviousFocusDone != "" || !isBlank(r.PreviousFocusNote) {
		m.heading(2, "Last week's focus")
		if !isBlank(r.PreviousFocus) {
			m.paragraph(r.PreviousFocus)
		}
		if r.PreviousFocusDone != "" {
			m.paragraph("Practised: " + string(r.PreviousFocusDone))
		}
		if !isBlank(r.PreviousFocusNote) {
			m.paragraph(r.PreviousFocusNote)
		}
	}
	for _, a := range r.Answers {
		title := a.Title
		if isBlank(title) {
			title = capitalize(humanize(a.Prompt))
		}
		writeText(m, title, a.Value)
	}
	writeText(m, "Focus for the coming week", r.Focus)
	return m.finish()
}
