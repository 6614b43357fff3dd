// Package remind works out what needs the user now (follow-ups due or
// overdue, practice due, a weekly review not done in a week) and keeps it
// where a shell prompt, a desktop notification or a scheduled run can read
// it without opening the journal: a small status file of dates and counts,
// never the user's words. It also writes the files that schedule a daily
// reminder (a systemd user timer, a launchd agent, a crontab line).
//
// It knows nothing of the store or the screens: the command line gathers
// the journal's state into a Report and hands it here.
package remind
