package journal_test

import (
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// fuDay is the fixed interview day of the follow-up tests, a Monday.
var fuDay = journal.NewDate(2026, 3, 2)

// fuInterview returns a pending interview on fuDay with one interviewer who
// is not a recruiter.
func fuInterview() *journal.Interview {
	return &journal.Interview{
		ID: 1, Company: "Acme", Role: "Backend engineer", Date: fuDay,
		Interviewers: []journal.Person{{Name: "Dana Lee", Title: "Engineering manager"}},
		Outcome:      journal.Outcome{Status: journal.StatusPending},
	}
}

// fuIDs returns the IDs of the follow-ups in the given status, sorted.
func fuIDs(fs []journal.FollowUp, status journal.FollowUpStatus) []string {
	var out []string
	for _, f := range fs {
		if f.Status == status {
			out = append(out, f.ID)
		}
	}
	slices.Sort(out)
	return out
}

func fuFind(t *testing.T, fs []journal.FollowUp, id string) journal.FollowUp {
	t.Helper()
	for _, f := range fs {
		if f.ID == id {
			return f
		}
	}
	t.Fatalf("follow-up %q not planned; plan: %v", id, fs)
	return journal.FollowUp{}
}

func fuAbsent(t *testing.T, fs []journal.FollowUp, id string) {
	t.Helper()
	for _, f := range fs {
		if f.ID == id {
			t.Fatalf("follow-up %q planned but should not be: %+v", id, f)
		}
	}
}

func fuWantIDs(t *testing.T, fs []journal.FollowUp, status journal.FollowUpStatus, want ...string) {
	t.Helper()
	slices.Sort(want)
	if got := fuIDs(fs, status); !slices.Equal(got, want) {
		t.Fatalf("%s follow-ups = %v, want %v", status, got, want)
	}
}

func fuWantDue(t *testing.T, fs []journal.FollowUp, id string, due journal.Date) {
	t.Helper()
	if f := fuFind(t, fs, id); f.Due != due {
		t.Fatalf("%s due %s, want %s", id, f.Due, due)
	}
}

func TestPlanFollowUps(t *testing.T) {
	t.Run("PendingWithoutDecisionDate", func(t *testing.T) {
		plan := journal.PlanFollowUps(fuInterview(), fuDay)
		fuWantIDs(t, plan, journal.FollowUpOpen, "thank_you", "connect", "check_in")
		fuWantDue(t, plan, "thank_you", fuDay)
		fuWantDue(t, plan, "connect", fuDay.AddDays(2))
		fuWantDue(t, plan, "check_in", fuDay.AddDays(14))
		for _, f := range plan {
			if f.Kind != journal.FollowUpKind(f.ID) {
				t.Errorf("%s has kind %q", f.ID, f.Kind)
			}
		}
	})
	t.Run("DecisionDateGiven", func(t *testing.T) {
		iv := fuInterview()
		iv.DecisionExpected = fuDay.AddDays(5)
		fuWantDue(t, journal.PlanFollowUps(iv, fuDay), "check_in", fuDay.AddDays(6))
	})
	t.Run("DecisionDateBeforeInterviewIsIgnored", func(t *testing.T) {
		iv := fuInterview()
		iv.DecisionExpected = fuDay.AddDays(-3)
		fuWantDue(t, journal.PlanFollowUps(iv, fuDay), "check_in", fuDay.AddDays(14))
	})
	t.Run("SortedByDue", func(t *testing.T) {
		iv := fuInterview()
		iv.MoodAfter = 1
		iv.StillInterested = true
		plan := journal.PlanFollowUps(iv, fuDay)
		if !slices.IsSortedFunc(plan, func(a, b journal.FollowUp) int { return a.Due.Compare(b.Due) }) {
			t.Fatalf("plan not sorted by due: %v", plan)
		}
	})
	t.Run("NoInterviewers", func(t *testing.T) {
		iv := fuInterview()
		iv.Interviewers = []journal.Person{{Name: "  ", Title: "Engineer"}}
		fuAbsent(t, journal.PlanFollowUps(iv, fuDay), "connect")
	})
	t.Run("NoDate", func(t *testing.T) {
		iv := fuInterview()
		iv.Date = journal.Date{}
		if plan := journal.PlanFollowUps(iv, fuDay); len(plan) != 0 {
			t.Fatalf("an undated interview planned %v", plan)
		}
	})
	t.Run("NilInterview", func(t *testing.T) {
		if plan := journal.PlanFollowUps(nil, fuDay); len(plan) != 0 {
			t.Fatalf("nil interview planned %v", plan)
		}
	})
}

func TestPlanFollowUps_ThankYouTiming(t *testing.T) {
	iv := fuInterview()
	for _, tc := range []struct {
		name             string
		after            int
		dueToday, overdu bool
	}{
		{"SameDay", 0, true, false},
		{"NextDay", 1, true, false},
		{"TwoDaysLate", 2, false, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			today := fuDay.AddDays(tc.after)
			f := fuFind(t, journal.PlanFollowUps(iv, today), "thank_you")
			if f.DueToday(today) != tc.dueToday || f.Overdue(today) != tc.overdu {
				t.Fatalf("day +%d: due today %v, overdue %v; want %v, %v",
					tc.after, f.DueToday(today), f.Overdue(today), tc.dueToday, tc.overdu)
			}
			if f.Deadline() != fuDay.AddDays(1) {
				t.Fatalf("deadline %s, want the day after the interview", f.Deadline())
			}
		})
	}
	t.Run("BeforeTheInterview", func(t *testing.T) {
		today := fuDay.AddDays(-1)
		f := fuFind(t, journal.PlanFollowUps(iv, today), "thank_you")
		if f.DueToday(today) || f.Overdue(today) {
			t.Fatal("a thank-you is not due before the interview")
		}
	})
}

