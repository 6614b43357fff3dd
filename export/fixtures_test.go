package export_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

// richInterview fills every field of an interview, with text that is hard
// to carry: markup characters, quotes, several scripts, emoji, line breaks,
// and times with nanoseconds in zones other than UTC.
func richInterview(id uint64) journal.Interview {
	berlin := time.FixedZone("", 2*60*60)
	kolkata := time.FixedZone("", 5*60*60+30*60)
	return journal.Interview{
		ID:      id,
		Company: "Acme & Söhne <GmbH>",
		Role:    "Backend engineer \"platform\"",
		Date:    journal.NewDate(2026, time.March, 14),
		Stage:   journal.StageFinal,
		Format:  journal.FormatVideo,
		Interviewers: []journal.Person{
			{Name: "Zoë Ångström", Title: "Engineering manager", Contact: "zoe@example.com"},
			{Name: "田中 太郎", Title: "Talent partner"},
			{Name: "Sam"},
		},
		DecisionExpected: journal.NewDate(2026, time.March, 21),
		MoodBefore:       2,
		MoodAfter:        4,
		WentWell:         []string{"The system design part flowed", "We laughed about <blink> tags & old browsers"},
		Curveballs: []journal.Curveball{
			{
				Question:     "What would you earn in your dream job?",
				Answer:       "I froze, then said a number far too low.",
				BetterAnswer: "Give a researched range and ask about the whole package.\nThen stop talking.",
				Tags:         []string{"salary", "negotiation"},
			},
			{Question: "Tell me about a failure."},
		},
		Scripted:        []string{"My \"greatest weakness\" answer"},
		Authenticity:    3,
		AuthenticityWhy: "Relaxed after the first ten minutes; before that I recited.",
		ShouldHaveTold:  []string{"The migration I led at my last job", "Mentoring two juniors 🚀"},
		Nerves:          4,
		FirstImpression: "Arrived early, camera angle was fine.\n\n- checked lighting\n- closed other apps",
		QuestionsAsked:  []string{"How does the team handle on-call?", "What would success look like after 90 days?"},
		Fit:             "Probably a good fit: small team, real ownership.\n---\nBut the commute would be long.",
		OutsideControl:  "They mentioned a hiring freeze next quarter.",
		Lessons:         []string{"Prepare a salary range", "Slow down in the first answer"},
		FeedbackLessons: []string{"Lead with the migration story"},
		ProudOf:         "I asked for a minute to think instead of rambling.",
		Answers: []journal.Answer{
			{Prompt: "energy", Title: "Energy level: after lunch?", Value: "Low — schedule mornings."},
			{Prompt: "custom_2", Value: "No title on this one."},
		},
		Tags:            []string{"backend", "remote", "dream-company"},
		Outcome:         journal.Outcome{Status: journal.StatusNextRound, Date: journal.NewDate(2026, time.March, 18)},
		StillInterested: true,
		Feedback: []journal.Feedback{
			{Date: journal.NewDate(2026, time.March, 19), From: "Recruiter", Text: "Strong on design, wanted more depth on testing."},
			{Text: "Heard second-hand that the panel liked me."},
		},
		FollowUps: []journal.FollowUp{
			{ID: "thank-1", Kind: "thank_you", Due: journal.NewDate(2026, time.March, 15), Status: journal.FollowUpDone, DoneAt: journal.NewDate(2026, time.March, 14), Note: "Sent to Zoë & Sam"},
			{ID: "check-1", Kind: "check_in", Due: journal.NewDate(2026, time.March, 22), Status: journal.FollowUpSnoozed, SnoozedUntil: journal.NewDate(2026, time.March, 25)},
			{ID: "connect-1", Kind: "connect", Status: journal.FollowUpSkipped},
		},
		CreatedAt: time.Date(2026, time.March, 14, 17, 5, 9, 123456789, berlin),
		UpdatedAt: time.Date(2026, time.March, 15, 2, 0, 0, 1, kolkata),
	}
}

// sparseInterview has only what a hurried user would fill in.
func sparseInterview(id uint64) journal.Interview {
	return journal.Interview{
		ID:        id,
		Company:   "Initech",
		Date:      journal.NewDate(2026, time.January, 5),
		MoodAfter: 2,
		CreatedAt: time.Date(2026, time.January, 5, 9, 0, 0, 0, time.UTC),
		UpdatedAt: time.Date(2026, time.January, 5, 9, 0, 0, 0, time.UTC),
	}
}

