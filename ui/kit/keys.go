package kit

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the app, grouped by screen.
type KeyMap struct {
	Global   GlobalKeys
	Scroll   ScrollKeys // on every screen that scrolls
	Home     HomeKeys
	Reflect  ReflectKeys
	Patterns PatternsKeys
	Browse   BrowseKeys // the list of interviews
	Detail   DetailKeys // one interview in full
	Review   ReviewKeys
	// FollowUps, Outcome and Feedback are the actions after an interview.
	FollowUps FollowUpKeys
	Outcome   OutcomeKeys
	Feedback  FeedbackKeys
	// Drill, Stories and Prep are the practice before the next interview.
	Drill   DrillKeys
	Stories StoriesKeys
	Prep    PrepKeys
}

// FollowUpKeys work on the follow-ups screen: its list, and the drafted
// message of one follow-up.
type FollowUpKeys struct {
	Up      key.Binding
	Down    key.Binding
	Open    key.Binding
	Done    key.Binding
	Snooze  key.Binding
	Skip    key.Binding
	Undo    key.Binding
	Copy    key.Binding
	Edit    key.Binding
	Editor  key.Binding
	Confirm key.Binding
	Cancel  key.Binding
	Back    key.Binding
	Quit    key.Binding
	// SaveName and SkipName answer the question for the user's name that
	// a draft asks once when no name is set.
	SaveName key.Binding
	SkipName key.Binding
	// LetGoStale records every stale follow-up as skipped, in one key.
	LetGoStale key.Binding
	// CopyDone copies the message and marks its follow-up done; Reset
	// throws away the user's edit of the message for a fresh draft.
	CopyDone key.Binding
	Reset    key.Binding
	// SaveOver saves the message typed in place of a change another
	// debrief made to it meanwhile.
	SaveOver key.Binding
	// UseAside puts the user's version of a message, kept aside when
	// another debrief changed the message, in the box to edit; DropAside
	// throws it away.
	UseAside  key.Binding
	DropAside key.Binding
}

// OutcomeKeys work in the outcome picker.
type OutcomeKeys struct {
	Up       key.Binding
	Down     key.Binding
	Next     key.Binding
	Prev     key.Binding
	Toggle   key.Binding
	Save     key.Binding
	Cancel   key.Binding
	Feedback key.Binding
	Reflect  key.Binding
	// Quit ends the app where no date is being typed.
	Quit key.Binding
}

// FeedbackKeys work in the form that records feedback.
type FeedbackKeys struct {
	Next    key.Binding
	Prev    key.Binding
	Save    key.Binding
	Cancel  key.Binding
	Reflect key.Binding
	// Quit ends the app once the feedback is saved; in the form, q is
	// typed.
	Quit key.Binding
}

// ReviewKeys work on the weekly review's screens: the week at a glance,
// the list of reviews and one review.
type ReviewKeys struct {
	Start key.Binding
	Up    key.Binding
	Down  key.Binding
	Done  key.Binding
	List  key.Binding
	Open  key.Binding
	Back  key.Binding
	Quit  key.Binding
}

// PatternsKeys work on the patterns screen, which scrolls (see ScrollKeys).
// Next and Prev select a theme or a lesson; Open lists the interviews
// behind the one selected.
type PatternsKeys struct {
	Next key.Binding
	Prev key.Binding
	Open key.Binding
	// Drill opens the drill of the theme selected (or the first).
	Drill key.Binding
	Back  key.Binding
	Quit  key.Binding
}

// GlobalKeys work on every screen.
type GlobalKeys struct {
	Quit key.Binding
	Help key.Binding
}

// HomeKeys work on the home screen.
type HomeKeys struct {
	New     key.Binding
	Resume  key.Binding
	Discard key.Binding
	Up      key.Binding
	Down    key.Binding
	Quit    key.Binding
	// Dismiss clears the status line; esc never leaves the app.
	Dismiss  key.Binding
	Patterns key.Binding
	Review   key.Binding
	// Open reads the selected recent interview; FollowUps opens the
	// follow-ups; Outcome sets the outcome of the selected recent
	// interview.
	Open      key.Binding
	FollowUps key.Binding
	Outcome   key.Binding
	// List opens the list of interviews; Search opens it typing a filter.
	List   key.Binding
	Search key.Binding
	// Drill opens the drill of the cards due; Prep the brief before an
	// interview; Stories the story bank.
	Drill   key.Binding
	Prep    key.Binding
	Stories key.Binding
}

// ReflectKeys work in the guided reflection.
type ReflectKeys struct {
	Next    key.Binding
	Back    key.Binding
	Newline key.Binding
	Editor  key.Binding
	Finish  key.Binding
	Pause   key.Binding
	Clear   key.Binding
	Choose  key.Binding
	Rate    key.Binding
	// Summary works on the summary shown once a reflection is saved.
	Summary SummaryKeys
}