func TestPlanFollowUps_LoggedLate(t *testing.T) {
	t.Run("FiveDaysLate", func(t *testing.T) {
		today := fuDay.AddDays(5)
		f := fuFind(t, journal.PlanFollowUps(fuInterview(), today), "thank_you")
		if !f.Overdue(today) || f.Due != fuDay {
			t.Fatalf("thank-you logged 5 days late: %+v, overdue %v", f, f.Overdue(today))
		}
	})
	t.Run("AMonthPastItsDeadlineIsStillOverdue", func(t *testing.T) {
		today := fuDay.AddDays(1 + journal.StaleAfterDays)
		if f := fuFind(t, journal.PlanFollowUps(fuInterview(), today), "thank_you"); !f.Overdue(today) || f.Stale(today) {
			t.Fatalf("thank-you %d days late: overdue %v, stale %v", f.DaysLate(today), f.Overdue(today), f.Stale(today))
		}
	})
	t.Run("LaterIsStale", func(t *testing.T) {
		today := fuDay.AddDays(2 + journal.StaleAfterDays)
		if f := fuFind(t, journal.PlanFollowUps(fuInterview(), today), "thank_you"); !f.Stale(today) || f.DaysLate(today) != journal.StaleAfterDays+1 {
			t.Fatalf("thank-you %d days late is not stale", f.DaysLate(today))
		}
	})
	t.Run("MonthsLaterIsForgotten", func(t *testing.T) {
		plan := journal.PlanFollowUps(fuInterview(), fuDay.AddDays(200))
		fuAbsent(t, plan, "thank_you")
	})
}

