package journal

import "strconv"

// SnoozeChoice is one way to put a follow-up off, offered to the user.
type SnoozeChoice struct {
	// Label says it in a few words, such as "a week after it's due".
	Label string
	// Until is the day the follow-up comes back.
	Until Date
}

// SnoozeFrom is the day a snooze of the follow-up counts from: its due day
// while that is still ahead, or today once it has come. Snoozing a note due
// in two weeks "for three days" puts it off to three days after it is due,
// never to a day before it.
func SnoozeFrom(f FollowUp, today Date) Date {
	if f.Due.After(today) {
		return f.Due
	}
	return today
}

// SnoozeChoices returns the ways to put a follow-up off as of today, each
// ending after today and after the follow-up's due day, earliest first:
// a day, three days and a week from SnoozeFrom, and two weeks for a note
// without a deadline of its own to keep.
func SnoozeChoices(f FollowUp, today Date) []SnoozeChoice {
	from := SnoozeFrom(f, today)
	ahead := from.After(today)
	label := func(n int, unit string) string {
		if ahead {
			return spokenCount(n, unit) + " after it's due"
		}
		if n == 1 && unit == "day" {
			return "tomorrow"
		}
		return "for " + spokenCount(n, unit)
	}
	out := []SnoozeChoice{
		{label(1, "day"), from.AddDays(1)},
		{label(3, "day"), from.AddDays(3)},
		{label(1, "week"), from.AddDays(7)},
	}
	if f.Kind.urgency() >= 3 {
		out = append(out, SnoozeChoice{label(2, "week"), from.AddDays(14)})
	}
	return out
}

// spokenCount writes "a day", "3 days", "a week", "2 weeks".
func spokenCount(n int, unit string) string {
	if n == 1 {
		return "a " + unit
	}
	return strconv.Itoa(n) + " " + unit + "s"
}
