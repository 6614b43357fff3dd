// Package review is the weekly review's screens: the week at a glance
// before the review, the list of past reviews, and one review in full. The
// review's questions themselves run in the guided flow.
package review

import (
	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// Glance is the week at a glance, shown before the weekly review's
// prompts: the interviews since the last review, the follow-ups done,
// overdue and coming (which can be marked done right there), the feedback
// received and what changed in the patterns.
type Glance struct {
	sh     *kit.Context
	loaded bool
	err    string
	week   insight.Week
	// ivs is the journal the week was drawn from, kept so that marking a
	// follow-up recomputes only the follow-ups.
	ivs    []*journal.Interview
	streak journal.Streak
	// practice is what the drills show, nil when the journal keeps no
	// cards.
	practice *glancePractice
	// draft is an unfinished review that enter continues, or nil.
	draft *journal.Draft
	// items are the follow-ups the user can mark: overdue, coming, then
	// done, in the order they are drawn.
	items    []glanceItem
	selected int
	// selectedKey keeps the selection on the same follow-up when it moves
	// to another group after being marked.
	selectedKey string
	marking     bool
}

// glanceItem is one follow-up of the list and the group it is drawn in.
type glanceItem struct {
	agenda journal.AgendaItem
	group  glanceGroup
}

// glanceGroup is where a follow-up stands in the week.
type glanceGroup int

const (
	groupOverdue glanceGroup = iota
	groupComing
	groupDone
)

func (it glanceItem) key() string {
	return strconv.FormatUint(it.agenda.InterviewID, 10) + "/" + it.agenda.FollowUp.ID
}

// glanceLoadedMsg carries what the week at a glance shows.
type glanceLoadedMsg struct {
	week     insight.Week
	ivs      []*journal.Interview
	streak   journal.Streak
	practice *glancePractice
	draft    *journal.Draft
	err      error
}

// followUpMarkedMsg reports that a follow-up was marked done or undone,
// with the week and journal as they are now.
type followUpMarkedMsg struct {
	status journal.FollowUpStatus
	label  string
	week   insight.Week
	ivs    []*journal.Interview
	err    error
}

// NewGlance builds the week at a glance, shown before the weekly review.
func NewGlance(sh *kit.Context) *Glance { return &Glance{sh: sh} }

// Init loads the week.
func (p *Glance) Init() tea.Cmd { return p.load() }

// load reads the journal and sums up the week, in a command: the pattern
// analysis reads every interview.
func (p *Glance) load() tea.Cmd {
	j, pr, now := p.sh.Journal, p.sh.Practice, p.sh.Now()
	return func() tea.Msg {
		ivs, err := glanceInterviews(j, pr)
		if err != nil {
			return glanceLoadedMsg{err: err}
		}
		week, err := sumUpWeek(j, pr, ivs, now)
		if err != nil {
			return glanceLoadedMsg{err: err}
		}
		reviews, err := j.Reviews()
		if err != nil {
			return glanceLoadedMsg{err: err}
		}
		drafts, err := j.Drafts()
		if err != nil {
			return glanceLoadedMsg{err: err}
		}
		msg := glanceLoadedMsg{
			week:   week(journal.LatestReview(reviews)),
			ivs:    ivs,
			streak: journal.ReviewStreak(reviews, journal.DateOf(now)),
		}
		msg.practice = loadPractice(pr, msg.week)
		// Drafts come most recently touched first: continue the latest.
		for i := range drafts {
			if drafts[i].Kind == journal.DraftReview {
				msg.draft = &drafts[i]
				break
			}
		}
		return msg
	}
}

// glanceInterviews reads what the week is drawn from: the compact
// analysis records, which hold all the week reads (dates, ratings,
// curveballs, lessons, follow-ups, feedback) and read many times faster
// than every whole interview, when the journal keeps them (the store
// behind Practice does); every interview otherwise.
func glanceInterviews(j kit.Journal, pr kit.Practice) ([]*journal.Interview, error) {
	if pr != nil {
		return pr.AnalysisInterviews()
	}
	return j.Interviews()
}

// sumUpWeek returns how to sum up the week from ivs given the latest
// review. Drawn from the analysis records (pr is not nil), the follow-ups
// open today come from the journal's agenda, since the records do not hold
// all that the follow-up rules read.
func sumUpWeek(j kit.Journal, pr kit.Practice, ivs []*journal.Interview, now time.Time) (func(*journal.Review) insight.Week, error) {
	if pr == nil {
		return func(last *journal.Review) insight.Week { return insight.WeekSummary(ivs, last, now) }, nil
	}
	agenda, err := j.Agenda(journal.DateOf(now))
	if err != nil {
		return nil, err
	}
	return func(last *journal.Review) insight.Week { return insight.WeekSummaryAgenda(ivs, agenda, nil, last, now) }, nil
}

// Update handles the loaded week, marks and keys.
func (p *Glance) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case glanceLoadedMsg:
		p.loaded = true
		p.err = journal.ErrorMessage(msg.err)
		p.week, p.ivs, p.streak, p.draft, p.practice = msg.week, msg.ivs, msg.streak, msg.draft, msg.practice
		p.fillItems()
		return nil
	case followUpMarkedMsg:
		p.marking = false
		if msg.err != nil {
			return p.sh.SetStatus("Not saved: "+journal.ErrorMessage(msg.err), true)
		}
		p.week, p.ivs = msg.week, msg.ivs
		p.fillItems()
		text := "Marked done: " + msg.label
		if msg.status == journal.FollowUpOpen {
			text = "Open again: " + msg.label
		}
		return p.sh.SetStatus(text, false)
	case tea.KeyPressMsg:
		return p.handleKey(msg)
	}
	return nil
}

