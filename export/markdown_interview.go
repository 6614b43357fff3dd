package export

import (
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/journal"
)

// WriteMarkdown writes one interview as a Markdown page: YAML front matter
// (date, company, role, stage, outcome, tags), a title, then one section per
// answered prompt in the order the reflection asks them, ending with custom
// answers, feedback, the lessons drawn from the decision and the follow-ups
// done. Unanswered prompts are left out; what the user wrote goes in as
// written, made safe to read as on the screens (see mdWriter).
func WriteMarkdown(w io.Writer, iv *journal.Interview) error {
	m := newMDWriter(w)
	m.frontMatter(interviewFrontMatter(iv))
	m.heading(1, iv.Title())
	writeFacts(m, iv)
	writePeople(m, iv.Interviewers)
	writeMood(m, iv)
	writeList(m, "What went well", iv.WentWell)
	writeCurveballs(m, iv.Curveballs)
	writeList(m, "Where I sounded scripted", iv.Scripted)
	writeAuthenticity(m, iv)
	writeList(m, "Stories I should have told", iv.ShouldHaveTold)
	if iv.Nerves != 0 {
		m.heading(2, "Nerves")
		m.paragraph(ratingText(iv.Nerves))
	}
	writeText(m, "First impression", iv.FirstImpression)
	writeList(m, "Questions I asked", iv.QuestionsAsked)
	writeText(m, "Fit", iv.Fit)
	writeText(m, "Outside my control", iv.OutsideControl)
	writeList(m, "Lessons", iv.Lessons)
	writeText(m, "Proud of", iv.ProudOf)
	for _, a := range iv.Answers {
		title := a.Title
		if isBlank(title) {
			title = capitalize(humanize(a.Prompt))
		}
		writeText(m, title, a.Value)
	}
	writeFeedback(m, iv.Feedback)
	writeList(m, "Lessons from the decision", iv.FeedbackLessons)
	writeFollowUpsDone(m, iv.FollowUps)
	return m.finish()
}

func interviewFrontMatter(iv *journal.Interview) [][2]string {
	var fields [][2]string
	if !iv.Date.IsZero() {
		// A bare date, which YAML and static site tools read as a date.
		fields = append(fields, [2]string{"date", iv.Date.String()})
	}
	if iv.Company != "" {
		fields = append(fields, [2]string{"company", yamlQuote(iv.Company)})
	}
	if iv.Role != "" {
		fields = append(fields, [2]string{"role", yamlQuote(iv.Role)})
	}
	if iv.Stage != "" {
		fields = append(fields, [2]string{"stage", yamlQuote(string(iv.Stage))})
	}
	fields = append(fields, [2]string{"outcome", yamlQuote(string(outcomeStatus(iv.Outcome)))})
	if len(iv.Tags) > 0 {
		fields = append(fields, [2]string{"tags", yamlList(iv.Tags)})
	}
	return fields
}

// outcomeStatus treats an interview with no outcome yet as pending.
func outcomeStatus(o journal.Outcome) journal.Status {
	if o.Status == "" {
		return journal.StatusPending
	}
	return o.Status
}

func writeFacts(m *mdWriter, iv *journal.Interview) {
	var facts []string
	add := func(label, value string) {
		if value != "" {
			facts = append(facts, label+": "+value)
		}
	}
	add("Date", iv.Date.String())
	if iv.Stage != "" {
		add("Stage", iv.Stage.Label())
	}
	if iv.Format != "" {
		add("Format", iv.Format.Label())
	}
	add("Decision expected by", iv.DecisionExpected.String())
	outcome := outcomeStatus(iv.Outcome).Label()
	if !iv.Outcome.Date.IsZero() {
		outcome += " since " + iv.Outcome.Date.String()
	}
	add("Outcome", outcome)
	if iv.StillInterested {
		add("Still interested", "yes")
	}
	m.heading(2, "The interview")
	m.bullets(facts)
}

