package journal_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

// fuFullInterview answers every field of an interview.
func fuFullInterview() *journal.Interview {
	return &journal.Interview{
		ID: 9, Company: "Acme", Role: "Backend engineer", Date: fuDay,
		Stage: journal.StageSecond, Format: journal.FormatVideo,
		Interviewers: []journal.Person{
			{Name: "Dana Lee", Title: "Engineering manager", Contact: "dana@example.com"},
			{Name: "Sam Ortiz", Title: "Technical Recruiter"},
			{Name: "Lee Park", Title: "Staff engineer"},
		},
		DecisionExpected: fuDay.AddDays(7),
		MoodBefore:       3, MoodAfter: 2, Authenticity: 2, Nerves: 5,
		WentWell: []string{"the system design part"},
		Curveballs: []journal.Curveball{
			{Question: "What salary do you expect?", Answer: "I froze"},
			{Question: "Tell me about a failure?", Answer: "rambled", Tags: []string{"failure-stories"},
				BetterAnswer: "The\nlaunch I delayed taught me to cut scope early"},
		},
		Scripted:        []string{"my intro"},
		AuthenticityWhy: "read from notes",
		ShouldHaveTold:  []string{"the payments migration", "  ", "mentoring two juniors"},
		FirstImpression: "friendly", QuestionsAsked: []string{"team size"},
		Fit: "good", OutsideControl: "a hiring freeze", Lessons: []string{"pause before answering"},
		ProudOf: "stayed calm", Tags: []string{"backend"},
		Outcome:         journal.Outcome{Status: journal.StatusPending},
		StillInterested: true,
		Feedback:        []journal.Feedback{{From: "Sam", Text: "strong technically"}},
	}
}

func fuFullContext() journal.MessageContext {
	return journal.MessageContext{
		Interview: fuFullInterview(), Today: fuDay,
		LessonsSince: []string{"a course on distributed systems", "mock interviews every week"},
		Article:      "https://example.com/queues", Sender: journal.Sender{Name: "Alex Kim"},
	}
}

// fuCheckMessage fails when a message shows any sign of an unfilled or
// badly joined part.
func fuCheckMessage(t *testing.T, msg string) {
	t.Helper()
	if strings.TrimSpace(msg) == "" {
		t.Fatal("empty message")
	}
	for _, bad := range []string{"{{", "}}", "<no value>", "%!", "Hi ,", "Hi  ", " ,", " .", "  ", "\n\n\n", "Hi and", "and ,", "the  role", "at ,"} {
		if strings.Contains(msg, bad) {
			t.Errorf("message contains %q:\n%s", bad, msg)
		}
	}
	if msg != strings.TrimSpace(msg) {
		t.Errorf("message has surrounding white space: %q", msg)
	}
	for _, line := range strings.Split(msg, "\n") {
		if line != strings.TrimRight(line, " \t") {
			t.Errorf("trailing space in line %q", line)
		}
	}
}

// fuFlat joins the lines of a message, so that a phrase a line break fell
// inside is still found.
func fuFlat(msg string) string { return strings.Join(strings.Fields(msg), " ") }

func TestDraftMessage_EveryTemplate(t *testing.T) {
	for _, kind := range journal.FollowUpKinds() {
		t.Run(string(kind)+"/Full", func(t *testing.T) {
			msg, err := journal.DraftMessageFor(fuFullContext(), journal.FollowUp{ID: journal.FollowUpID(kind, 1), Kind: kind}, "")
			if err != nil {
				t.Fatal(err)
			}
			fuCheckMessage(t, msg)
			if !strings.Contains(fuFlat(msg), "Backend engineer") || !strings.Contains(msg, "Acme") {
				t.Errorf("message does not name the role and company:\n%s", msg)
			}
			if !strings.HasSuffix(msg, "\nAlex Kim") {
				t.Errorf("message does not end with the sender:\n%s", msg)
			}
		})
		t.Run(string(kind)+"/Empty", func(t *testing.T) {
			for _, iv := range []*journal.Interview{{}, nil, {Interviewers: []journal.Person{{Name: " "}, {Title: "Recruiter"}}}} {
				msg, err := journal.DraftMessage(iv, journal.FollowUp{Kind: kind}, "")
				if err != nil {
					t.Fatal(err)
				}
				fuCheckMessage(t, msg)
				if !strings.HasPrefix(msg, "Hello,") {
					t.Errorf("no names should greet with Hello:\n%s", msg)
				}
			}
		})
	}
}

