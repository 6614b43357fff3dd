package review

import (
	"errors"
	"reflect"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// wholeRefused is a journal that refuses to read every interview whole,
// as a large one makes too slow for the glance.
type wholeRefused struct{ *uitest.FakeJournal }

func (wholeRefused) Interviews() ([]*journal.Interview, error) {
	return nil, errors.New("every interview read whole")
}

// recordsPractice gives the interviews as the store's analysis records
// hold them: what patterns read, without what only the follow-up rules
// read (the decision date, the interviewers, the interest).
type recordsPractice struct{ *uitest.FakePractice }

func (p recordsPractice) AnalysisInterviews() ([]*journal.Interview, error) {
	ivs, err := p.FakePractice.AnalysisInterviews()
	for i, iv := range ivs {
		ivs[i] = &journal.Interview{
			ID: iv.ID, Date: iv.Date, CreatedAt: iv.CreatedAt, Company: iv.Company, Role: iv.Role, Stage: iv.Stage, Tags: iv.Tags,
			Outcome:    journal.Outcome{Status: iv.Outcome.Status, Date: iv.Outcome.Date},
			MoodBefore: iv.MoodBefore, MoodAfter: iv.MoodAfter, Authenticity: iv.Authenticity, Nerves: iv.Nerves,
			Curveballs: iv.Curveballs, Lessons: iv.Lessons, FeedbackLessons: iv.FeedbackLessons, FollowUps: iv.FollowUps, Feedback: iv.Feedback,
		}
	}
	return ivs, err
}

// TestGlanceReadsAnalysisRecords: the week at a glance is drawn from the
// compact analysis records the journal keeps, never by reading every
// interview whole, with the follow-ups open today from the journal's
// agenda; it shows the same week as from the whole interviews, also after
// a follow-up is marked done.
func TestGlanceReadsAnalysisRecords(t *testing.T) {
	j := weekJournal()
	whole := func() *Glance {
		g := NewGlance(uitest.NewContext(j))
		g.Update(g.Init()())
		return g
	}
	want := whole()

	ctx := uitest.NewContext(wholeRefused{j})
	ctx.Practice = recordsPractice{uitest.NewFakePractice(j)}
	g := NewGlance(ctx)
	m, d := uitest.Start(t, ctx, g)
	_ = m
	if !g.loaded || g.err != "" {
		t.Fatalf("the glance did not load from the records: %q", g.err)
	}
	if len(want.week.Overdue) == 0 || len(want.week.Coming) == 0 {
		t.Fatal("the journal has no follow-up open to check the agenda with")
	}
	same := func(what string, got, want *Glance) {
		t.Helper()
		for _, c := range []struct {
			name      string
			got, want any
		}{{"overdue", got.week.Overdue, want.week.Overdue}, {"coming", got.week.Coming, want.week.Coming}, {"done", got.week.Done, want.week.Done},
			{"new themes", got.week.NewThemes, want.week.NewThemes}, {"new lessons", got.week.NewLessons, want.week.NewLessons},
			{"turns", got.week.Turns, want.week.Turns}, {"suggestion", got.week.Suggestion, want.week.Suggestion}} {
			if !reflect.DeepEqual(c.got, c.want) {
				t.Errorf("%s, %s from the records:\n got %+v\nwant %+v", what, c.name, c.got, c.want)
			}
		}
	}
	same("loaded", g, want)
	d.Press(tea.KeyPressMsg{Code: 'd', Text: "d"})
	if g.err != "" || len(g.week.Done) != len(want.week.Done)+1 {
		t.Fatalf("marking a follow-up done: %q, %d done", g.err, len(g.week.Done))
	}
	same("after marking", g, whole())
}