func richReview(id uint64) journal.Review {
	return journal.Review{
		ID:     id,
		WeekOf: journal.NewDate(2026, time.March, 9),
		Answers: []journal.Answer{
			{Prompt: "wins", Title: "Wins this week", Value: "Two interviews, one next round.\nFinally sent every thank-you note."},
			{Prompt: "overdue", Title: "What is overdue", Value: "Checking in with Globex."},
		},
		Focus:             "Practise a salary answer out loud",
		PreviousFocus:     "Ask better questions at the end",
		PreviousFocusDone: journal.PractisedPartly,
		PreviousFocusNote: "Did it once, forgot the second time.",
		CreatedAt:         time.Date(2026, time.March, 15, 18, 30, 0, 999, time.FixedZone("", -5*60*60)),
	}
}

// richDocument holds every kind of record in an order that is not ID order.
func richDocument() *export.Document {
	long := strings.Repeat("A very long answer with ünïcödé, \"quotes\" and <tags> & more.\n", 1600) // about 100 KB
	big := richInterview(7)
	big.Fit = long
	big.Lessons = append(big.Lessons, long)
	return &export.Document{
		Format:  export.FormatName,
		Version: export.Version,
		Interviews: []journal.Interview{
			richInterview(42),
			sparseInterview(3),
			big,
			{ID: 9, Company: "Empty lists", WentWell: []string{}, Tags: []string{}, Curveballs: []journal.Curveball{}},
		},
		Reviews: []journal.Review{richReview(5), {ID: 2, WeekOf: journal.NewDate(2026, time.March, 2)}},
	}
}

// generatedInterviews builds n varied interviews without any outside data:
// every field is used by some of them, in patterns that repeat at different
// rates so combinations vary.
func generatedInterviews(n int) []journal.Interview {
	companies := []string{"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark Industries", "Wayne Enterprises", "Société Générale", "株式会社テスト"}
	roles := []string{"Backend engineer", "Data analyst", "Product manager", "SRE", "Designer", "Support lead"}
	statuses := journal.Statuses
	zones := []*time.Location{time.UTC, time.FixedZone("", -7*3600), time.FixedZone("", 9*3600+1800)}
	out := make([]journal.Interview, n)
	for i := range n {
		id := uint64(i + 1)
		iv := journal.Interview{
			ID:         id,
			Company:    companies[i%len(companies)],
			Role:       roles[i%len(roles)],
			Date:       journal.NewDate(2024, time.January, 1).AddDays(i % 800),
			Stage:      journal.Stages[i%len(journal.Stages)],
			Format:     journal.Formats[i%len(journal.Formats)],
			MoodBefore: journal.Rating(i % 6),
			MoodAfter:  journal.Rating((i * 7) % 6),
			Outcome:    journal.Outcome{Status: statuses[i%len(statuses)]},
			CreatedAt:  time.Date(2024, time.January, 1, 10, 0, 0, i*1000+1, zones[i%len(zones)]).Add(time.Duration(i) * time.Hour),
		}
		iv.UpdatedAt = iv.CreatedAt.Add(time.Duration(i%90) * time.Minute)
		if i%2 == 0 {
			iv.WentWell = []string{fmt.Sprintf("Answer %d about teamwork landed", i), "Good rapport"}
			iv.Interviewers = []journal.Person{{Name: fmt.Sprintf("Person %d", i), Title: "Recruiter"}}
		}
		if i%3 == 0 {
			iv.Curveballs = []journal.Curveball{{Question: "Why are you leaving?", Answer: "Rambled", BetterAnswer: "Growth, in one sentence", Tags: []string{"motivation"}}}
			iv.Authenticity = journal.Rating(1 + i%5)
			iv.AuthenticityWhy = "Felt like myself when talking about <projects> & hobbies"
		}
		if i%4 == 0 {
			iv.FirstImpression = strings.Repeat("On time, calm. ", 1+i%7)
			iv.Fit = "Culture seemed open; the manager listens."
			iv.Lessons = []string{"Breathe", fmt.Sprintf("Lesson number %d", i)}
			iv.Tags = []string{"tag" + fmt.Sprint(i%13), "remote"}
		}
		if i%5 == 0 {
			iv.Outcome.Date = iv.Date.AddDays(10)
			iv.Feedback = []journal.Feedback{{Date: iv.Date.AddDays(12), From: "HR", Text: "Wanted more leadership examples."}}
			iv.FollowUps = []journal.FollowUp{{ID: fmt.Sprint("f", i), Kind: "thank_you", Status: journal.FollowUpDone, DoneAt: iv.Date}}
			iv.Answers = []journal.Answer{{Prompt: "energy", Title: "Energy", Value: "High"}}
		}
		if i%7 == 0 {
			iv.DecisionExpected = iv.Date.AddDays(14)
			iv.StillInterested = true
			iv.Nerves = journal.Rating(1 + i%5)
			iv.ProudOf = "Kept going after a blank"
			iv.Scripted = []string{"Intro"}
			iv.ShouldHaveTold = []string{"The outage story"}
			iv.QuestionsAsked = []string{"What is hard about this role?"}
			iv.OutsideControl = "Budget talk"
		}
		out[i] = iv
	}
	return out
}
