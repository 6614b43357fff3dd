package journal

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// buildMessageData turns a message context into template data for one kind
// of follow-up. It never fails: a missing answer becomes an empty string or
// a natural fallback phrase.
func buildMessageData(mc MessageContext, kind FollowUpKind) MessageData {
	iv := mc.Interview
	if iv == nil {
		iv = &Interview{}
	}
	company, role := oneLine(iv.Company), oneLine(iv.Role)
	names := firstNames(messageAudience(iv.Interviewers, kind))
	d := MessageData{
		Greeting:         greeting(names),
		Names:            andList(names),
		Company:          company,
		Role:             role,
		CompanyName:      company,
		Position:         positionPhrase(company, role),
		Team:             "your team",
		When:             whenPhrase(iv.Date, mc.Today),
		DecisionBy:       spokenDay(iv.DecisionExpected, laterOf(mc.Today, iv.Date)),
		WentBadly:        iv.WentBadly(),
		StillWanted:      iv.stillWantsRole() || iv.StillInterested,
		Interested:       iv.StillInterested,
		Rejected:         iv.Outcome.Status == StatusRejected,
		Offer:            iv.Outcome.Status == StatusOffer,
		NextRound:        iv.Outcome.Status == StatusNextRound,
		Silence:          iv.Outcome.Status == StatusNoResponse,
		Withdrew:         iv.Outcome.Status == StatusWithdrew,
		Waiting:          !iv.Outcome.Status.Decided() && iv.Outcome.Status != StatusNoResponse,
		FeedbackGiven:    len(iv.Feedback) > 0,
		ReplyBy:          spokenDay(iv.Outcome.ReplyBy, laterOf(mc.Today, iv.Date)),
		RevisitSlot:      RevisitSlot,
		NewsSlot:         NewsSlot,
		ReferenceSlot:    ReferenceSlot,
		StoriesToMention: cleanItems(iv.ShouldHaveTold),
		LessonsSince:     cleanItems(mc.LessonsSince),
		Article:          oneLine(mc.Article),
		Sender:           oneLine(mc.Sender.Name),
		Signature:        strings.Join(signatureLines(mc.Sender.Signature), "\n"),
	}
	if company == "" {
		d.CompanyName = "your company"
	} else {
		d.Team = "the " + company + " team"
	}
	d.ClarifyTopic, d.ClarifyPoint = clarification(iv.Curveballs)
	d.Revisit = wantsToRevisit(iv.Curveballs) && (d.Waiting || d.NextRound || d.Silence)
	return d
}

// messageAudience picks who a message is addressed to. Notes about the
// process itself go to the recruiters when there are any; the feedback
// request goes to the people who judged the interview; references are not
// among the interviewers, so their note greets nobody by name.
func messageAudience(people []Person, kind FollowUpKind) []Person {
	var recruiters, others []Person
	for _, p := range people {
		if p.IsRecruiter() {
			recruiters = append(recruiters, p)
		} else {
			others = append(others, p)
		}
	}
	switch kind {
	case FollowUpTellReferences:
		return nil
	case FollowUpRecruiterFeedback:
		return recruiters
	case FollowUpCheckIn, FollowUpGraciousReply, FollowUpOtherOpenings:
		if len(firstNames(recruiters)) > 0 {
			return recruiters
		}
	case FollowUpFeedbackRequest:
		if len(firstNames(others)) > 0 {
			return others
		}
	}
	return people
}

