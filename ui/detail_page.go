package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// interviewPage lays out every answer of an interview at a width: the facts
// first, then each answered prompt under its title, in the order of the
// reflection. Unanswered prompts are left out.
func interviewPage(iv *journal.Interview, set prompts.Set, st kit.Styles, width int) string {
	w := &pageWriter{st: st, width: width}
	w.facts(iv)
	w.people(kit.PromptTitle(set, "interviewers", "Who you met"), iv.Interviewers)
	w.moods(iv)
	w.list(kit.PromptTitle(set, "went_well", "What went well"), iv.WentWell)
	w.curveballs(kit.PromptTitle(set, "curveballs", "Curveballs"), iv.Curveballs)
	w.list(kit.PromptTitle(set, "scripted", "Where it sounded rehearsed"), iv.Scripted)
	w.authenticity(kit.PromptTitle(set, "authenticity", "How much of you came through?"), iv.Authenticity, iv.AuthenticityWhy)
	w.list(kit.PromptTitle(set, "should_have_told", "Stories you left out"), iv.ShouldHaveTold)
	w.text(kit.PromptTitle(set, "first_impression", "First impression"), iv.FirstImpression)
	w.list(kit.PromptTitle(set, "questions_asked", "Your questions for them"), iv.QuestionsAsked)
	w.text(kit.PromptTitle(set, "fit", "Is this job right for you?"), iv.Fit)
	w.text(kit.PromptTitle(set, "outside_control", "Out of your hands"), iv.OutsideControl)
	w.list(kit.PromptTitle(set, "lessons", "Next time"), iv.Lessons)
	w.text(kit.PromptTitle(set, "proud_of", "Something you are proud of"), iv.ProudOf)
	for _, a := range iv.Answers {
		w.text(kit.CustomTitle(a), a.Value)
	}
	w.feedback(iv.Feedback)
	w.list(kit.DecisionLessonsTitle, iv.FeedbackLessons)
	w.followUps(iv.FollowUps)
	w.stamps(iv)
	return strings.TrimRight(w.b.String(), "\n")
}

// pageWriter lays out the sections of an interview's page.
type pageWriter struct {
	b     strings.Builder
	st    kit.Styles
	width int
}

func (w *pageWriter) heading(title string) {
	w.b.WriteString("\n" + w.st.Heading.Render(safetext.Line(title)) + "\n")
}

// para writes text wrapped to the width under an indent, keeping its own
// line breaks.
func (w *pageWriter) para(text, indent string) {
	w.b.WriteString(kit.Hang(safetext.Text(strings.TrimSpace(text)), w.width, indent, indent) + "\n")
}

func (w *pageWriter) facts(iv *journal.Interview) {
	st := w.st
	w.b.WriteString(st.Title.Render(safetext.Line(iv.Title())) + "\n")
	facts := []string{iv.Date.String()}
	if iv.Stage != "" {
		facts = append(facts, iv.Stage.Label())
	}
	if iv.Format != "" {
		facts = append(facts, iv.Format.Label())
	}
	status := iv.Outcome.Status
	if status == "" {
		status = journal.StatusPending
	}
	outcome := kit.OutcomeStyle(st, status).Render(status.Label())
	if !iv.Outcome.Date.IsZero() && status != journal.StatusPending {
		outcome += st.Subtle.Render(" on " + iv.Outcome.Date.String())
	}
	w.b.WriteString(st.Subtle.Render(strings.Join(nonEmpty(facts), " · ")+" · ") + outcome + "\n")
	var more []string
	if !iv.DecisionExpected.IsZero() {
		more = append(more, "decision expected "+iv.DecisionExpected.String())
	}
	if iv.StillInterested {
		more = append(more, "still interested")
	}
	if len(iv.Tags) > 0 {
		more = append(more, "tags: "+safetext.Line(strings.Join(iv.Tags, ", ")))
	}
	if len(more) > 0 {
		w.para(st.Subtle.Render(strings.Join(more, " · ")), "")
	}
}

func (w *pageWriter) people(title string, people []journal.Person) {
	if len(people) == 0 {
		return
	}
	w.heading(title)
	for _, p := range people {
		line := safetext.Line(p.Name)
		if p.Title != "" {
			line += ", " + safetext.Line(p.Title)
		}
		if p.Contact != "" {
			line += w.st.Subtle.Render(" · " + safetext.Line(p.Contact))
		}
		w.b.WriteString(kit.Bullet(line, w.width) + "\n")
	}
}

