package ui

import (
	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui/flow"
	"github.com/debrief-journal/debrief/ui/kit"
	"github.com/debrief-journal/debrief/ui/patterns"
)

// What the command line uses of the screens, in one place, so that it
// imports ui and nothing under it.

// KeepEditorLeftovers keeps aside the files an earlier debrief left in the
// editor folder when it was stopped while $EDITOR was open (see
// kit.KeepEditorLeftovers).
func KeepEditorLeftovers() error { return kit.KeepEditorLeftovers() }

// CheckAnswerLength returns an *journal.Error naming the limit when text is
// longer than journal validation accepts for the answer to field, and nil
// when it fits (see kit.CheckAnswerLength).
func CheckAnswerLength(field, name, text string) error {
	return kit.CheckAnswerLength(field, name, text)
}

// PlainStyles returns styles that add nothing, for plain text output.
func PlainStyles() kit.Styles { return kit.PlainStyles() }

// PatternsReport draws the patterns across interviews as text (see
// patterns.Report).
func PatternsReport(p insight.Patterns, width int, st kit.Styles) string {
	return patterns.Report(p, width, st)
}

// FollowUpCountsText says how many follow-ups are overdue, due today and
// later (see kit.FollowUpCountsText).
func FollowUpCountsText(c journal.AgendaCounts) string { return kit.FollowUpCountsText(c) }

// NothingAnswered reports whether a new reflection holds no answer of the
// user's own (see flow.NothingAnswered).
func NothingAnswered(iv *journal.Interview) bool { return flow.NothingAnswered(iv) }

// KeptEditorFiles lists the texts of editors debrief could not read back,
// kept in KeptEditorDir (see kit.KeptEditorFiles).
func KeptEditorFiles() ([]string, error) { return kit.KeptEditorFiles() }

// KeptEditorDir is the folder that keeps them.
func KeptEditorDir() string { return kit.KeptEditorDir() }

// KeptEditorNote says how many texts are kept from an editor debrief could
// not read back, where, and what to do with them (see kit.KeptEditorNote).
func KeptEditorNote(n int) string { return kit.KeptEditorNote(n) }
