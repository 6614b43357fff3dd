package journal

import (
	"strings"
	"text/template"
)

// MessageContext is what a drafted message is written from: the interview
// and what the caller knows beyond it.
type MessageContext struct {
	Interview *Interview
	// Today is the day the message is drafted, so it can say "today" or
	// "yesterday" about the interview; zero writes the full date instead.
	Today Date
	// LessonsSince lists what the user has learned or worked on since the
	// interview (from later reflections, say). Lessons are notes to self:
	// the built-in templates never quote them, and only a user's own
	// template can, through MessageData.LessonsSince.
	LessonsSince []string
	// Article is a link or title the user wants to share in a keep-in-touch
	// note; it may be empty.
	Article string
	// Sender is who signs the message: their name under the sign-off and
	// their signature block under it. A zero Sender leaves the sign-off
	// without a name; pass PlaceholderName to show where it goes.
	Sender Sender
}

// MessageData is what a message template can use. Every string is either
// ready to print or empty, and the phrases (Greeting, Position, Team,
// CompanyName) always read naturally, even when the interview left the
// underlying answers blank.
type MessageData struct {
	// Greeting addresses the people the message is for, such as
	// "Hi Dana and Sam," or "Hello," when no name is known.
	Greeting string
	// Names is the first names in Greeting ("Dana and Sam"), or "".
	Names string
	// Company and Role are the interview's, or "".
	Company, Role string
	// CompanyName is the company, or "your company".
	CompanyName string
	// Position is "the Designer role at Acme", falling back to "the role at
	// Acme", "the Designer role" or "the role".
	Position string
	// Team is "the Acme team", or "your team".
	Team string
	// When says when the interview was: "today", "yesterday",
	// "on Tuesday, 3 March", or "" when the date is unknown.
	When string
	// DecisionBy is the promised decision day ("Friday, 13 March"), or "".
	DecisionBy string
	// ClarifyTopic names the question the candidate would now answer
	// better: its first tag, or the question in quotes; "" when unknown.
	// The built-in templates never quote it: it is a note to self.
	ClarifyTopic string
	// ClarifyPoint is the better answer to that question, as a sentence, or
	// "" when the reflection has none. The built-in templates never quote
	// it: it is a note to self, and the user writes what to add instead.
	ClarifyPoint string
	// WentBadly is the interview's WentBadly.
	WentBadly bool
	// StillWanted reports whether the user is still going for the job.
	StillWanted bool
	// Interested is the interview's StillInterested: the user would still
	// like to work there.
	Interested bool
	// The situation the message is written in, at most one of them set:
	// Waiting for a decision, invited to the next round, an offer, a
	// rejection, silence after the check-in, or the user withdrew.
	Waiting, NextRound, Offer, Rejected, Silence, Withdrew bool
	// FeedbackGiven reports whether feedback on the interview is recorded.
	FeedbackGiven bool
	// ReplyBy is the day the company asked for an answer to its offer by
	// ("Friday, 13 March"), or "".
	ReplyBy string
	// Revisit reports whether the user would add to one of their answers
	// (they wrote a better answer to a question that is not about pay) and
	// the process is still open; a note may then offer RevisitSlot.
	Revisit bool
	// RevisitSlot, NewsSlot and ReferenceSlot are the marked places where
	// the user writes what only they can: what they would add to an answer,
	// something new they have done, the work a reference could speak to.
	RevisitSlot, NewsSlot, ReferenceSlot string
	// StoriesToMention lists the experiences the user wished they had told.
	// The built-in templates never quote it (ReferenceSlot instead).
	StoriesToMention []string
	// LessonsSince and Article come from the MessageContext. The built-in
	// templates never quote the lessons (NewsSlot instead).
	LessonsSince []string
	Article      string
	// Sender is the sender's name and Signature their signature block (its
	// lines, without blank lines around it), or "". A template that uses
	// neither is signed with both at its end.
	Sender, Signature string
}

// DraftMessage fills the message of a follow-up from its interview, with the
// given template, or the kind's DefaultTemplate when tmpl is empty. See
// DraftMessageFor to pass more context.
func DraftMessage(iv *Interview, f FollowUp, tmpl string) (string, error) {
	return DraftMessageFor(MessageContext{Interview: iv}, f, tmpl)
}

