package cli_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"github.com/debrief-journal/debrief/cli"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/remind"
	"github.com/debrief-journal/debrief/store"
)

// reminding is where a remind test keeps its journal, state and config,
// and what it was notified of.
type reminding struct {
	db, state, config string
	notified          []string // title, then body
	noDesktop         bool
	extra             map[string]string // more of the environment
}

func newReminding(t *testing.T, db string) *reminding {
	return &reminding{db: db, state: t.TempDir(), config: t.TempDir()}
}

// run runs debrief at now, without a terminal.
func (r *reminding) run(t *testing.T, now time.Time, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := cli.Env{
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut,
		Getenv: func(k string) string {
			switch k {
			case "DEBRIEF_DB":
				return r.db
			case "XDG_STATE_HOME":
				return r.state
			case "XDG_CONFIG_HOME":
				return r.config
			}
			return r.extra[k]
		},
		Now:        func() time.Time { return now },
		IsTerminal: func(any) bool { return false },
		Notify: func(title, body string) error {
			if r.noDesktop {
				return errors.New("no desktop")
			}
			r.notified = append(r.notified, title, body)
			return nil
		},
	}
	code := cli.Execute(context.Background(), "test", args, env)
	return out.String(), errOut.String(), code
}

func TestRemindWhatIsDue(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-2)), fuInterview("Globex", today))
	r := newReminding(t, db)

	out, errOut, code := r.run(t, fuNow, "remind")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{
		" follow-ups to send:",
		"Send a thank-you note · Acme (1 day late): debrief followups draft 1/thank_you",
		"Send a thank-you note · Globex (due today): debrief followups draft 2/thank_you",
		"No weekly review yet: debrief review",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("remind lacks %q:\n%s", want, out)
		}
	}
	if _, _, code := r.run(t, fuNow, "remind", "--check"); code != 1 {
		t.Fatalf("--check with things due: exit %d", code)
	}

	out, _, code = r.run(t, fuNow, "remind", "--json")
	var doc struct {
		Today     string
		Due       int
		FollowUps []struct {
			Ref      string
			DaysLate int `json:"days_late"`
		} `json:"followups"`
		DrillsDue int  `json:"drills_due"`
		ReviewDue bool `json:"review_due"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil || code != 0 {
		t.Fatalf("exit %d, %v:\n%s", code, err, out)
	}
	if doc.Today != "2026-03-14" || doc.Due != len(doc.FollowUps)+doc.DrillsDue+1 || doc.DrillsDue != 2 || len(doc.FollowUps) < 2 || doc.FollowUps[0].Ref != "1/thank_you" || doc.FollowUps[0].DaysLate != 1 || !doc.ReviewDue {
		t.Fatalf("json: %+v", doc)
	}
}

func TestRemindNothingDue(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-1)))
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return fuNow }
	if err := s.SaveReview(&journal.Review{WeekOf: today.AddDays(-6), Focus: "Name a number"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r := newReminding(t, db)
	if _, errOut, code := r.run(t, fuNow, "followups", "done", "1/thank_you"); code != 0 {
		t.Fatalf("done: exit %d: %s", code, errOut)
	}
	if _, errOut, code := r.run(t, fuNow, "drill", "suspend", "1/1"); code != 0 {
		t.Fatalf("suspend: exit %d: %s", code, errOut)
	}
	out, errOut, code := r.run(t, fuNow, "remind")
	if code != 0 || strings.TrimSpace(out) != "Nothing needs you today." {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	if out, _, code := r.run(t, fuNow, "remind", "--check"); code != 0 || out != "" {
		t.Fatalf("--check with nothing due: exit %d, %q", code, out)
	}
	if _, _, code := r.run(t, fuNow, "remind", "--notify"); code != 0 || len(r.notified) != 0 {
		t.Fatalf("notified of nothing: exit %d, %q", code, r.notified)
	}
	// A week after the review, it is due again.
	if _, _, code := r.run(t, fuNow.AddDate(0, 0, 7), "remind", "--check"); code != 1 {
		t.Fatalf("a week later: exit %d", code)
	}
}

func TestRemindNotify(t *testing.T) {
	today := journal.DateOf(fuNow)
	db := seedJournal(t, fuInterview("Acme", today.AddDays(-2)))
	r := newReminding(t, db)
	out, _, code := r.run(t, fuNow, "remind", "--notify")
	if code != 0 || out != "" || len(r.notified) != 2 {
		t.Fatalf("exit %d, printed %q, notified %q", code, out, r.notified)
	}
	if !strings.HasSuffix(r.notified[0], " things need you today") || !strings.Contains(r.notified[1], "Acme (1 day late)") {
		t.Fatalf("notification %q", r.notified)
	}
	// Without a desktop it prints instead.
	r.noDesktop, r.notified = true, nil
	out, _, code = r.run(t, fuNow, "remind", "--notify")
	if code != 0 || !strings.Contains(out, "Acme (1 day late)") {
		t.Fatalf("no desktop: exit %d, printed %q", code, out)
	}
	// A reminder set up before the first interview finds no journal: it
	// ends with the code the scheduled service counts as no failure.
	if remind.NoJournalExit != cli.ExitNotFound {
		t.Fatalf("the service allows exit %d, but no journal is exit %d", remind.NoJournalExit, cli.ExitNotFound)
	}
	r = newReminding(t, filepath.Join(t.TempDir(), "none.db"))
	if _, _, code := r.run(t, fuNow, "remind", "--notify"); code != cli.ExitNotFound || len(r.notified) != 0 {
		t.Fatalf("no journal yet: exit %d, notified %q", code, r.notified)
	}
}

func TestRemindFlags(t *testing.T) {
	r := newReminding(t, seedJournal(t))
	for _, args := range [][]string{
		{"remind", "--check", "--json"},
		{"remind", "--install", "--uninstall"},
		{"remind", "--install", "--at", "25:00"},
		{"remind", "--dry-run"},
		{"remind", "--install", "--notify"},
	} {
		if _, _, code := r.run(t, fuNow, args...); code != cli.ExitUsage {
			t.Errorf("%v: exit %d, want %d", args, code, cli.ExitUsage)
		}
	}
}

// TestStatusPromptFollowsWrites: every command that writes the journal
// brings the prompt's count up to date, and the count moves with the
// clock without a write.
func TestStatusPromptFollowsWrites(t *testing.T) {
	today := journal.DateOf(fuNow)
	r := newReminding(t, seedJournal(t, fuInterview("Acme", today.AddDays(-2))))
	if out, _, code := r.run(t, fuNow, "status", "--prompt"); code != 0 || out != "" {
		t.Fatalf("before any status file: exit %d, %q", code, out)
	}
	if _, errOut, code := r.run(t, fuNow, "followups", "done", "1/thank_you"); code != 0 {
		t.Fatalf("done: %d %s", code, errOut)
	}
	// The prompt counts what remind reports, without opening the journal.
	dueNow := func(now time.Time) string { return r.dueOn(t, now) }
	want := dueNow(fuNow)
	// The prompt never reads the journal: it answers with it gone.
	if err := os.Rename(r.db, r.db+".away"); err != nil {
		t.Fatal(err)
	}
	if out, _, _ := r.run(t, fuNow, "status", "--prompt"); out != want {
		t.Fatalf("after marking done: %q, want %q", out, want)
	}
	if out, _, _ := r.run(t, fuNow, "status", "--db", r.db, "--prompt"); out != want {
		t.Fatalf("with --db: %q", out)
	}
	// The check-in falls due later, with no write in between.
	later := fuNow.AddDate(0, 0, 30)
	before, _, _ := r.run(t, later, "status", "--prompt")
	if err := os.Rename(r.db+".away", r.db); err != nil {
		t.Fatal(err)
	}
	if want := dueNow(later); before != want || want == dueNow(fuNow) {
		t.Fatalf("a month later: %q, want %q", before, want)
	}
	// Another journal has a status of its own.
	other := newReminding(t, filepath.Join(t.TempDir(), "other.db"))
	other.state = r.state
	if out, _, _ := other.run(t, fuNow, "status", "--prompt"); out != "" {
		t.Fatalf("another journal: %q", out)
	}
}

// dueOn returns what the prompt should say on now's day: the count that
// 'remind --json' reports then (which also writes the status anew).
func (r *reminding) dueOn(t *testing.T, now time.Time) string {
	t.Helper()
	out, _, _ := r.run(t, now, "remind", "--json")
	var doc struct{ Due int }
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("remind --json: %v: %s", err, out)
	}
	if doc.Due == 0 {
		return ""
	}
	return strconv.Itoa(doc.Due) + " due"
}

// TestStatusPromptOnAnotherDay: the status says the same to every
// reader's day. Written by a run whose clock is ten days ahead, it still
// counts on the real day what is due then; and follow-ups that turn stale
// with no write in between stop being counted, as remind stops reporting
// them.
func TestStatusPromptOnAnotherDay(t *testing.T) {
	today := journal.DateOf(fuNow)
	r := newReminding(t, seedJournal(t, fuInterview("Acme", today.AddDays(-2)), fuInterview("Birch", today.AddDays(-20))))
	ahead := fuNow.AddDate(0, 0, 10)
	if _, errOut, code := r.run(t, ahead, "remind", "--check"); code > 1 {
		t.Fatalf("remind ten days ahead: exit %d: %s", code, errOut)
	}
	got, _, _ := r.run(t, fuNow, "status", "--prompt")
	if want := r.dueOn(t, fuNow); got != want || want == "" {
		t.Fatalf("after a run ten days ahead, the prompt says %q, remind %q", got, want)
	}
	// Written on the real day just now, read forty days on: the thank-you
	// notes are stale by then.
	later := fuNow.AddDate(0, 0, 40)
	got, _, _ = r.run(t, later, "status", "--prompt")
	if want := r.dueOn(t, later); got != want {
		t.Fatalf("forty days on, the prompt says %q, remind %q", got, want)
	}
}

// TestStatusPromptDamagedFile: a status file that is not one prints
// nothing and never fails a prompt.
func TestStatusPromptDamagedFile(t *testing.T) {
	today := journal.DateOf(fuNow)
	r := newReminding(t, seedJournal(t, fuInterview("Acme", today)))
	r.run(t, fuNow, "remind")
	files, _ := filepath.Glob(filepath.Join(r.state, "debrief", "status-*"))
	if len(files) != 1 {
		t.Fatalf("status files %v", files)
	}
	os.WriteFile(files[0], []byte("\x1b]0;pwned\x07followups 2026-03-14 5\n"), 0o600)
	if out, errOut, code := r.run(t, fuNow, "status", "--prompt"); code != 0 || out != "" || errOut != "" {
		t.Fatalf("damaged status: exit %d, %q, %q", code, out, errOut)
	}
}

func TestFollowUpsCalendarAlarms(t *testing.T) {
	today := journal.DateOf(fuNow)
	r := newReminding(t, seedJournal(t, fuInterview("Acme", today)))
	cfgWrite(t, r.config, "remind_at = \"07:45\"\n")
	first, _, code := r.run(t, fuNow, "followups", "--ics", "-")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	cal, err := ics.ParseCalendar(strings.NewReader(first))
	if err != nil {
		t.Fatal(err)
	}
	events := cal.Events()
	if len(events) == 0 {
		t.Fatal("no events")
	}
	for _, e := range events {
		alarms := e.Alarms()
		if len(alarms) != 1 {
			t.Fatalf("event %s has %d alarms", e.Id(), len(alarms))
		}
		trigger := alarms[0].GetProperty(ics.ComponentPropertyTrigger)
		if trigger == nil || trigger.Value != "PT7H45M" {
			t.Fatalf("trigger %+v", trigger)
		}
	}
	// A later export names the same entries, so a calendar updates them.
	second, _, _ := r.run(t, fuNow.Add(time.Hour), "followups", "--ics", "-")
	cal2, _ := ics.ParseCalendar(strings.NewReader(second))
	for i, e := range cal2.Events() {
		if e.Id() != events[i].Id() {
			t.Fatalf("UID changed: %s then %s", events[i].Id(), e.Id())
		}
	}
}

func TestRemindInstallDryRun(t *testing.T) {
	r := newReminding(t, seedJournal(t))
	cfgWrite(t, r.config, "remind_at = \"7:05\"\n")
	out, errOut, code := r.run(t, fuNow, "remind", "--install", "--dry-run")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, want := range []string{"Would write", "07:05", "remind"} {
		if !strings.Contains(out, want) {
			t.Errorf("dry run lacks %q:\n%s", want, out)
		}
	}
	if entries, _ := os.ReadDir(r.config); len(entries) != 1 {
		t.Fatalf("the dry run wrote files: %v", entries)
	}
	out, _, code = r.run(t, fuNow, "remind", "--uninstall", "--dry-run")
	if code != 0 || !strings.Contains(out, "nothing was changed") {
		t.Fatalf("uninstall with nothing installed: exit %d, %q", code, out)
	}
}

func TestConfigRemindAt(t *testing.T) {
	config := t.TempDir()
	if _, errOut, code := cfgRun(t, config, "", "config", "set", "remind_at", "7:5"); code != cli.ExitInvalid {
		t.Fatalf("7:5: exit %d %s", code, errOut)
	}
	if _, errOut, code := cfgRun(t, config, "", "config", "set", "remind_at", "7:05"); code != 0 {
		t.Fatalf("7:05: exit %d %s", code, errOut)
	}
	if got := cfgRead(t, config); got != "remind_at = \"07:05\"\n" {
		t.Fatalf("config file %q", got)
	}
}

// TestStatusPromptEncrypted: an encrypted journal's status is kept as
// well, from the journal the command unlocked, with no second passphrase.
func TestStatusPromptEncrypted(t *testing.T) {
	today := journal.DateOf(fuNow)
	r := newReminding(t, seedJournal(t, fuInterview("Acme", today.AddDays(-2))))
	pass := filepath.Join(t.TempDir(), "pass")
	os.WriteFile(pass, []byte("correct horse battery staple\n"), 0o600)
	r.extra = map[string]string{"DEBRIEF_PASSPHRASE_FILE": pass}
	if _, errOut, code := r.run(t, fuNow, "encrypt"); code != 0 {
		t.Fatalf("encrypt: exit %d: %s", code, errOut)
	}
	before, _, _ := r.run(t, fuNow, "status", "--prompt")
	if _, errOut, code := r.run(t, fuNow, "followups", "done", "1/thank_you"); code != 0 {
		t.Fatalf("done: exit %d: %s", code, errOut)
	}
	after, _, _ := r.run(t, fuNow, "status", "--prompt")
	if after == "" || after == before {
		t.Fatalf("the prompt said %q before and %q after a follow-up was done", before, after)
	}
}

// TestStatusPromptFollowsARestore: restoring a backup brings the prompt's
// count to the journal restored, not the one it replaced.
func TestStatusPromptFollowsARestore(t *testing.T) {
	today := journal.DateOf(fuNow)
	r := newReminding(t, seedJournal(t, fuInterview("Acme", today.AddDays(-2))))
	backup := filepath.Join(t.TempDir(), "backup.db")
	if _, errOut, code := r.run(t, fuNow, "backup", backup); code != 0 {
		t.Fatalf("backup: %d %s", code, errOut)
	}
	before := r.dueOn(t, fuNow)
	if _, errOut, code := r.run(t, fuNow, "followups", "done", "1/thank_you"); code != 0 {
		t.Fatalf("done: %d %s", code, errOut)
	}
	if _, errOut, code := r.run(t, fuNow, "restore", backup); code != 0 {
		t.Fatalf("restore: %d %s", code, errOut)
	}
	if got, _, _ := r.run(t, fuNow, "status", "--prompt"); got != before {
		t.Fatalf("after the restore the prompt says %q, want %q as before the change", got, before)
	}
}
