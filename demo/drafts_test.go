package demo_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/demo"
	"github.com/debrief-journal/debrief/journal"
)

// payWords are the words of money that never belong in a thank-you note.
var payWords = []string{"salary", "salaries", "pay", "paid", "compensation", "equity", "bonus",
	"money", "wage", "wages", "package", "remuneration", "stock", "earning", "earnings", "negotiation"}

var (
	unfilled = []string{"{{", "}}", "<no value>", "%!", "Hi ,", " ,", " .", "  ", "\n\n\n", "Hi and", "the  role", "at ,", "about .", " for .", "()"}
)

// flat lowers text and folds its white space, so that a sentence a line
// break fell inside is still found.
func flat(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// wordPatterns caches the pattern of each phrase hasWord looks for.
var wordPatterns = map[string]*regexp.Regexp{}

// hasWord reports whether text holds phrase as whole words.
func hasWord(text, phrase string) bool {
	phrase = flat(phrase)
	if phrase == "" || !strings.Contains(text, phrase) {
		return false
	}
	re := wordPatterns[phrase]
	if re == nil {
		re = regexp.MustCompile(`(^|[^\p{L}\p{N}])` + regexp.QuoteMeta(phrase) + `($|[^\p{L}\p{N}])`)
		wordPatterns[phrase] = re
	}
	return re.MatchString(text)
}

// ownWords is everything the built-in templates say themselves, flattened:
// a word of ours that is also someone's tag ("CV") is not a leak.
func ownWords() string {
	var b strings.Builder
	for _, k := range journal.FollowUpKinds() {
		b.WriteString(journal.DefaultTemplate(k) + " " + k.Label() + " ")
	}
	return flat(b.String())
}

// TestDemoDrafts builds every draft of every follow-up of a demo journal of
// 1,000 interviews, signed by a named sender, in each situation the
// interview passes through, and fails on any note to self quoted, money in
// a thank-you, a missing signature, an unfilled or doubled word, or a line
// longer than journal.MessageWidth.
func TestDemoDrafts(t *testing.T) {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	today := journal.DateOf(now)
	ivs := demo.Generate(1000, 7, now)
	sender := journal.Sender{Name: "Ada Lovelace", Signature: "Analytical Engines Ltd\n+44 20 7946 0000"}
	ours := ownWords()
	var lessons []string
	for _, iv := range ivs {
		lessons = append(lessons, iv.Lessons...)
		lessons = append(lessons, iv.FeedbackLessons...)
	}
	drafts, kinds := 0, map[journal.FollowUpKind]int{}
	for i := range ivs {
		iv := &ivs[i]
		iv.ID = uint64(i + 1)
		var notes, tags []string
		notes = append(notes, iv.Lessons...)
		notes = append(notes, iv.FeedbackLessons...)
		notes = append(notes, iv.Scripted...)
		notes = append(notes, iv.ShouldHaveTold...)
		notes = append(notes, iv.WentWell...)
		for _, c := range iv.Curveballs {
			notes = append(notes, c.BetterAnswer, c.Answer, c.Question)
			tags = append(tags, c.Tags...)
		}
		tags = append(tags, iv.Tags...)
		// Plan on the day after the interview, when the early notes are
		// open, and today, when the outcome's are.
		seen := map[string]bool{}
		for _, on := range []journal.Date{iv.Date.AddDays(1), iv.Date.AddDays(20), today} {
			for _, f := range journal.PlanFollowUps(iv, on) {
				if seen[f.ID] {
					continue
				}
				seen[f.ID] = true
				mc := journal.MessageContext{Interview: iv, Today: on, Sender: sender, LessonsSince: lessons[:min(3, len(lessons))]}
				msg, err := journal.DraftMessageFor(mc, f, "")
				if err != nil {
					t.Fatalf("interview %d %s: %v", iv.ID, f.ID, err)
				}
				drafts++
				kinds[f.Kind]++
				checkDraft(t, iv, f, msg, sender, notes, tags, ours)
			}
		}
	}
	if drafts < 3000 {
		t.Fatalf("only %d drafts from 1,000 interviews", drafts)
	}
	for _, k := range journal.FollowUpKinds() {
		if kinds[k] == 0 {
			t.Errorf("no %s drafted in the demo journal", k)
		}
	}
}

func checkDraft(t *testing.T, iv *journal.Interview, f journal.FollowUp, msg string, sender journal.Sender, notes, tags []string, ours string) {
	t.Helper()
	where := func() string { return "interview " + iv.Title() + " " + f.ID + ":\n" + msg }
	text := flat(msg)
	for _, n := range notes {
		if len(strings.Fields(n)) >= 3 && strings.Contains(text, flat(strings.TrimRight(n, ".!?"))) {
			t.Errorf("quotes the note to self %q in %s", n, where())
		}
	}
	// A tag that is also a word of the company's or the role's name
	// ("retail") comes from there.
	names := flat(iv.Company + " " + iv.Role)
	for _, tag := range tags {
		if hasWord(text, tag) && !hasWord(ours, tag) && !hasWord(names, tag) {
			t.Errorf("names the tag or topic %q in %s", tag, where())
		}
	}
	if f.Kind == journal.FollowUpThankYou {
		for _, w := range payWords {
			if hasWord(text, w) {
				t.Errorf("speaks of %q in a thank-you: %s", w, where())
			}
		}
	}
	if !strings.HasSuffix(msg, "\n"+sender.Name+"\n"+sender.Signature) && !strings.HasSuffix(msg, "\n"+sender.Name) {
		t.Errorf("not signed by %s: %s", sender.Name, where())
	}
	for _, bad := range unfilled {
		if strings.Contains(msg, bad) {
			t.Errorf("holds %q: %s", bad, where())
		}
	}
	words := strings.Fields(msg)
	for i := 1; i < len(words); i++ {
		prev, w := words[i-1], strings.TrimRight(words[i], ".,;:!?")
		if prev == strings.TrimRight(prev, ".,;:!?") && strings.EqualFold(prev, w) {
			t.Errorf("doubles %q: %s", prev+" "+w, where())
		}
	}
	for _, line := range strings.Split(msg, "\n") {
		if utf8.RuneCountInString(line) > journal.MessageWidth {
			t.Errorf("a line of %d characters: %q in %s", utf8.RuneCountInString(line), line, where())
		}
	}
	if slots := journal.UnfilledSlots(msg); slices.Contains(slots, journal.PlaceholderName) {
		t.Errorf("signed with the placeholder although a name is set: %s", where())
	}
}
