package flow

import (
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/kit"
)

// What the flow shows, read by the root's tests that go through several
// screens.

// Prompt is the prompt showing.
func (m *Model) Prompt() prompts.Prompt { return m.prompt() }

// PromptCount is how many prompts the flow has.
func (m *Model) PromptCount() int { return len(m.set.Prompts) }

// Text is what the input of the prompt showing holds.
func (m *Model) Text() string { return m.input.Text() }

// Saved is the interview the flow saved once finished, nil until then.
func (m *Model) Saved() *journal.Interview { return m.saved }

// OnFirstCurveball reports whether the prompt showing asks about the first
// curveball.
func (m *Model) OnFirstCurveball() bool {
	return m.inCurveballs() && m.sub < len(kit.CurveballParts)
}

// EditorText is the whole text ctrl+e opens in $EDITOR.
func (m *Model) EditorText() string { return m.input.EditorText() }

// Saving reports whether a save of the draft or of the finished flow is in
// flight.
func (m *Model) Saving() bool { return m.finishing || m.saving }

// AutosaveTick is the message the flow's next autosave timer delivers.
func (m *Model) AutosaveTick() tea.Msg { return autosaveTickMsg{id: m.tickID} }

// Prompts is the prompt set of the flow, the user's own prompts applied.
func (m *Model) Prompts() prompts.Set { return m.set }