func TestDraftMessage_Greeting(t *testing.T) {
	for _, tc := range []struct {
		name   string
		people []journal.Person
		want   string
	}{
		{"One", []journal.Person{{Name: "Dana Lee"}}, "Hi Dana,"},
		{"Two", []journal.Person{{Name: "Dana Lee"}, {Name: "Sam"}}, "Hi Dana and Sam,"},
		{"Three", []journal.Person{{Name: "Dana"}, {Name: "Sam Ortiz"}, {Name: "Lee Park"}}, "Hi Dana, Sam and Lee,"},
		{"SkipsBlankAndRepeated", []journal.Person{{Name: " "}, {Name: "Dana Lee"}, {Name: "Dana Park"}}, "Hi Dana,"},
		{"None", nil, "Hello,"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			iv := fuInterview()
			iv.Interviewers = tc.people
			msg, err := journal.DraftMessage(iv, journal.FollowUp{Kind: journal.FollowUpThankYou}, "")
			if err != nil {
				t.Fatal(err)
			}
			if first, _, _ := strings.Cut(msg, "\n"); first != tc.want {
				t.Fatalf("greeting %q, want %q", first, tc.want)
			}
		})
	}
}

func TestDraftMessage_Audience(t *testing.T) {
	ctx := fuFullContext()
	greetingOf := func(kind journal.FollowUpKind) string {
		msg, err := journal.DraftMessageFor(ctx, journal.FollowUp{Kind: kind}, "")
		if err != nil {
			t.Fatal(err)
		}
		first, _, _ := strings.Cut(msg, "\n")
		return first
	}
	for kind, want := range map[journal.FollowUpKind]string{
		journal.FollowUpRecruiterFeedback: "Hi Sam,",
		journal.FollowUpOtherOpenings:     "Hi Sam,",
		journal.FollowUpFeedbackRequest:   "Hi Dana and Lee,",
		journal.FollowUpThankYou:          "Hi Dana, Sam and Lee,",
		journal.FollowUpTellReferences:    "Hello,",
	} {
		if got := greetingOf(kind); got != want {
			t.Errorf("%s greets %q, want %q", kind, got, want)
		}
	}
}

func TestDraftMessage_ThankYou(t *testing.T) {
	draft := func(t *testing.T, mc journal.MessageContext) string {
		t.Helper()
		msg, err := journal.DraftMessageFor(mc, journal.FollowUp{ID: "thank_you"}, "")
		if err != nil {
			t.Fatal(err)
		}
		fuCheckMessage(t, msg)
		return msg
	}
	t.Run("RevisitsAnAnswerWithASlot", func(t *testing.T) {
		msg := fuFlat(draft(t, fuFullContext()))
		if !strings.Contains(msg, "add a little to my answer: "+journal.RevisitSlot) || !strings.Contains(msg, "today") {
			t.Errorf("no tactful sentence with a slot to fill:\n%s", msg)
		}
		for _, note := range []string{"failure stories", "failure-stories", "cut scope early", "Tell me about a failure"} {
			if strings.Contains(msg, note) {
				t.Errorf("quotes the note to self %q:\n%s", note, msg)
			}
		}
	})
	t.Run("NeverQuotesTheQuestion", func(t *testing.T) {
		mc := fuFullContext()
		mc.Interview.Curveballs = []journal.Curveball{{Question: "Why are you leaving?", BetterAnswer: "I want to own a product end to end!"}}
		if msg := draft(t, mc); strings.Contains(msg, "Why are you leaving") || strings.Contains(msg, "end to end") {
			t.Errorf("question or better answer quoted:\n%s", msg)
		}
	})
	t.Run("PayIsNeverRevisited", func(t *testing.T) {
		mc := fuFullContext()
		mc.Interview.Curveballs = []journal.Curveball{{Question: "What are your expectations?", Tags: []string{"salary"}, BetterAnswer: "Name a range."}}
		msg := strings.ToLower(draft(t, mc))
		for _, bad := range []string{"salary", "answer", "range", "pay"} {
			if strings.Contains(msg, bad) {
				t.Errorf("a thank-you after a question about pay mentions %q:\n%s", bad, msg)
			}
		}
	})
	t.Run("NoApologyForNerves", func(t *testing.T) {
		msg := strings.ToLower(draft(t, fuFullContext()))
		for _, bad := range []string{"sorry", "apolog", "nerv", "anxious"} {
			if strings.Contains(msg, bad) {
				t.Errorf("thank-you mentions %q:\n%s", bad, msg)
			}
		}
	})
	t.Run("WentBadlyButStillWanted", func(t *testing.T) {
		if msg := fuFlat(draft(t, fuFullContext())); !strings.Contains(msg, "a further conversation") {
			t.Errorf("no request for a further conversation:\n%s", msg)
		}
	})
	t.Run("WentWell", func(t *testing.T) {
		mc := fuFullContext()
		mc.Interview.MoodAfter, mc.Interview.Nerves = 5, 1
		if msg := fuFlat(draft(t, mc)); strings.Contains(msg, "further conversation") {
			t.Errorf("asks for a further conversation after a good interview:\n%s", msg)
		}
	})
	t.Run("Yesterday", func(t *testing.T) {
		mc := fuFullContext()
		mc.Today = fuDay.AddDays(1)
		if msg := draft(t, mc); !strings.Contains(msg, "speak with me yesterday") {
			t.Errorf("not yesterday:\n%s", msg)
		}
	})
	t.Run("FullDateWithoutToday", func(t *testing.T) {
		msg, err := journal.DraftMessage(fuFullInterview(), journal.FollowUp{Kind: journal.FollowUpThankYou}, "")
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(fuFlat(msg), "on 2 March 2026") {
			t.Errorf("no date:\n%s", msg)
		}
	})
}

