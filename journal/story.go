package journal

import (
	"strings"
	"time"
)

// Story is one of the user's stories in the shape interviewers listen
// for: the situation, the task, what they did, the result, and what it
// shows about them. A story bank lets the user tell their best stories on
// purpose instead of the first that comes to mind.
type Story struct {
	ID        uint64 `json:"id"`
	Title     string `json:"title"`
	Situation string `json:"situation,omitempty"`
	Task      string `json:"task,omitempty"`
	Action    string `json:"action,omitempty"`
	Result    string `json:"result,omitempty"`
	Shows     string `json:"shows,omitempty"`
	// Themes are the kinds of question it answers (conflict, failure,
	// leadership…), as the user names them.
	Themes []string `json:"themes,omitempty"`
	// Cards are the curveballs it answers, by card reference ("12/2").
	Cards []string `json:"cards,omitempty"`
	// From is where it was started: "12" for a story left out of
	// interview 12, "" for one written fresh.
	From string `json:"from,omitempty"`
	// Note is the left-out story as noted in interview From, which this
	// story was started from: it keeps the two linked whatever the title
	// becomes. Stories started before it was kept have none; their title
	// stands for it.
	Note      string    `json:"note,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Complete reports whether every part of the story shape is written.
func (s Story) Complete() bool {
	for _, part := range []string{s.Situation, s.Task, s.Action, s.Result, s.Shows} {
		if strings.TrimSpace(part) == "" {
			return false
		}
	}
	return true
}

// LeftOutNote returns the left-out story this one was started from, as
// noted in interview From; "" for a story written fresh.
func (s Story) LeftOutNote() string {
	switch {
	case s.From == "":
		return ""
	case s.Note != "":
		return s.Note
	}
	return s.Title
}

// StartedFrom reports whether this story was started from the left-out
// story note of interview from, whatever the case of either.
func (s Story) StartedFrom(from, note string) bool {
	return from != "" && s.From == from && strings.EqualFold(strings.TrimSpace(s.LeftOutNote()), strings.TrimSpace(note))
}

// ErrStoryChanged refuses to save a story over a newer version of it,
// saved elsewhere (another debrief) since this one was read.
var ErrStoryChanged = &Error{Code: EConflict, Message: "This story was changed in another debrief since it was opened, so it was not saved over that change."}

// ErrStoryStarted refuses to start a second story from the same left-out
// story of an interview.
var ErrStoryStarted = &Error{Code: EConflict, Message: "A story was started from this left-out story already, so no second one was made."}

// Validate checks a story: a title, its parts as text, themes and card
// references of bounded size.
func (s Story) Validate() error {
	var c fieldCheck
	if strings.TrimSpace(s.Title) == "" {
		c.fail("title", "a story needs a title")
	}
	c.text("title", s.Title, MaxTextBytes)
	for _, f := range []struct{ path, text string }{
		{"situation", s.Situation}, {"task", s.Task}, {"action", s.Action}, {"result", s.Result}, {"shows", s.Shows}, {"from", s.From}, {"note", s.Note},
	} {
		c.text(f.path, f.text, MaxTextBytes)
	}
	for _, l := range []struct {
		path  string
		items []string
	}{{"themes", s.Themes}, {"cards", s.Cards}} {
		if len(l.items) > MaxListItems {
			c.fail(l.path, "there are %d; a story keeps at most %d", len(l.items), MaxListItems)
		}
		c.texts(l.path, l.items, MaxTextBytes)
	}
	c.time("created_at", s.CreatedAt)
	c.time("updated_at", s.UpdatedAt)
	return c.err
}
