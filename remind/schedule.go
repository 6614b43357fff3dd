package remind

import (
	"fmt"
	"strings"
	"time"
)

// Schedule is a daily run of `debrief remind --notify`, set up by the
// system's own scheduler so that nothing of debrief keeps running.
type Schedule struct {
	// Binary is the absolute path of the debrief to run.
	Binary string
	// Journal is the journal to remind about, "" for the default one.
	Journal string
	// Hour and Minute are the time of day to run, in the user's zone.
	Hour, Minute int
}

// ParseClock reads a time of day written "HH:MM" (24-hour clock).
func ParseClock(s string) (hour, minute int, err error) {
	t, err := time.Parse("15:04", strings.TrimSpace(s))
	if err != nil {
		return 0, 0, fmt.Errorf("%q is not a time of day; write it as HH:MM, such as 09:00", s)
	}
	return t.Hour(), t.Minute(), nil
}

// args is the command line the schedule runs, one argument each.
func (s Schedule) args() []string {
	out := []string{s.Binary, "remind", "--notify"}
	if s.Journal != "" {
		out = append(out, "--db", s.Journal)
	}
	return out
}

// Unit names: the systemd units and the launchd label.
const (
	SystemdService = "debrief-remind.service"
	SystemdTimer   = "debrief-remind.timer"
	LaunchdLabel   = "io.debrief.remind"
)

// NoJournalExit is debrief's exit code when the journal does not exist
// yet (cli.ExitNotFound), which a reminder set up before the first
// interview meets every day until then.
const NoJournalExit = 6

// SystemdUnits returns the service and timer of a systemd user timer. The
// timer is Persistent, so a day missed while the computer was off runs at
// the next start; a journal not made yet is not a failure of the service.
func (s Schedule) SystemdUnits() (service, timer string) {
	quoted := make([]string, 0, 4)
	for _, a := range s.args() {
		quoted = append(quoted, systemdQuote(a))
	}
	service = "[Unit]\nDescription=debrief: remind me of follow-ups and practice that are due\n\n" +
		"[Service]\nType=oneshot\nExecStart=" + strings.Join(quoted, " ") + "\n" +
		"# No journal yet (exit 6) is nothing to remind of, not a failed run.\n" +
		fmt.Sprintf("SuccessExitStatus=%d\n", NoJournalExit)
	timer = "[Unit]\nDescription=debrief: daily reminder\n\n" +
		fmt.Sprintf("[Timer]\nOnCalendar=*-*-* %02d:%02d:00\nPersistent=true\n\n", s.Hour, s.Minute) +
		"[Install]\nWantedBy=timers.target\n"
	return service, timer
}

// systemdQuote writes one argument of ExecStart: in double quotes, with
// backslash, quote, dollar and percent escaped so systemd reads it back as
// written.
func systemdQuote(a string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "$", "$$", "%", "%%")
	return `"` + r.Replace(a) + `"`
}

// LaunchdPlist returns the launchd agent that runs the reminder daily.
func (s Schedule) LaunchdPlist() string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Label</key>
	<string>` + LaunchdLabel + `</string>
	<key>ProgramArguments</key>
	<array>
`)
	for _, a := range s.args() {
		b.WriteString("\t\t<string>" + xmlEscape(a) + "</string>\n")
	}
	fmt.Fprintf(&b, `	</array>
	<key>StartCalendarInterval</key>
	<dict>
		<key>Hour</key>
		<integer>%d</integer>
		<key>Minute</key>
		<integer>%d</integer>
	</dict>
</dict>
</plist>
`, s.Hour, s.Minute)
	return b.String()
}

func xmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s)
}

// CrontabLine returns the line to add to a crontab (crontab -e) where
// there is neither systemd nor launchd.
func (s Schedule) CrontabLine() string {
	quoted := make([]string, 0, 4)
	for _, a := range s.args() {
		quoted = append(quoted, shellQuote(a))
	}
	// % ends a crontab command unless escaped.
	cmd := strings.ReplaceAll(strings.Join(quoted, " "), "%", `\%`)
	return fmt.Sprintf("%d %d * * * %s", s.Minute, s.Hour, cmd)
}

// shellQuote quotes a word for sh, in single quotes when it needs any.
func shellQuote(a string) string {
	if a != "" && strings.Trim(a, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./=:@+,") == "" {
		return a
	}
	return "'" + strings.ReplaceAll(a, "'", `'\''`) + "'"
}
