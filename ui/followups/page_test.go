package followups

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	fuToday    = journal.DateOf(uitest.Now()) // Saturday 14 March 2026
	fuKeyTab   = tea.KeyPressMsg{Code: tea.KeyTab}
	fuKeySpace = tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	fuKeyUp    = tea.KeyPressMsg{Code: tea.KeyUp}
)

func fuKey(s string) tea.KeyPressMsg {
	r := []rune(s)[0]
	return tea.KeyPressMsg{Code: r, Text: s}
}

// fuPending is a pending interview held days ago, with a manager and a
// recruiter, so that most follow-ups are planned.
func fuPending(company string, daysAgo int) journal.Interview {
	return journal.Interview{
		Company: company, Role: "Backend engineer", Date: fuToday.AddDays(-daysAgo), Stage: journal.StageFirst,
		Interviewers: []journal.Person{{Name: "Dana Lee", Title: "Engineering manager"}, {Name: "Sam Ortiz", Title: "Recruiter"}},
		Curveballs:   []journal.Curveball{{Question: "How would you shard the orders table?", BetterAnswer: "By customer, with a lookup for the hot ones", Tags: []string{"sharding"}}},
		Outcome:      journal.Outcome{Status: journal.StatusPending},
	}
}

// fuJournal holds the given interviews, with IDs from 1 in order.
func fuJournal(t *testing.T, ivs ...journal.Interview) *uitest.FakeJournal {
	t.Helper()
	j := uitest.NewFakeJournal()
	for i := range ivs {
		if err := j.FinishDraft(0, &ivs[i]); err != nil {
			t.Fatal(err)
		}
	}
	return j
}

func fuScreen(m *model) string { return m.View() }

// model is the follow-ups screen in a stand-in for the root.
type model struct {
	*uitest.Host
	d  *uitest.Driver
	sh *kit.Context
}

// fuOpenFollowUps opens the follow-ups on j.
func fuOpenFollowUps(t *testing.T, j *uitest.FakeJournal) *model {
	t.Helper()
	return fuOpen(t, j, nil)
}

// fuOpen opens the follow-ups on j, after set changes the context.
func fuOpen(t *testing.T, j *uitest.FakeJournal, set func(*kit.Context)) *model {
	t.Helper()
	ctx := uitest.NewContext(j)
	if set != nil {
		set(ctx)
	}
	h, d := uitest.Start(t, ctx, New(ctx))
	return &model{Host: h, d: d, sh: ctx}
}

func press(t *testing.T, m *model, keys ...tea.KeyPressMsg) { t.Helper(); m.d.Press(keys...) }

func typeText(t *testing.T, m *model, s string) { t.Helper(); m.d.Type(s) }

func run(t *testing.T, m *model, cmd tea.Cmd) { t.Helper(); m.d.Run(cmd) }

var (
	keyEnter = tea.KeyPressMsg{Code: tea.KeyEnter}
	keyEsc   = tea.KeyPressMsg{Code: tea.KeyEscape}
	keyDown  = tea.KeyPressMsg{Code: tea.KeyDown}
)

func fuAgendaPage(m *model) *Page { return m.Screen.(*Page) }

// fuRecord returns the user's fuRecord of a follow-up, or nil.
func fuRecord(t *testing.T, j *uitest.FakeJournal, id uint64, fid string) *journal.FollowUp {
	t.Helper()
	iv, err := j.Interview(id)
	if err != nil {
		t.Fatal(err)
	}
	if i := slices.IndexFunc(iv.FollowUps, func(f journal.FollowUp) bool { return f.ID == fid }); i >= 0 {
		return &iv.FollowUps[i]
	}
	return nil
}

func fuAgendaRefs(a journal.Agenda) []string {
	var out []string
	for _, g := range agendaSections(a) {
		for _, it := range g.items {
			out = append(out, g.title+" "+agendaKey(it))
		}
	}
	return out
}