func TestPlanFollowUps_OutcomeChanges(t *testing.T) {
	withRecruiter := func() *journal.Interview {
		iv := fuInterview()
		iv.Interviewers = append(iv.Interviewers, journal.Person{Name: "Sam Ortiz", Title: "Senior Recruiter"})
		return iv
	}
	t.Run("PendingToRejected", func(t *testing.T) {
		iv := withRecruiter()
		before := journal.PlanFollowUps(iv, fuDay)
		fuWantIDs(t, before, journal.FollowUpOpen, "thank_you", "connect", "check_in")

		iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: fuDay.AddDays(6)}
		after := journal.PlanFollowUps(iv, fuDay.AddDays(6))
		fuWantIDs(t, after, journal.FollowUpOpen,
			"connect", "gracious_reply", "recruiter_feedback", "feedback_request", "other_openings")
		fuWantDue(t, after, "gracious_reply", fuDay.AddDays(6))
		fuWantDue(t, after, "recruiter_feedback", fuDay.AddDays(8))
		fuWantDue(t, after, "feedback_request", fuDay.AddDays(14))
		fuWantDue(t, after, "other_openings", fuDay.AddDays(13))
		if d := fuFind(t, after, "feedback_request").Deadline(); d != fuDay.AddDays(21) {
			t.Fatalf("feedback request deadline %s, want three weeks after the interview", d)
		}
	})
	t.Run("RejectedWithoutRecruiter", func(t *testing.T) {
		iv := fuInterview()
		iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: fuDay.AddDays(3)}
		plan := journal.PlanFollowUps(iv, fuDay.AddDays(3))
		fuAbsent(t, plan, "recruiter_feedback")
		fuFind(t, plan, "gracious_reply")
	})
	t.Run("LateRejectionMovesFeedbackRequest", func(t *testing.T) {
		iv := fuInterview()
		iv.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: fuDay.AddDays(25)}
		plan := journal.PlanFollowUps(iv, fuDay.AddDays(25))
		fuWantDue(t, plan, "feedback_request", fuDay.AddDays(28))
		if f := fuFind(t, plan, "feedback_request"); f.Overdue(fuDay.AddDays(30)) {
			t.Fatal("a feedback request after a late rejection is overdue at once")
		}
	})
	t.Run("RejectionWithoutDateIsDueToday", func(t *testing.T) {
		iv := fuInterview()
		iv.Outcome = journal.Outcome{Status: journal.StatusRejected}
		today := fuDay.AddDays(4)
		f := fuFind(t, journal.PlanFollowUps(iv, today), "gracious_reply")
		if f.Due != today || !f.DueToday(today) {
			t.Fatalf("undated rejection: reply due %s, want today %s", f.Due, today)
		}
	})
	t.Run("OldRejectionWithoutDateEventuallyStops", func(t *testing.T) {
		iv := fuInterview()
		iv.Outcome = journal.Outcome{Status: journal.StatusRejected}
		fuWantDue(t, journal.PlanFollowUps(iv, fuDay.AddDays(40)), "gracious_reply", fuDay.AddDays(30))
		if plan := journal.PlanFollowUps(iv, fuDay.AddDays(400)); len(plan) != 0 {
			t.Fatalf("a year-old undated rejection still asks for %v", plan)
		}
	})
	t.Run("Offer", func(t *testing.T) {
		iv := withRecruiter()
		iv.Outcome = journal.Outcome{Status: journal.StatusOffer, Date: fuDay.AddDays(1)}
		fuWantIDs(t, journal.PlanFollowUps(iv, fuDay.AddDays(1)), journal.FollowUpOpen,
			"thank_you", "connect", "offer_thanks", "offer_in_writing", "offer_reply", "offer_decline")
	})
	t.Run("NextRound", func(t *testing.T) {
		iv := fuInterview()
		iv.Outcome = journal.Outcome{Status: journal.StatusNextRound, Date: fuDay.AddDays(1)}
		fuWantIDs(t, journal.PlanFollowUps(iv, fuDay.AddDays(1)), journal.FollowUpOpen, "thank_you", "connect")
	})
	t.Run("NoResponse", func(t *testing.T) {
		iv := fuInterview()
		iv.Outcome = journal.Outcome{Status: journal.StatusNoResponse, Date: fuDay.AddDays(20)}
		plan := journal.PlanFollowUps(iv, fuDay.AddDays(20))
		fuWantIDs(t, plan, journal.FollowUpOpen, "thank_you", "connect", "check_in", "other_openings")
		fuWantDue(t, plan, "other_openings", fuDay.AddDays(27))
	})
	t.Run("WithdrewOnlyConnects", func(t *testing.T) {
		iv := withRecruiter()
		iv.MoodAfter, iv.StillInterested = 1, true
		iv.Outcome = journal.Outcome{Status: journal.StatusWithdrew, Date: fuDay.AddDays(1)}
		fuWantIDs(t, journal.PlanFollowUps(iv, fuDay.AddDays(1)), journal.FollowUpOpen, "connect")
		iv.Interviewers = nil
		if plan := journal.PlanFollowUps(iv, fuDay.AddDays(1)); len(plan) != 0 {
			t.Fatalf("withdrew without interviewers planned %v", plan)
		}
	})
	t.Run("DoneCheckInSurvivesRejection", func(t *testing.T) {
		iv := fuInterview()
		if err := iv.MarkFollowUp("check_in", journal.FollowUpDone, fuDay.AddDays(14), journal.Date{}, ""); err != nil {
			t.Fatal(err)
		}
		if err := iv.MarkFollowUp("connect", journal.FollowUpSnoozed, fuDay.AddDays(14), fuDay.AddDays(30), ""); err != nil {
			t.Fatal(err)
		}
		iv.Outcome = journal.Outcome{Status: journal.StatusWithdrew, Date: fuDay.AddDays(15)}
		iv.Interviewers = nil
		plan := journal.PlanFollowUps(iv, fuDay.AddDays(15))
		fuWantIDs(t, plan, journal.FollowUpDone, "check_in")
		fuAbsent(t, plan, "connect") // a snooze of something no longer called for is dropped
		if f := fuFind(t, plan, "check_in"); f.Kind != journal.FollowUpCheckIn || f.Due != fuDay.AddDays(14) {
			t.Fatalf("history record lost its kind or due day: %+v", f)
		}
	})
}