func writePeople(m *mdWriter, people []journal.Person) {
	var lines []string
	for _, p := range people {
		parts := []string{}
		for _, s := range []string{p.Name, p.Title} {
			if !isBlank(s) {
				parts = append(parts, oneLine(s))
			}
		}
		line := strings.Join(parts, ", ")
		if !isBlank(p.Contact) {
			line += " (" + oneLine(p.Contact) + ")"
		}
		lines = append(lines, line)
	}
	if hasItems(lines) {
		m.heading(2, "People I met")
		m.bullets(lines)
	}
}

func writeMood(m *mdWriter, iv *journal.Interview) {
	var lines []string
	if iv.MoodBefore != 0 {
		lines = append(lines, "Before: "+ratingText(iv.MoodBefore))
	}
	if iv.MoodAfter != 0 {
		lines = append(lines, "After: "+ratingText(iv.MoodAfter))
	}
	if len(lines) > 0 {
		m.heading(2, "Mood")
		m.bullets(lines)
	}
}

func writeCurveballs(m *mdWriter, curveballs []journal.Curveball) {
	var written int
	for _, c := range curveballs {
		if c.IsEmpty() {
			continue
		}
		if written == 0 {
			m.heading(2, "Curveballs")
		}
		written++
		question := oneLine(c.Question)
		if question == "" {
			question = "(question not written down)"
		}
		m.heading(3, strconv.Itoa(written)+". "+question)
		if strings.Contains(trimBlankLines(c.Question), "\n") {
			// The heading had to flatten it; keep the question's own lines.
			m.labelled("The question", c.Question)
		}
		if !isBlank(c.Answer) {
			m.labelled("What I said", c.Answer)
		}
		if !isBlank(c.BetterAnswer) {
			m.labelled("What I would say now", c.BetterAnswer)
		}
		if hasItems(c.Tags) {
			m.paragraph("Tags: " + joinItems(c.Tags))
		}
	}
}

func writeAuthenticity(m *mdWriter, iv *journal.Interview) {
	if iv.Authenticity == 0 && isBlank(iv.AuthenticityWhy) {
		return
	}
	m.heading(2, "How much of myself I showed")
	if iv.Authenticity != 0 {
		m.paragraph(ratingText(iv.Authenticity))
	}
	if !isBlank(iv.AuthenticityWhy) {
		m.paragraph(iv.AuthenticityWhy)
	}
}

func writeFeedback(m *mdWriter, feedback []journal.Feedback) {
	var written bool
	for _, f := range feedback {
		if isBlank(f.Text) {
			continue
		}
		if !written {
			m.heading(2, "Feedback")
			written = true
		}
		var source []string
		if !isBlank(f.From) {
			source = append(source, oneLine(f.From))
		}
		if !f.Date.IsZero() {
			source = append(source, f.Date.String())
		}
		if len(source) == 0 {
			m.paragraph(f.Text)
			continue
		}
		m.labelled(strings.Join(source, ", "), f.Text)
	}
}

func writeFollowUpsDone(m *mdWriter, followUps []journal.FollowUp) {
	var lines []string
	for _, f := range followUps {
		if f.Status != journal.FollowUpDone {
			continue
		}
		line := capitalize(humanize(string(f.Kind)))
		if !f.DoneAt.IsZero() {
			line += ", " + f.DoneAt.String()
		}
		if !isBlank(f.Note) {
			line += ": " + f.Note
		}
		lines = append(lines, line)
	}
	if len(lines) > 0 {
		m.heading(2, "Follow-ups done")
		m.bullets(lines)
	}
}

// writeList writes a section holding a list, if any item has text.
func writeList(m *mdWriter, title string, items []string) {
	if hasItems(items) {
		m.heading(2, title)
		m.bullets(items)
	}
}

// writeText writes a section holding free text, if there is any.
func writeText(m *mdWriter, title, text string) {
	if !isBlank(text) {
		m.heading(2, title)
		m.paragraph(text)
	}
}

func joinItems(items []string) string {
	var kept []string
	for _, s := range items {
		if !isBlank(s) {
			kept = append(kept, oneLine(s))
		}
	}
	return strings.Join(kept, ", ")
}

func capitalize(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
