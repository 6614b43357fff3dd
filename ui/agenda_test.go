package ui

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

var (
	fuToday    = journal.DateOf(fixedNow) // Saturday 14 March 2026
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
func fuJournal(t *testing.T, ivs ...journal.Interview) *fakeJournal {
	t.Helper()
	j := newFakeJournal()
	for i := range ivs {
		if err := j.FinishDraft(0, &ivs[i]); err != nil {
			t.Fatal(err)
		}
	}
	return j
}

func fuScreen(m *Model) string { return ansi.Strip(m.View().Content) }

// fuOpenFollowUps opens the follow-ups from home.
func fuOpenFollowUps(t *testing.T, j *fakeJournal) *Model {
	t.Helper()
	m := newTestModel(t, j, StartHome)
	press(t, m, fuKey("f"))
	if m.screen != kit.ScreenFollowUps {
		t.Fatalf("f on home opened %v", m.screen)
	}
	return m
}

func fuAgendaPage(m *Model) *agendaPage { return m.page.(*agendaPage) }

// fuRecord returns the user's fuRecord of a follow-up, or nil.
func fuRecord(t *testing.T, j *fakeJournal, id uint64, fid string) *journal.FollowUp {
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

func TestHomeShowsFollowUpCounts(t *testing.T) {
	m := newTestModel(t, fuJournal(t, fuPending("Acme", 2)), StartHome)
	// The thank-you is late, the connection note is due, the check-in
	// comes later.
	if s := fuScreen(m); !strings.Contains(s, "Follow-ups: 1 overdue · 1 today · 1 later") {
		t.Fatalf("home lacks the follow-up counts:\n%s", s)
	}
	if s := fuScreen(newTestModel(t, newFakeJournal(), StartHome)); strings.Contains(s, "Follow-ups:") {
		t.Fatalf("an empty journal shows follow-up counts:\n%s", s)
	}
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
	if m.screen != kit.ScreenHome {
		t.Fatalf("esc went to %v", m.screen)
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
		if s := fuScreen(m); !strings.Contains(s, "In three days (Tue 17 Mar)") {
			t.Fatalf("no snooze menu:\n%s", s)
		}
		press(t, m, fuKey("2"))
		r := fuRecord(t, j, 1, "thank_you")
		if r == nil || r.Status != journal.FollowUpSnoozed || r.SnoozedUntil != fuToday.AddDays(3) {
			t.Fatalf("snooze stored %+v", r)
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
	if s := fuScreen(m); !strings.Contains(s, "Hi Dana and Sam,") || !strings.Contains(s, "sharding") || !strings.Contains(s, "debrief config set name") {
		t.Fatalf("the message is not on screen:\n%s", s)
	}

	_, cmd := m.Update(fuKey("c"))
	if !slices.ContainsFunc(fuMessages(cmd), func(msg tea.Msg) bool { return strings.Contains(strings.ToLower(fuTypeName(msg)), "clipboard") }) {
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
			m := newTestModel(t, j, StartHome)
			m.sh.Templates = func(kind journal.FollowUpKind) (string, error) {
				if kind != journal.FollowUpThankYou {
					return "", nil
				}
				return tc.tmpl, tc.err
			}
			press(t, m, fuKey("f"), keyEnter)
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

func TestGoldenAgenda(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2), fuPending("Globex", 0), fuPending("Initech", 9))
	rejected := fuPending("Umbrella Corporation of Very Long Names", 20)
	rejected.Outcome = journal.Outcome{Status: journal.StatusRejected, Date: fuToday.AddDays(-1)}
	rejected.StillInterested = true
	j.FinishDraft(0, &rejected)
	m := fuOpenFollowUps(t, j)
	press(t, m, keyDown)
	golden.RequireEqual(t, []byte(fuScreen(m)))
}

func TestGoldenMessage(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 1))
	m := fuOpenFollowUps(t, j)
	press(t, m, keyEnter)
	golden.RequireEqual(t, []byte(fuScreen(m)))
}

// fuMessages runs a command and returns every message it yields, batches
// opened.
func fuMessages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if batch, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range batch {
			if c != nil {
				if m, ok := fuQuick(c); ok {
					out = append(out, fuMessages(func() tea.Msg { return m })...)
				}
			}
		}
		return out
	}
	return []tea.Msg{msg}
}

// fuQuick runs a command unless it is a timer.
func fuQuick(c tea.Cmd) (tea.Msg, bool) {
	done := make(chan tea.Msg, 1)
	go func() { done <- c() }()
	select {
	case m := <-done:
		return m, true
	case <-fuTimeout():
		return nil, false
	}
}

func fuTypeName(msg tea.Msg) string { return fmt.Sprintf("%T", msg) }

func fuTimeout() <-chan time.Time { return time.After(200 * time.Millisecond) }

func TestAgendaMessageFromEditor(t *testing.T) {
	j := fuJournal(t, fuPending("Acme", 2))
	m := fuOpenFollowUps(t, j)
	press(t, m, keyEnter)
	_, cmd := m.Update(tea.KeyPressMsg{Code: 'e', Mod: tea.ModCtrl})
	msgs := fuMessages(cmd)
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