func TestAgendaListsGroups(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2), fuPending("Globex", 0))
	m := fuOpenFollowUps(t, j)
	p := fuAgendaPage(m)
	want := []string{"Overdue 1/thank_you", "Today 1/connect", "Today 2/thank_you", "This week 2/connect", "Later 1/check_in", "Later 2/check_in"}
	if got := fuAgendaRefs(p.agenda); !slices.Equal(got, want) {
		t.Fatalf("agenda %v, want %v", got, want)
	}
	s := fuScreen(m)
	for _, part := range []string{"Overdue (1)", "Today (2)", "This week (1)", "Later (2)", "Send a thank-you note", "Acme, Backend engineer", "1 day late", "1/thank_you", "memorable"} {
		if !strings.Contains(s, part) {
			t.Errorf("the screen lacks %q:\n%s", part, s)
		}
	}
	press(t, m, keyEsc)
	if m.Backs != 1 {
		t.Fatalf("esc did not go back (%d)", m.Backs)
	}
}

func TestAgendaDoneAndUndo(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuOpenFollowUps(t, j)
	press(t, m, fuKey("d"))
	r := fuRecord(t, j, 1, "thank_you")
	if r == nil || r.Status != journal.FollowUpDone || r.DoneAt != fuToday {
		t.Fatalf("d stored %+v", r)
	}
	p := fuAgendaPage(m)
	if got := fuAgendaRefs(p.agenda); slices.Contains(got, "Overdue 1/thank_you") {
		t.Fatalf("the done thank-you is still listed: %v", got)
	}
	if s := fuScreen(m); !strings.Contains(s, "Done: Send a thank-you note") {
		t.Fatalf("no confirmation:\n%s", s)
	}
	press(t, m, fuKey("u"))
	if r := fuRecord(t, j, 1, "thank_you"); r != nil {
		t.Fatalf("undo left %+v", r)
	}
	if got := fuAgendaRefs(fuAgendaPage(m).agenda); !slices.Contains(got, "Overdue 1/thank_you") {
		t.Fatalf("undo did not bring the thank-you back: %v", got)
	}
}

// TestAgendaMarkAfterAnotherTerminal skips a follow-up behind the list's
// back, as a debrief in another terminal does, then marks it done on the
// list still showing it: the skip stands, the list says so and catches up.
func TestAgendaMarkAfterAnotherTerminal(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuOpenFollowUps(t, j)
	if _, err := j.ChangeInterview(1, func(iv *journal.Interview) error {
		return iv.MarkFollowUp("thank_you", journal.FollowUpSkipped, fuToday, journal.Date{}, "sent by post")
	}); err != nil {
		t.Fatal(err)
	}
	press(t, m, fuKey("d"))
	if r := fuRecord(t, j, 1, "thank_you"); r == nil || r.Status != journal.FollowUpSkipped {
		t.Fatalf("the skip made elsewhere was written over: %+v", r)
	}
	if s := fuScreen(m); !strings.Contains(s, "changed in another terminal") {
		t.Fatalf("no word of the other change:\n%s", s)
	}
	if got := fuAgendaRefs(fuAgendaPage(m).agenda); slices.Contains(got, "Overdue 1/thank_you") {
		t.Fatalf("the list still shows the skipped follow-up: %v", got)
	}
}

func TestAgendaSnooze(t *testing.T) {
	t.Run("ThreeDays", func(t *testing.T) {
		j := fuJournal(t, fuPending("Acme", 2))
		m := fuOpenFollowUps(t, j)
		press(t, m, fuKey("s"))
		if s := fuScreen(m); !strings.Contains(s, "For 3 days (Tue 17 Mar)") {
			t.Fatalf("no snooze menu:\n%s", s)
		}
		press(t, m, fuKey("2"))
		r := fuRecord(t, j, 1, "thank_you")
		if r == nil || r.Status != journal.FollowUpSnoozed || r.SnoozedUntil != fuToday.AddDays(3) {
			t.Fatalf("snooze stored %+v", r)
		}
		// The cursor stays at its place, on the next follow-up, as it
		// does after done; it does not follow the snoozed one down.
		p := fuAgendaPage(m)
		if it, ok := p.selected(); !ok || p.cursor != 0 || it.FollowUp.ID == "thank_you" {
			t.Fatalf("after snoozing, the cursor is at %d on %+v", p.cursor, it.FollowUp)
		}
	})
	t.Run("OnADate", func(t *testing.T) {
		j := fuJournal(t, fuPending("Acme", 2))
		m := fuOpenFollowUps(t, j)
		press(t, m, fuKey("s"), keyDown, keyDown, keyDown, keyEnter)
		typeText(t, m, "2026-03-14")
		press(t, m, keyEnter)
		if !strings.Contains(fuScreen(m), "Choose a day after today") {
			t.Fatalf("a snooze to today was taken:\n%s", fuScreen(m))
		}
		for range 10 {
			press(t, m, tea.KeyPressMsg{Code: tea.KeyBackspace})
		}
		typeText(t, m, "2026-04-01")
		press(t, m, keyEnter)
		if r := fuRecord(t, j, 1, "thank_you"); r == nil || r.SnoozedUntil != journal.NewDate(2026, 4, 1) {
			t.Fatalf("snooze to a date stored %+v", r)
		}
	})
}