// DraftMessageFor fills the message of a follow-up from mc with the given
// template, or the kind's DefaultTemplate when tmpl is empty, and signs it
// with mc.Sender: the name under the sign-off, then the signature block (a
// connection note, kept short, gets the name only). A template that places
// {{.Sender}} or {{.Signature}} itself is not signed again. A template that
// does not parse or run is an *Error with code EInvalid.
func DraftMessageFor(mc MessageContext, f FollowUp, tmpl string) (string, error) {
	kind := f.Kind
	if kind == "" {
		kind, _, _ = ParseFollowUpID(f.ID)
	}
	if !kind.Valid() {
		return "", Errorf(EInvalid, "there is no message for the follow-up %q", f.ID)
	}
	if strings.TrimSpace(tmpl) == "" {
		tmpl = DefaultTemplate(kind)
	}
	t, err := parseMessageTemplate(kind, tmpl)
	if err != nil {
		return "", err
	}
	msg, err := runMessageTemplate(t, kind, buildMessageData(mc, kind))
	if err != nil || signsItself(tmpl) {
		return msg, err
	}
	return signMessage(msg, mc.Sender, kind != FollowUpConnect), nil
}

// signsItself reports whether a template writes the sender's name or
// signature where it wants them.
func signsItself(tmpl string) bool {
	return strings.Contains(tmpl, ".Sender") || strings.Contains(tmpl, ".Signature")
}

// ParseTemplate checks a user's own template for a follow-up kind: it must
// parse, run without error against both a fully answered and an empty
// interview, and produce some text. The problem found is an *Error with code
// EInvalid that names the line.
func ParseTemplate(kind FollowUpKind, text string) error {
	if !kind.Valid() {
		return Errorf(EInvalid, "%q is not a follow-up kind; use one of %s", kind, JoinEnum(FollowUpKinds()))
	}
	if strings.TrimSpace(text) == "" {
		return Errorf(EInvalid, "the %s template is empty", kind)
	}
	t, err := parseMessageTemplate(kind, text)
	if err != nil {
		return err
	}
	for _, mc := range []MessageContext{sampleMessageContext(), {Interview: &Interview{}}} {
		out, err := runMessageTemplate(t, kind, buildMessageData(mc, kind))
		if err != nil {
			return err
		}
		if out == "" {
			return Errorf(EInvalid, "the %s template produces an empty message", kind)
		}
	}
	return nil
}

func parseMessageTemplate(kind FollowUpKind, text string) (*template.Template, error) {
	t, err := template.New(string(kind)).Option("missingkey=error").Funcs(template.FuncMap{
		"andList": andList,
		"bullets": bullets,
	}).Parse(text)
	if err != nil {
		return nil, templateError(kind, err)
	}
	return t, nil
}

func runMessageTemplate(t *template.Template, kind FollowUpKind, data MessageData) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", templateError(kind, err)
	}
	return wrapMessage(tidyMessage(b.String()), MessageWidth), nil
}

// templateError turns a text/template error into a message that points at
// the line without Go's type names, such as
// `the thank_you template: line 3: <.Nmae>: can't evaluate field Nmae`.
func templateError(kind FollowUpKind, err error) error {
	msg := strings.TrimPrefix(err.Error(), "template: "+string(kind)+":")
	where := ""
	if line, rest := leadingDigits(msg); line != "" && strings.HasPrefix(rest, ":") {
		where, msg = "line "+line+": ", rest[1:]
		if col, rest := leadingDigits(msg); col != "" && strings.HasPrefix(rest, ":") {
			msg = rest[1:]
		}
	}
	msg = strings.TrimSpace(msg)
	if strings.HasPrefix(msg, "executing ") {
		if _, at, ok := strings.Cut(msg, " at "); ok {
			msg = at
		}
	}
	msg = strings.ReplaceAll(msg, " in type journal.MessageData", "")
	e := Errorf(EInvalid, "the %s template: %s%s", kind, where, msg)
	e.Err = err
	return e
}

func leadingDigits(s string) (digits, rest string) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// sampleMessageContext is a fully answered interview that user templates are
// tried against.
func sampleMessageContext() MessageContext {
	day := NewDate(2026, 3, 3)
	return MessageContext{
		Interview: &Interview{
			Company: "Northwind", Role: "Product designer", Date: day,
			DecisionExpected: day.AddDays(10),
			Interviewers: []Person{
				{Name: "Dana Whitfield", Title: "Design lead"},
				{Name: "Sam Ortiz", Title: "Talent partner"},
			},
			Curveballs: []Curveball{{
				Question: "How do you handle a stakeholder who disagrees?", Tags: []string{"conflict"},
				BetterAnswer: "I would start from the goal we share and test both ideas with users.",
			}},
			ShouldHaveTold:  []string{"the onboarding redesign that cut support tickets"},
			MoodAfter:       2,
			StillInterested: true,
			Outcome:         Outcome{Status: StatusRejected, Date: day.AddDays(12)},
		},
		Today:        day.AddDays(90),
		LessonsSince: []string{"running research sessions", "writing shorter case studies"},
		Article:      "https://example.com/design-systems",
		Sender:       Sender{Name: "Alex", Signature: "Product designer\nalex@example.com"},
	}
}
