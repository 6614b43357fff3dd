package export

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
)

// PracticeFileName is the name of the Markdown page of the practice cards
// and the story bank.
const PracticeFileName = "practice.md"

// WritePracticeMarkdown writes the practice cards and the story bank as
// one Markdown page: each card with its question, better answer, when it
// is due and how its practice went; each story in its parts.
func WritePracticeMarkdown(w io.Writer, cards []journal.Card, stories []journal.Story) error {
	m := newMDWriter(w)
	m.frontMatter([][2]string{{"cards", strconv.Itoa(len(cards))}, {"stories", strconv.Itoa(len(stories))}})
	m.heading(1, "Practice")
	if len(cards) > 0 {
		m.heading(2, "Cards")
	}
	for _, c := range cards {
		m.heading(3, "Card "+c.Ref()+": "+c.Question)
		m.labelled("Better answer", c.Answer)
		state := "Due " + c.Due.String()
		if c.Suspended {
			state = "Set aside"
		}
		if n := len(c.Reviews); n > 0 {
			grades := make([]string, 0, n)
			for _, r := range c.Reviews {
				grades = append(grades, r.Day.String()+" "+fsrs.Grade(r.Grade).String())
			}
			times := fmt.Sprintf("%d times", n)
			if n == 1 {
				times = "once"
			}
			state += "; practised " + times + ": " + strings.Join(grades, ", ")
		}
		m.paragraph(state + ".")
		if len(c.Tags) > 0 {
			m.labelled("Tags", strings.Join(c.Tags, ", "))
		}
	}
	if len(stories) > 0 {
		m.heading(2, "Stories")
	}
	for _, st := range stories {
		m.heading(3, st.Title)
		for _, part := range []struct{ label, text string }{
			{"Situation", st.Situation}, {"Task", st.Task}, {"Action", st.Action}, {"Result", st.Result}, {"What it shows", st.Shows},
		} {
			if !isBlank(part.text) {
				m.labelled(part.label, part.text)
			}
		}
		if len(st.Themes) > 0 {
			m.labelled("Themes", strings.Join(st.Themes, ", "))
		}
		if len(st.Cards) > 0 {
			m.labelled("Answers cards", strings.Join(st.Cards, ", "))
		}
	}
	return m.finish()
}

// PracticeOf gathers the cards and stories of src, when it has any.
func PracticeOf(src Source) ([]journal.Card, []journal.Story, error) {
	ps, ok := src.(PracticeSource)
	if !ok {
		return nil, nil, nil
	}
	var cards []journal.Card
	var stories []journal.Story
	if err := ps.EachCard(func(c *journal.Card) error { cards = append(cards, *c); return nil }); err != nil {
		return nil, nil, err
	}
	err := ps.EachStory(func(st *journal.Story) error { stories = append(stories, *st); return nil })
	return cards, stories, err
}