func TestPlanFollowUps_TellReferences(t *testing.T) {
	for _, tc := range []struct {
		name       string
		mood       journal.Rating
		nerves     journal.Rating
		status     journal.Status
		interested bool
		want       bool
	}{
		{"LowMoodPending", 2, 0, journal.StatusPending, false, true},
		{"LowMoodNoOutcome", 1, 0, "", false, true},
		{"NervousAndFlat", 3, 5, journal.StatusPending, false, true},
		{"NervousButHappy", 4, 5, journal.StatusPending, false, false},
		{"NervousUnrated", 0, 4, journal.StatusNextRound, false, true},
		{"WentFine", 3, 2, journal.StatusPending, true, false},
		{"Unrated", 0, 0, journal.StatusPending, true, false},
		{"RejectedStillInterested", 1, 0, journal.StatusRejected, true, false},
		{"OfferAfterBadDay", 1, 0, journal.StatusOffer, true, false},
		{"QuietButInterested", 1, 0, journal.StatusNoResponse, true, true},
		{"QuietAndMovedOn", 1, 0, journal.StatusNoResponse, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			iv := fuInterview()
			iv.MoodAfter, iv.Nerves, iv.StillInterested = tc.mood, tc.nerves, tc.interested
			iv.Outcome = journal.Outcome{Status: tc.status, Date: fuDay}
			plan := journal.PlanFollowUps(iv, fuDay)
			got := slices.ContainsFunc(plan, func(f journal.FollowUp) bool { return f.Kind == journal.FollowUpTellReferences })
			if got != tc.want {
				t.Fatalf("tell references planned = %v, want %v (went badly %v)", got, tc.want, iv.WentBadly())
			}
			if got {
				fuWantDue(t, plan, "tell_references", fuDay.AddDays(1))
			}
		})
	}
}