func TestAgendaSkipWithReason(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuOpenFollowUps(t, j)
	press(t, m, keyDown) // the connection note
	press(t, m, fuKey("x"))
	typeText(t, m, "not on any network")
	press(t, m, keyEnter)
	r := fuRecord(t, j, 1, "connect")
	if r == nil || r.Status != journal.FollowUpSkipped || r.Note != "not on any network" {
		t.Fatalf("skip stored %+v", r)
	}
}

func TestAgendaMessage(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuOpenFollowUps(t, j)
	press(t, m, keyEnter)
	p := fuAgendaPage(m)
	if p.mode != agendaReading || !p.message.loaded {
		t.Fatal("enter did not open the drafted message")
	}
	iv, _ := j.Interview(1)
	// No name is set in these tests: the draft is signed with the
	// placeholder, and the page says how to set a name.
	want, err := journal.DraftMessageFor(journal.MessageContext{Interview: iv, Today: fuToday, Sender: journal.Sender{Name: journal.PlaceholderName}}, p.message.item.FollowUp, "")
	if err != nil {
		t.Fatal(err)
	}
	if p.message.text != want {
		t.Fatalf("message %q, want %q", p.message.text, want)
	}
	if s := fuScreen(m); !strings.Contains(s, "Hi Dana and Sam,") || !strings.Contains(s, "debrief config set name") {
		t.Fatalf("the message is not on screen:\n%s", s)
	}
	// The better answer and the tag are notes to self, never quoted.
	if s := fuScreen(m); strings.Contains(s, "sharding") || strings.Contains(s, "lookup for the hot ones") {
		t.Fatalf("the draft quotes notes to self:\n%s", s)
	}

	cmd := m.Update(fuKey("c"))
	if !slices.ContainsFunc(fuMessages(t, cmd), func(msg tea.Msg) bool { return strings.Contains(strings.ToLower(fuTypeName(msg)), "clipboard") }) {
		t.Fatal("c did not copy to the clipboard")
	}

	press(t, m, fuKey("e"))
	typeText(t, m, "P.S. ")
	press(t, m, keyEsc)
	if !strings.HasPrefix(p.message.text, "Hi Dana") || !strings.HasSuffix(p.message.text, "[your name]P.S. ") {
		t.Fatalf("editing in place gave %q", p.message.text)
	}
	press(t, m, fuKey("d"))
	if r := fuRecord(t, j, 1, "thank_you"); r == nil || r.Status != journal.FollowUpDone {
		t.Fatalf("d in the message stored %+v", r)
	}
	if p.mode != agendaListing {
		t.Fatal("marking done did not go back to the list")
	}
}

// TestAgendaMessageSigned gives the app the user's name and signature, as
// the config file does: the draft on screen is signed with them, and no
// hint about a name is shown.
func TestAgendaMessageSigned(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuOpenFollowUps(t, j)
	m.sh.Sender = journal.Sender{Name: "Ada Lovelace", Signature: "ada@example.com"}
	press(t, m, keyEnter)
	p := fuAgendaPage(m)
	if !strings.HasSuffix(p.message.text, "Ada Lovelace\nada@example.com") {
		t.Fatalf("the draft is not signed: %q", p.message.text)
	}
	if s := fuScreen(m); strings.Contains(s, "config set name") {
		t.Fatalf("a hint about the name although one is set:\n%s", s)
	}
}