func TestDraftMessage_Details(t *testing.T) {
	ctx := fuFullContext()
	for _, tc := range []struct {
		kind journal.FollowUpKind
		want []string
	}{
		{journal.FollowUpCheckIn, []string{"by Monday, 9 March", "still very keen"}},
		{journal.FollowUpKeepInTouch, []string{"a short update: " + journal.NewsSlot, "https://example.com/queues"}},
		{journal.FollowUpTellReferences, []string{"speak to " + journal.ReferenceSlot}},
		{journal.FollowUpFeedbackRequest, []string{"future openings", "feedback"}},
		{journal.FollowUpGraciousReply, []string{"respect your decision", "kept me in mind"}},
	} {
		t.Run(string(tc.kind), func(t *testing.T) {
			msg, err := journal.DraftMessageFor(ctx, journal.FollowUp{Kind: tc.kind}, "")
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(fuFlat(msg), w) {
					t.Errorf("missing %q:\n%s", w, msg)
				}
			}
			for _, note := range []string{"distributed systems", "payments migration", "pause before answering", "my intro"} {
				if strings.Contains(msg, note) {
					t.Errorf("quotes the note to self %q:\n%s", note, msg)
				}
			}
		})
	}
	t.Run("CheckInWithoutDecisionDate", func(t *testing.T) {
		mc := fuFullContext()
		mc.Interview.DecisionExpected = journal.Date{}
		msg, err := journal.DraftMessageFor(mc, journal.FollowUp{Kind: journal.FollowUpCheckIn}, "")
		if err != nil {
			t.Fatal(err)
		}
		fuCheckMessage(t, msg)
		if strings.Contains(msg, "You mentioned") {
			t.Errorf("mentions a date nobody gave:\n%s", msg)
		}
	})
	t.Run("OtherOpeningsAfterSilence", func(t *testing.T) {
		mc := fuFullContext()
		mc.Interview.Outcome.Status = journal.StatusNoResponse
		msg, err := journal.DraftMessageFor(mc, journal.FollowUp{Kind: journal.FollowUpOtherOpenings}, "")
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(msg, "didn't work out") {
			t.Errorf("assumes a rejection:\n%s", msg)
		}
	})
}