// fillItems lists the follow-ups in the order they are drawn and keeps the
// selection on the follow-up it was on.
func (p *Glance) fillItems() {
	p.items = p.items[:0]
	for _, g := range []struct {
		list  []journal.AgendaItem
		group glanceGroup
	}{{p.week.Overdue, groupOverdue}, {p.week.Coming, groupComing}, {p.week.Done, groupDone}} {
		for _, a := range g.list {
			p.items = append(p.items, glanceItem{agenda: a, group: g.group})
		}
	}
	for i, it := range p.items {
		if it.key() == p.selectedKey {
			p.selected = i
		}
	}
	p.selected = min(p.selected, max(0, len(p.items)-1))
}

func (p *Glance) handleKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys.Review
	switch {
	case key.Matches(k, keys.Quit):
		return kit.Quit()
	case key.Matches(k, keys.Back):
		return p.sh.Leave()
	case !p.loaded || p.err != "":
		return nil
	case key.Matches(k, keys.Start):
		d := kit.NewReviewDraft(p.week)
		if p.draft != nil {
			d = *p.draft
		}
		if ev := p.practice.focusEvidence(p.week.From); ev != "" {
			kit.SetFocusEvidence(&d, ev)
		}
		return p.sh.OpenFlow(&d)
	case key.Matches(k, keys.List):
		return p.sh.Navigate(kit.ScreenReviews, 0)
	case key.Matches(k, keys.Done) && len(p.items) > 0 && !p.marking:
		return p.toggle(p.items[p.selected])
	case kit.MoveCursor(&p.selected, len(p.items), max(1, p.sh.Height/2), p.sh.Keys.Scroll, k):
	}
	if p.selected >= 0 && p.selected < len(p.items) {
		p.selectedKey = p.items[p.selected].key()
	}
	return nil
}

// toggle marks an open follow-up done today, or opens a done one again,
// and saves the interview at once.
func (p *Glance) toggle(it glanceItem) tea.Cmd {
	p.marking = true
	p.selectedKey = it.key()
	status := journal.FollowUpDone
	if it.group == groupDone {
		status = journal.FollowUpOpen
	}
	j, today, records := p.sh.Journal, journal.DateOf(p.sh.Now()), p.sh.Practice != nil
	a, week, ivs := it.agenda, p.week, p.ivs
	label := a.FollowUp.Kind.Label() + " · " + safetext.Line(agendaCompany(a))
	return func() tea.Msg {
		iv, err := j.ChangeInterview(a.InterviewID, func(iv *journal.Interview) error {
			return iv.MarkFollowUp(a.FollowUp.ID, status, today, journal.Date{}, "")
		})
		if err != nil {
			return followUpMarkedMsg{err: err}
		}
		// A new slice with the saved interview in its place: the page's
		// own slice and week are left alone until the message lands.
		next := make([]*journal.Interview, len(ivs))
		for i, old := range ivs {
			next[i] = old
			if old.ID == iv.ID {
				next[i] = iv
			}
		}
		if records {
			// As when the week was loaded: the open follow-ups from the
			// journal's agenda.
			agenda, err := j.Agenda(today)
			if err != nil {
				return followUpMarkedMsg{err: err}
			}
			week.RefreshFollowUpsAgenda(next, agenda)
		} else {
			week.RefreshFollowUps(next)
		}
		return followUpMarkedMsg{status: status, label: label, week: week, ivs: next}
	}
}

// agendaCompany names the interview of a follow-up in a few words.
func agendaCompany(a journal.AgendaItem) string {
	if a.Company != "" {
		return a.Company
	}
	iv := journal.Interview{Role: a.Role}
	return iv.Title()
}

// Loading reports whether the week is still being read (see kit.Loader).
func (p *Glance) Loading() bool { return !p.loaded }
