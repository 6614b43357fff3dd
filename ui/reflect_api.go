package ui

import (
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// What the flow shows, read by the root's tests that go through several
// screens.

// Prompt is the prompt showing.
func (m *reflectModel) Prompt() prompts.Prompt { return m.prompt() }

// PromptCount is how many prompts the flow has.
func (m *reflectModel) PromptCount() int { return len(m.set.Prompts) }

// Text is what the input of the prompt showing holds.
func (m *reflectModel) Text() string { return m.input.Text() }

// Saved is the interview the flow saved once finished, nil until then.
func (m *reflectModel) Saved() *journal.Interview { return m.saved }