// firstNames returns the name to greet each person by, once each, leaving
// out what does not read as a name (see greetName).
func firstNames(people []Person) []string {
	var out []string
	for _, p := range people {
		if name, ok := greetName(p.Name); ok && !contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// greetName returns the name a message greets a person by: the first word
// of a name written in a script with capital letters ("Dana" for "Dana
// Lee"), the whole name in a script without them (a Chinese, Japanese or
// Korean name starts with the family name, so its first word alone would
// be curt), a note in brackets left out. A line that reads as a note
// rather than a name ("someone from the platform team? didn't catch it")
// is not a name: it has a question mark or a digit, runs past four words,
// or starts with a small letter and runs past two (a name typed in small
// letters, "dana lee", is greeted as "Dana").
func greetName(line string) (string, bool) {
	if i := strings.IndexAny(line, "(["); i >= 0 {
		line = line[:i]
	}
	words := strings.Fields(line)
	if len(words) == 0 || len(words) > 4 || strings.ContainsAny(line, "?0123456789@") {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	switch {
	case !unicode.IsLetter(first):
		return "", false
	case unicode.IsUpper(first) && honorific(words[0]) && len(words) > 1:
		// "Dr. Amara Okafor" is greeted as "Dr. Okafor".
		return words[0] + " " + strings.TrimRight(words[len(words)-1], ",;."), true
	case unicode.IsUpper(first):
		return strings.TrimRight(words[0], ",;."), true
	case unicode.IsLower(first):
		if len(words) > 2 {
			return "", false
		}
		name := strings.TrimRight(words[0], ",;.")
		return string(unicode.ToUpper(first)) + name[utf8.RuneLen(first):], true
	}
	// A script without capitals.
	return strings.Join(words, " "), true
}

// honorific reports whether word is a title written before a name.
func honorific(word string) bool {
	switch strings.TrimSuffix(strings.ToLower(word), ".") {
	case "dr", "mr", "mrs", "ms", "mx", "prof":
		return true
	}
	return false
}

// greeting is "Hi Dana,", "Hi Dana and Sam,", "Hi Dana, Sam and Lee," or
// "Hello," when no name is known.
func greeting(names []string) string {
	if len(names) == 0 {
		return "Hello,"
	}
	return "Hi " + andList(names) + ","
}

// andList joins items the way a sentence lists them: "a", "a and b",
// "a, b and c". Blank items are left out.
func andList(items []string) string {
	items = cleanItems(items)
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

// bullets writes one "- item" line per non-blank item.
func bullets(items []string) string {
	items = cleanItems(items)
	for i, s := range items {
		items[i] = "- " + s
	}
	return strings.Join(items, "\n")
}

// cleanItems returns the non-blank items, each on one line, in a new slice.
func cleanItems(items []string) []string {
	var out []string
	for _, s := range items {
		if s = oneLine(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// oneLine folds every run of white space, line breaks included, into one
// space, because answers are often typed over several lines but are quoted
// inside a sentence.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// positionPhrase is "the Designer role at Acme" with fallbacks for missing
// parts, without doubling a word: a role that already ends in "role",
// "position" or "job" (or is one of those words) is not followed by "role",
// one that starts with "the" does not get another, and a role that already
// names the company ("Designer at Acme") does not name it twice.
func positionPhrase(company, role string) string {
	if company != "" {
		lower, at := strings.ToLower(role), " at "+strings.ToLower(company)
		if strings.HasSuffix(lower, at) {
			role = strings.TrimSpace(role[:len(role)-len(at)])
		}
	}
	role = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(role, "the "), "The "))
	p := "the role"
	if words := strings.Fields(strings.ToLower(role)); len(words) > 0 {
		switch strings.Trim(words[len(words)-1], ".,;:") {
		case "role", "position", "job", "opening", "vacancy":
			p = "the " + role
		default:
			p = "the " + role + " role"
		}
	}
	if company != "" {
		p += " at " + company
	}
	return p
}

// whenPhrase says when the interview was, relative to today when today is
// known.
func whenPhrase(day, today Date) string {
	switch {
	case day.IsZero():
		return ""
	case day.Compare(today) == 0:
		return "today"
	case day.AddDays(1).Compare(today) == 0:
		return "yesterday"
	}
	return "on " + spokenDay(day, today)
}

// spokenDay writes a day as people say it: "Tuesday, 3 March" within the
// year of ref, "3 March 2025" otherwise or when ref is unknown.
func spokenDay(day, ref Date) string {
	switch {
	case day.IsZero():
		return ""
	case !ref.IsZero() && day.Year() == ref.Year():
		return day.Weekday().String() + ", " + day.Time(time.UTC).Format("2 January")
	}
	return day.Time(time.UTC).Format("2 January 2006")
}

// clarification finds the first curveball the user now has a better answer
// to, and returns its topic and that answer as a finished sentence.
func clarification(curveballs []Curveball) (topic, point string) {
	for _, c := range curveballs {
		point = oneLine(c.BetterAnswer)
		if point == "" {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(point); !strings.ContainsRune(".!?\"'”)", last) {
			point += "."
		}
		for _, tag := range c.Tags {
			if t := oneLine(strings.NewReplacer("-", " ", "_", " ").Replace(tag)); t != "" {
				return t, point
			}
		}
		if q := strings.TrimRight(oneLine(c.Question), "?.! "); q != "" {
			return "“" + q + "”", point
		}
		return "", point
	}
	return "", ""
}

// tidyMessage removes the trailing spaces and extra blank lines that
// optional parts of a template leave behind.
func tidyMessage(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	out := lines[:0]
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	return strings.TrimRight(strings.Join(out, "\n"), "\n")
}

// The slots a drafted message leaves for the user to fill in, in square
// brackets so they are plain to see and easy to find (UnfilledSlots).
const (
	// RevisitSlot is where the user writes what they would add to an answer.
	RevisitSlot = "[a sentence or two: what you would add to your answer]"
	// NewsSlot is where the user writes something new they have done.
	NewsSlot = "[something you have done since: a project, a course, a result]"
	// ReferenceSlot is where the user names the work a reference could
	// speak to; the sentence before it ends "could speak to", so the slot
	// reads on from there in the user's own voice.
	ReferenceSlot = "[my work you know best: a project, a skill, a result]"
	// oldReferenceSlot is how ReferenceSlot was once worded; a message
	// drafted then and kept still has it, and it is still unfilled.
	oldReferenceSlot = "[the work of yours they know best and could speak to]"
)

// UnfilledSlots returns the slots in text still waiting to be filled in
// (PlaceholderName, RevisitSlot, NewsSlot, ReferenceSlot), in the order they
// appear, so a screen can point them out before the message is sent.
func UnfilledSlots(text string) []string {
	var out []string
	for _, slot := range []string{PlaceholderName, RevisitSlot, NewsSlot, ReferenceSlot, oldReferenceSlot} {
		if strings.Contains(text, slot) {
			out = append(out, slot)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return strings.Index(text, a) - strings.Index(text, b) })
	return out
}

// wantsToRevisit reports whether the user has written a better answer to a
// question that is not about pay: the sign they would like to add to an
// answer. Money is never reopened in a note of thanks.
func wantsToRevisit(curveballs []Curveball) bool {
	for _, c := range curveballs {
		if oneLine(c.BetterAnswer) != "" && !aboutPay(c) {
			return true
		}
	}
	return false
}

// payWords are the words that mark a question as one about pay.
var payWords = []string{"salary", "salaries", "pay", "paid", "compensation", "equity", "bonus",
	"money", "earn", "earning", "earnings", "wage", "wages", "package", "budget", "band",
	"negotiation", "negotiate", "offer", "rate", "figure", "number", "stock", "remuneration"}

// aboutPay reports whether a curveball's question or tags speak of pay.
func aboutPay(c Curveball) bool {
	text := strings.ToLower(c.Question + " " + strings.Join(c.Tags, " "))
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.Contains(payWords, w) {
			return true
		}
	}
	return false
}
