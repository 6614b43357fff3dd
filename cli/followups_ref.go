package cli

import (
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// followUpRef names one follow-up of one interview on the command line, as
// "12/thank_you": interview 12's thank-you note.
type followUpRef struct {
	interview uint64
	id        string // the follow-up's ID within the interview
}

// String writes the reference the way the commands read it.
func (r followUpRef) String() string {
	return strconv.FormatUint(r.interview, 10) + "/" + r.id
}

// parseFollowUpRef reads "12/thank_you" or "12/keep_in_touch-2".
func parseFollowUpRef(s string) (followUpRef, error) {
	num, id, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return followUpRef{}, usageError{s + " does not name a follow-up; write the interview number and the follow-up, such as 12/thank_you"}
	}
	n, err := parseInterviewNumber(num)
	if err != nil {
		return followUpRef{}, err
	}
	if _, _, err := journal.ParseFollowUpID(id); err != nil {
		return followUpRef{}, journal.Errorf(journal.EInvalid, "%s; the follow-ups are %s", journal.ErrorMessage(err), followUpKindList())
	}
	return followUpRef{interview: n, id: id}, nil
}

// parseInterviewNumber reads the number of an interview, as 'debrief list'
// shows it.
func parseInterviewNumber(s string) (uint64, error) {
	n, err := strconv.ParseUint(strings.TrimSpace(s), 10, 64)
	if err != nil || n == 0 {
		return 0, usageError{strconv.Quote(s) + " is not an interview number"}
	}
	return n, nil
}

func followUpKindList() string {
	var names []string
	for _, k := range journal.FollowUpKinds() {
		names = append(names, string(k))
	}
	return strings.Join(names, ", ")
}

// todayOf is the user's calendar day: the day env's clock falls on in its
// own time zone.
func todayOf(env Env) journal.Date { return journal.Today(env.Now()) }

// parseDateFlag reads a --date value, the day something happened (an
// outcome came, feedback was given, a follow-up was sent): empty means
// today, and a day after today is refused.
func parseDateFlag(s string, env Env) (journal.Date, error) {
	today := todayOf(env)
	if strings.TrimSpace(s) == "" {
		return today, nil
	}
	d, err := journal.ParseDate(s)
	if err != nil {
		return journal.Date{}, journal.Errorf(journal.EInvalid, "--date: %s", journal.ErrorMessage(err))
	}
	if d.After(today) {
		return journal.Date{}, journal.Errorf(journal.EInvalid, "--date: %s is after today, %s; give the day it happened", d, today)
	}
	return d, nil
}

// changeInterview reads interview id, lets change modify it, and saves it.
// An unknown id is an ENotFound error naming the interview.
func changeInterview(cmd *cobra.Command, env Env, id uint64, change func(*journal.Interview) error) (*journal.Interview, error) {
	s, err := openExisting(cmd, env)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	// Read, change and save in one step: the app in another terminal may
	// save this interview at any moment, and its change must not be lost.
	iv, err := s.ChangeInterview(id, change)
	if journal.ErrorCode(err) == journal.ENotFound && iv == nil {
		return nil, journal.Errorf(journal.ENotFound, "There is no interview %d in this journal.", id)
	}
	if err != nil {
		return nil, err
	}
	return iv, nil
}

// interviewByNumber reads an interview, saying which one is missing.
func interviewByNumber(s *store.Store, id uint64) (*journal.Interview, error) {
	iv, err := s.Interview(id)
	if journal.ErrorCode(err) == journal.ENotFound {
		return nil, journal.Errorf(journal.ENotFound, "There is no interview %d in this journal.", id)
	}
	return iv, err
}

// plannedFollowUp finds a follow-up in the interview's plan as of today.
func plannedFollowUp(iv *journal.Interview, id string, today journal.Date) (journal.FollowUp, error) {
	plan := journal.PlanFollowUps(iv, today)
	if i := slices.IndexFunc(plan, func(f journal.FollowUp) bool { return f.ID == id }); i >= 0 {
		return plan[i], nil
	}
	var open []string
	for _, f := range plan {
		if f.Status == journal.FollowUpOpen {
			open = append(open, f.ID)
		}
	}
	if len(open) == 0 {
		return journal.FollowUp{}, journal.Errorf(journal.EInvalid, "%s is not planned for interview %d, which has no open follow-ups now.", id, iv.ID)
	}
	return journal.FollowUp{}, journal.Errorf(journal.EInvalid, "%s is not planned for interview %d; its open follow-ups are %s.", id, iv.ID, strings.Join(open, ", "))
}