func (w *pageWriter) moods(iv *journal.Interview) {
	var parts []string
	for _, r := range []struct {
		label  string
		rating journal.Rating
	}{{"before", iv.MoodBefore}, {"after", iv.MoodAfter}, {"nerves", iv.Nerves}} {
		if r.rating > 0 {
			parts = append(parts, w.st.Subtle.Render(r.label+" ")+ratingDots(w.st, r.rating))
		}
	}
	if len(parts) == 0 {
		return
	}
	w.heading("How you felt")
	w.b.WriteString("  " + strings.Join(parts, "    ") + "\n")
}

// ratingDots draws a rating as five dots, filled up to the rating.
func ratingDots(st kit.Styles, r journal.Rating) string {
	r = max(0, min(5, r))
	return st.Accent.Render(strings.Repeat("●", int(r))) + st.Faint.Render(strings.Repeat("○", 5-int(r))) +
		st.Subtle.Render(" "+strconv.Itoa(int(r))+"/5")
}

func (w *pageWriter) list(title string, items []string) {
	items = nonEmpty(items)
	if len(items) == 0 {
		return
	}
	w.heading(title)
	for _, it := range items {
		w.b.WriteString(kit.Bullet(safetext.Line(it), w.width) + "\n")
	}
}

func (w *pageWriter) text(title, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	w.heading(title)
	w.para(text, "  ")
}

func (w *pageWriter) curveballs(title string, cbs []journal.Curveball) {
	if len(cbs) == 0 {
		return
	}
	w.heading(title)
	for i, c := range cbs {
		if i > 0 {
			w.b.WriteString("\n")
		}
		w.b.WriteString("  " + w.st.Accent.Render(strconv.Itoa(i+1)+".") + " ")
		q := strings.TrimSpace(c.Question)
		if q == "" {
			q = "(no question written)"
		}
		wrapped := ansi.Wrap("“"+safetext.Line(q)+"”", max(10, w.width-5), "")
		for j, l := range strings.Split(wrapped, "\n") {
			if j > 0 {
				w.b.WriteString("     ")
			}
			w.b.WriteString(w.st.Heading.Render(l) + "\n")
		}
		w.labeled(kit.CurveballParts[1].Title, c.Answer)
		w.labeled(kit.CurveballParts[2].Title, c.BetterAnswer)
		if len(c.Tags) > 0 {
			w.b.WriteString("     " + w.st.Faint.Render("tags: "+safetext.Line(strings.Join(c.Tags, ", "))) + "\n")
		}
	}
}

// labeled writes a faint label and the text under it, indented.
func (w *pageWriter) labeled(label, text string) {
	if strings.TrimSpace(text) == "" {
		return
	}
	w.b.WriteString("     " + w.st.Subtle.Render(label) + "\n")
	w.para(text, "       ")
}

func (w *pageWriter) authenticity(title string, r journal.Rating, why string) {
	if r == 0 && strings.TrimSpace(why) == "" {
		return
	}
	w.heading(title)
	if r > 0 {
		w.b.WriteString("  " + ratingDots(w.st, r) + "\n")
	}
	if strings.TrimSpace(why) != "" {
		w.para(why, "  ")
	}
}

func (w *pageWriter) feedback(fb []journal.Feedback) {
	if len(fb) == 0 {
		return
	}
	w.heading("Feedback")
	for _, f := range fb {
		head := strings.Join(nonEmpty([]string{f.Date.String(), safetext.Line(f.From)}), " · ")
		if head != "" {
			w.b.WriteString("  " + w.st.Subtle.Render(head) + "\n")
		}
		w.para(f.Text, "  ")
	}
}

func (w *pageWriter) followUps(fus []journal.FollowUp) {
	if len(fus) == 0 {
		return
	}
	w.heading("Follow-ups")
	for _, f := range fus {
		line := f.Kind.Label() + " · " + string(f.Status)
		switch {
		case !f.DoneAt.IsZero():
			line += " " + f.DoneAt.String()
		case !f.Due.IsZero():
			line += ", due " + f.Due.String()
		}
		if f.Note != "" {
			line += " · " + safetext.Line(f.Note)
		}
		w.b.WriteString(kit.Bullet(line, w.width) + "\n")
	}
}

func (w *pageWriter) stamps(iv *journal.Interview) {
	if iv.CreatedAt.IsZero() {
		return
	}
	line := "written " + iv.CreatedAt.Format("2006-01-02 15:04")
	if iv.UpdatedAt.After(iv.CreatedAt) {
		line += " · changed " + iv.UpdatedAt.Format("2006-01-02 15:04")
	}
	w.b.WriteString("\n" + w.st.Faint.Render(line) + "\n")
}

// nonEmpty drops blank strings.
func nonEmpty(list []string) []string {
	var out []string
	for _, s := range list {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	return out
}