// SummaryKeys work on the summary after a saved reflection: choose a next
// step and open its message, go home (esc too: it never quits), or quit.
type SummaryKeys struct {
	Up   key.Binding
	Down key.Binding
	Open key.Binding
	Home key.Binding
	Quit key.Binding
}

// DefaultKeyMap returns the standard bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Global: GlobalKeys{
			Quit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),
			Help: key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		},
		Home: HomeKeys{
			New:      key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "new reflection")),
			Resume:   key.NewBinding(key.WithKeys("r", "enter"), key.WithHelp("r", "resume draft")),
			Discard:  key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "discard draft")),
			Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
			Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
			Dismiss:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear the message")),
			Patterns: key.NewBinding(key.WithKeys("p"), key.WithHelp("p", "patterns")),
			Review:   key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "weekly review")),

			Open:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "read")),
			FollowUps: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "follow-ups")),
			Outcome:   key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "outcome")),
			List:      key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "list")),
			Search:    key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
			Drill:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "drill")),
			Prep:      key.NewBinding(key.WithKeys("b"), key.WithHelp("b", "brief")),
			Stories:   key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "stories")),
		},
		Scroll:  defaultScrollKeys(),
		Browse:  defaultBrowseKeys(),
		Detail:  defaultDetailKeys(),
		Drill:   defaultDrillKeys(),
		Stories: defaultStoriesKeys(),
		Prep:    defaultPrepKeys(),
		FollowUps: FollowUpKeys{
			Up:      key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "select")),
			Down:    key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
			Open:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "message")),
			Done:    key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "done")),
			Snooze:  key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "snooze")),
			Skip:    key.NewBinding(key.WithKeys("x"), key.WithHelp("x", "skip")),
			Undo:    key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
			Copy:    key.NewBinding(key.WithKeys("c", "y"), key.WithHelp("c", "copy")),
			Edit:    key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit here")),
			Editor:  key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "$EDITOR")),
			Confirm: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "confirm")),
			Cancel:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
			Back:    key.NewBinding(key.WithKeys("esc", "left", "h"), key.WithHelp("esc", "back")),
			Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),

			SaveName: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "sign with this name")),
			SkipName: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "not now")),

			LetGoStale: key.NewBinding(key.WithKeys("L"), key.WithHelp("L", "let go of every stale one")),
			CopyDone:   key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "copy and mark done")),
			Reset:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "reset to the draft")),
			SaveOver:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save yours")),
			UseAside:   key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "use your version")),
			DropAside:  key.NewBinding(key.WithKeys("X"), key.WithHelp("X", "drop your version")),
		},
		Outcome: OutcomeKeys{
			Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "status")),
			Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
			Next:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field")),
			Prev:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous")),
			Toggle:   key.NewBinding(key.WithKeys("space", "i"), key.WithHelp("space", "still interested")),
			Save:     key.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp("enter", "save")),
			Cancel:   key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
			Feedback: key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "record their feedback")),
			Reflect:  key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "reflect on the decision")),
			Quit:     key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		},
		Feedback: FeedbackKeys{
			Next:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field")),
			Prev:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous")),
			Save:    key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
			Cancel:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
			Reflect: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "reflect on the decision")),
			Quit:    key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		},
		Review: ReviewKeys{
			Start: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "start the review")),
			Up:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "select")),
			Down:  key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓", "down")),
			Done:  key.NewBinding(key.WithKeys("d", "space"), key.WithHelp("d", "done/undo")),
			List:  key.NewBinding(key.WithKeys("l"), key.WithHelp("l", "past reviews")),
			Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
			Back:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
			Quit:  key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		},
		Patterns: PatternsKeys{
			Next:  key.NewBinding(key.WithKeys("tab", "n"), key.WithHelp("tab", "next theme or lesson")),
			Prev:  key.NewBinding(key.WithKeys("shift+tab", "N"), key.WithHelp("shift+tab", "previous theme or lesson")),
			Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "list its interviews")),
			Drill: key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "drill the theme")),
			Back:  key.NewBinding(key.WithKeys("esc", "h", "left"), key.WithHelp("esc", "back")),
			Quit:  key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
		},
		Reflect: ReflectKeys{
			Next:    key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
			Back:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "back")),
			Newline: key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("ctrl+j", "new line")),
			Editor:  key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "editor")),
			Finish:  key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "finish")),
			Pause:   key.NewBinding(key.WithKeys("esc", "ctrl+c"), key.WithHelp("esc", "pause")),
			Clear:   key.NewBinding(key.WithKeys("0", "backspace", "delete"), key.WithHelp("0", "clear")),
			Choose:  key.NewBinding(key.WithKeys("up", "down", "left", "right", "k", "j"), key.WithHelp("↑/↓", "choose")),
			Rate:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "left", "right", "h", "l"), key.WithHelp("1-5/←→", "rate")),
			Summary: SummaryKeys{
				Up:   key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/↓", "choose")),
				Down: key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
				Open: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open its message")),
				Home: key.NewBinding(key.WithKeys("h", "esc"), key.WithHelp("h", "home")),
				Quit: key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),
			},
		},
	}
}
