package kit

import tea "charm.land/bubbletea/v2"

// ScreenID is which screen the root shows.
type ScreenID int

// The screens of the app.
const (
	ScreenHome         ScreenID = iota // what to do next: drafts, recent interviews
	ScreenReflect                      // the guided flow: reflection or review
	ScreenPatterns                     // the patterns across interviews
	ScreenReviewGlance                 // the week at a glance, before the weekly review
	ScreenReviews                      // the list of weekly reviews
	ScreenReview                       // one weekly review
	ScreenBrowse                       // the list of interviews
	ScreenDetail                       // one interview in full
	ScreenFollowUps                    // the follow-ups to do, and their messages
	ScreenOutcome                      // the outcome picker of one interview
	ScreenFeedback                     // the feedback received about one interview
	ScreenDrill                        // a drill of the practice cards due
	ScreenStories                      // the story bank
	ScreenPrep                         // the brief before the next interview
)

// String names the screen, for logs and tests.
func (s ScreenID) String() string {
	switch s {
	case ScreenHome:
		return "home"
	case ScreenReflect:
		return "reflect"
	case ScreenPatterns:
		return "patterns"
	case ScreenReviewGlance:
		return "review glance"
	case ScreenReviews:
		return "reviews"
	case ScreenReview:
		return "review"
	case ScreenBrowse:
		return "browse"
	case ScreenDetail:
		return "detail"
	case ScreenFollowUps:
		return "follow-ups"
	case ScreenOutcome:
		return "outcome"
	case ScreenFeedback:
		return "feedback"
	case ScreenDrill:
		return "drill"
	case ScreenStories:
		return "stories"
	case ScreenPrep:
		return "prep"
	}
	return "unknown"
}

// Screen is what every screen other than home and the guided flow offers
// the root: it starts, handles the messages routed to it, and draws itself.
// It talks to the root only by returning commands whose messages are
// declared in this package (NavigateMsg, BackMsg, StatusMsg, ...); screens
// never import one another.
type Screen interface {
	Init() tea.Cmd
	Update(msg tea.Msg) tea.Cmd
	View() string
}

// Keyed is a Screen with a ? page: the groups of keys it shows.
type Keyed interface {
	KeyGroups() []KeyGroup
}

// NavigateMsg asks the root to open a screen; id names an interview when the
// screen shows one. Filter, for the list of interviews, is the text its
// filter opens with (the query language's, such as "id:12,15 stage:final"),
// shown so the user can edit it.
type NavigateMsg struct {
	To     ScreenID
	ID     uint64
	Filter string
	// Theme narrows the drill to the cards of one theme.
	Theme string
	// FollowUp, for the follow-ups screen, names a follow-up of the
	// interview ID whose drafted message opens at once.
	FollowUp string
}

// BackMsg asks the root to go back to the screen the current one was opened
// from.
type BackMsg struct{}

// Loader is a Screen that reads what it shows after it opens. While it is
// Loading, the root holds the keys typed for it, and hands them over in
// order once it has loaded: keys typed right after the one that opened it
// are not lost.
type Loader interface {
	Loading() bool
}
