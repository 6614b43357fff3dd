package export

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
)

// CalendarEvent is one all-day entry of an iCalendar file.
type CalendarEvent struct {
	// UID names the entry for good: a calendar that imports the file again
	// updates the entry with the same UID instead of adding a second one.
	UID         string
	Day         journal.Date
	Summary     string
	Description string
	// Alarm, when set, is the time of day (as a span from midnight, in
	// the calendar's own zone) at which the calendar reminds of the entry
	// on its day.
	Alarm *time.Duration
}

// icsLineOctets is the longest a content line may be, line break excluded
// (RFC 5545, section 3.1).
const icsLineOctets = 75

// sequenceEpoch is where the SEQUENCE of every entry is counted from, in
// minutes. Each export is a newer revision of every entry than the one
// before, so a calendar that imports it again takes the new day and text.
var sequenceEpoch = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteICS writes events as an RFC 5545 calendar: CRLF line endings, lines
// folded at 75 octets, text escaped, each event an all-day entry on its Day
// that does not block time. stamp is when the file is made (its DTSTAMP,
// written in UTC).
func WriteICS(w io.Writer, events []CalendarEvent, stamp time.Time) error {
	out := bufio.NewWriter(w)
	stampText := stamp.UTC().Format("20060102T150405Z")
	sequence := strconv.FormatInt(max(0, int64(stamp.Sub(sequenceEpoch)/time.Minute)), 10)
	line := func(name, value string) { writeContentLine(out, name+":"+value) }

	line("BEGIN", "VCALENDAR")
	line("VERSION", "2.0")
	line("PRODID", "-//debrief//follow-ups//EN")
	line("CALSCALE", "GREGORIAN")
	line("METHOD", "PUBLISH")
	line("X-WR-CALNAME", "debrief follow-ups")
	for _, e := range events {
		line("BEGIN", "VEVENT")
		line("UID", escapeText(e.UID))
		line("DTSTAMP", stampText)
		line("SEQUENCE", sequence)
		line("DTSTART;VALUE=DATE", e.Day.Time(time.UTC).Format("20060102"))
		line("SUMMARY", escapeText(e.Summary))
		if e.Description != "" {
			line("DESCRIPTION", escapeText(e.Description))
		}
		line("TRANSP", "TRANSPARENT")
		if e.Alarm != nil {
			writeAlarm(line, e.Summary, *e.Alarm)
		}
		line("END", "VEVENT")
	}
	line("END", "VCALENDAR")
	return out.Flush()
}

// writeAlarm writes a display alarm at the time of day at after the start
// of an all-day entry: a trigger related to the start, which for an entry
// on a date is midnight where the calendar is.
func writeAlarm(line func(name, value string), summary string, at time.Duration) {
	at = max(0, min(at, 24*time.Hour-time.Minute)).Truncate(time.Minute)
	line("BEGIN", "VALARM")
	line("ACTION", "DISPLAY")
	line("DESCRIPTION", escapeText(summary))
	line("TRIGGER;RELATED=START", fmt.Sprintf("PT%dH%dM", int(at/time.Hour), int(at%time.Hour/time.Minute)))
	line("END", "VALARM")
}

// SetAlarms gives every event an alarm at hour:minute on its day.
func SetAlarms(events []CalendarEvent, hour, minute int) {
	at := time.Duration(hour)*time.Hour + time.Duration(minute)*time.Minute
	for i := range events {
		events[i].Alarm = &at
	}
}

// FollowUpEvents turns the follow-ups of interviews as of today into
// calendar entries: each open follow-up on its due day (today when that has
// passed, so that late ones stay in sight), and each snoozed one on the day
// it comes back. Done and skipped ones are left out. The entries are sorted
// by day, then UID.
func FollowUpEvents(ivs []*journal.Interview, today journal.Date) []CalendarEvent {
	var out []CalendarEvent
	for _, iv := range ivs {
		for _, f := range journal.PlanFollowUps(iv, today) {
			var day journal.Date
			switch f.Status {
			case journal.FollowUpOpen:
				day = f.Due
				if day.Before(today) {
					day = today
				}
			case journal.FollowUpSnoozed:
				day = f.SnoozedUntil
			default:
				continue
			}
			if day.IsZero() {
				continue
			}
			out = append(out, CalendarEvent{
				UID:         journal.FollowUpUID(iv.ID, f),
				Day:         day,
				Summary:     f.Kind.Label() + " · " + iv.Title(),
				Description: followUpDescription(iv, f, today),
			})
		}
	}
	slices.SortFunc(out, func(a, b CalendarEvent) int {
		return cmp.Or(a.Day.Compare(b.Day), strings.Compare(a.UID, b.UID))
	})
	return out
}

func followUpDescription(iv *journal.Interview, f journal.FollowUp, today journal.Date) string {
	var b strings.Builder
	b.WriteString(iv.Title())
	if !iv.Date.IsZero() {
		b.WriteString(" (interview on " + iv.Date.String() + ")")
	}
	b.WriteString("\n" + f.Kind.Why())
	if deadline := f.Deadline(); f.Status == journal.FollowUpOpen && !deadline.IsZero() {
		if deadline.Before(today) {
			b.WriteString("\nIt was due by " + deadline.String() + ".")
		} else {
			b.WriteString("\nDo it by " + deadline.String() + ".")
		}
	}
	b.WriteString("\nDraft the message: debrief followups draft " + strconv.FormatUint(iv.ID, 10) + "/" + f.ID)
	return b.String()
}

// escapeText escapes a TEXT value (RFC 5545, section 3.3.11). Control
// characters other than line breaks have no escape and are dropped; tabs
// become spaces. The text is made safe first (safetext.Text), so that an
// escape sequence goes whole rather than leaving its payload behind, and a
// calendar printed to a terminal cannot act on it.
func escapeText(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(safetext.Text(s), "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\', r == ';', r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20, r == 0x7f, r >= 0x80 && r < 0xa0:
		case r == utf8.RuneError:
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// writeContentLine writes one content line folded into pieces of at most
// icsLineOctets octets, each continuation starting with a space, never
// cutting a character in two.
func writeContentLine(out *bufio.Writer, s string) {
	limit := icsLineOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		out.WriteString(s[:cut])
		out.WriteString("\r\n ")
		s = s[cut:]
		limit = icsLineOctets - 1 // the leading space counts
	}
	out.WriteString(s)
	out.WriteString("\r\n")
}