func TestAgendaMessageTemplates(t *testing.T) {
	for _, tc := range []struct {
		name, tmpl string
		err        error
		want, warn string
	}{
		{"Own", "Dear {{.Names}}, thanks for {{.Position}}.", nil, "Dear Dana and Sam, thanks for the Backend engineer role at Acme.", ""},
		{"Broken", "", journal.Errorf(journal.EInvalid, "/cfg/templates/thank_you.txt: line 1: unexpected EOF"), "Hi Dana and Sam,", "thank_you.txt: line 1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			j := fuJournal(t, fuPending("Acme", 2))
			m := fuOpen(t, j, func(ctx *kit.Context) {
				ctx.Templates = func(kind journal.FollowUpKind) (string, error) {
					if kind != journal.FollowUpThankYou {
						return "", nil
					}
					return tc.tmpl, tc.err
				}
			})
			press(t, m, keyEnter)
			msg := fuAgendaPage(m).message
			if !strings.HasPrefix(msg.text, tc.want) {
				t.Fatalf("message %q, want it to start %q", msg.text, tc.want)
			}
			if s := fuScreen(m); tc.warn != "" && !strings.Contains(s, tc.warn) {
				t.Fatalf("the broken template is not reported:\n%s", s)
			}
		})
	}
}

// fuMessages runs a command to completion and returns every message it
// yields, batches opened, timers left out.
func fuMessages(t *testing.T, cmd tea.Cmd) []tea.Msg { return uitest.Messages(t, cmd) }

func fuTypeName(msg tea.Msg) string { return fmt.Sprintf("%T", msg) }

func TestAgendaMessageFromEditor(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuOpenFollowUps(t, j)
	press(t, m, keyEnter)
	cmd := m.Update(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	msgs := fuMessages(t, cmd)
	if len(msgs) != 1 {
		t.Fatalf("ctrl+e gave %v", msgs)
	}
	ready, ok := msgs[0].(kit.EditorReadyMsg)
	if !ok || ready.Err != nil {
		t.Fatalf("ctrl+e did not prepare the editor: %#v", msgs[0])
	}
	t.Cleanup(func() { os.Remove(ready.Path) })
	if b, _ := os.ReadFile(ready.Path); !strings.HasPrefix(string(b), "Hi Dana and Sam,") {
		t.Fatalf("the editor opens %q", b)
	}
	// The root runs the editor; what comes back replaces the message.
	m.Update(kit.EditorDoneMsg{Text: "Hi Dana,\nshort and sweet\x1b[31m"})
	if got := fuAgendaPage(m).message.text; got != "Hi Dana,\nshort and sweet" {
		t.Fatalf("after the editor the message is %q", got)
	}
}

// TestAgendaSaysDoneWithTheListThatShowsIt delivers what marking a
// follow-up done sends, in every order the runtime may deliver a batch: the
// status line never says "Done" over a list still showing it as open.
func TestAgendaSaysDoneWithTheListThatShowsIt(t *testing.T) {
	for _, statusFirst := range []bool{true, false} {
		j := fuJournal(t, fuPending("Acme", 2))
		m := fuOpenFollowUps(t, j)
		p := fuAgendaPage(m)
		it, _ := p.selected()
		msgs := uitest.Messages(t, p.mark(it, journal.FollowUpDone, journal.Date{}, ""))
		if len(msgs) != 1 {
			t.Fatalf("marking sent %d messages", len(msgs))
		}
		msgs = uitest.Messages(t, p.Update(msgs[0]))
		slices.SortStableFunc(msgs, func(a, b tea.Msg) int {
			_, aStatus := a.(kit.StatusMsg)
			_, bStatus := b.(kit.StatusMsg)
			switch {
			case aStatus == bStatus:
				return 0
			case aStatus == statusFirst:
				return -1
			}
			return 1
		})
		for _, msg := range msgs {
			m.d.Send(msg)
			if s := fuScreen(m); strings.Contains(s, "Done: Send a thank-you note") && strings.Contains(s, "Overdue (1)") {
				t.Fatalf("the status line says done over the list as it was:\n%s", s)
			}
		}
		if s := fuScreen(m); !strings.Contains(s, "Done: Send a thank-you note") || strings.Contains(s, "Overdue (1)") {
			t.Fatalf("after the reload:\n%s", s)
		}
	}
}