func TestDraftMessage_CustomTemplate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		msg, err := journal.DraftMessageFor(fuFullContext(), journal.FollowUp{Kind: journal.FollowUpConnect},
			"{{.Greeting}} nice to meet you ({{.Names}}) about {{.Role}} at {{.Company}}.\n\n\n{{bullets .LessonsSince}}\n{{andList .StoriesToMention}}   ")
		if err != nil {
			t.Fatal(err)
		}
		want := "Hi Dana, Sam and Lee, nice to meet you (Dana, Sam and Lee) about Backend\nengineer at Acme.\n\n" +
			"- a course on distributed systems\n- mock interviews every week\nthe payments migration and mentoring two juniors" +
			"\n\nAlex Kim"
		if msg != want {
			t.Fatalf("got\n%q\nwant\n%q", msg, want)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		_, err := journal.DraftMessage(fuFullInterview(), journal.FollowUp{Kind: journal.FollowUpConnect}, "Hi\n{{.Nmae}}")
		if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(journal.ErrorMessage(err), "line 2") {
			t.Fatalf("got %v, want an invalid error naming line 2", err)
		}
	})
	t.Run("UnknownKind", func(t *testing.T) {
		if _, err := journal.DraftMessage(fuFullInterview(), journal.FollowUp{ID: "postcard"}, ""); journal.ErrorCode(err) != journal.EInvalid {
			t.Fatalf("got %v", err)
		}
	})
}

func TestParseTemplate(t *testing.T) {
	t.Run("Defaults", func(t *testing.T) {
		for _, k := range journal.FollowUpKinds() {
			if journal.DefaultTemplate(k) == "" {
				t.Errorf("%s has no default template", k)
			}
			if err := journal.ParseTemplate(k, journal.DefaultTemplate(k)); err != nil {
				t.Errorf("%s default: %v", k, err)
			}
		}
		if journal.DefaultTemplate("postcard") != "" {
			t.Error("an unknown kind has a template")
		}
	})
	t.Run("OK", func(t *testing.T) {
		if err := journal.ParseTemplate(journal.FollowUpThankYou, "{{.Greeting}}\n\nThanks for {{.Position}}!{{with .Sender}}\n{{.}}{{end}}"); err != nil {
			t.Fatal(err)
		}
	})
	for _, tc := range []struct {
		name, kind, text, mention string
	}{
		{"UnknownField", "thank_you", "{{.Greeting}}\n{{.Interviewer}}", "line 2"},
		{"BadSyntax", "thank_you", "{{if .Company}}no end", "line 1"},
		{"UnknownFunction", "check_in", "{{shout .Company}}", "shout"},
		{"Empty", "connect", "  \n ", "empty"},
		{"EmptyOutput", "connect", "{{if .Company}}{{.Company}}{{end}}", "empty message"},
		{"UnknownKind", "postcard", "{{.Greeting}}", "postcard"},
	} {
		t.Run("ErrInvalid/"+tc.name, func(t *testing.T) {
			err := journal.ParseTemplate(journal.FollowUpKind(tc.kind), tc.text)
			if journal.ErrorCode(err) != journal.EInvalid || !strings.Contains(journal.ErrorMessage(err), tc.mention) {
				t.Fatalf("got %v, want an invalid error mentioning %q", err, tc.mention)
			}
			if strings.Contains(journal.ErrorMessage(err), "journal.MessageData") {
				t.Fatalf("message shows a Go type: %v", err)
			}
		})
	}
}

// TestDraftMessage_NoDoubledWords: whatever the role and company are
// called, the phrase naming the position never says a word twice.
func TestDraftMessage_NoDoubledWords(t *testing.T) {
	for _, tc := range []struct{ company, role, want string }{
		{"Co", "Role", "the Role at Co"},
		{"Acme", "Product role", "the Product role at Acme"},
		{"Acme", "Engineering position", "the Engineering position at Acme"},
		{"Acme", "the Backend role", "the Backend role at Acme"},
		{"Acme", "Designer at Acme", "the Designer role at Acme"},
		{"Acme", "Analyst", "the Analyst role at Acme"},
		{"", "Job", "the Job"},
		{"Acme", "", "the role at Acme"},
	} {
		iv := fuInterview()
		iv.Company, iv.Role = tc.company, tc.role
		msg, err := journal.DraftMessageFor(journal.MessageContext{Interview: iv, Today: fuDay}, journal.FollowUp{Kind: journal.FollowUpThankYou}, "")
		if err != nil {
			t.Fatal(err)
		}
		flat := fuFlat(msg)
		if !strings.Contains(flat, tc.want) {
			t.Errorf("%q at %q: no %q in\n%s", tc.role, tc.company, tc.want, msg)
		}
		words := strings.Fields(flat)
		for i := 1; i < len(words); i++ {
			if strings.EqualFold(words[i-1], strings.TrimRight(words[i], ".,")) {
				t.Errorf("%q at %q doubles %q:\n%s", tc.role, tc.company, words[i], msg)
			}
		}
	}
}
