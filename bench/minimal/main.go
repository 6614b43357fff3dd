// Command minimal is the smallest useful Bubble Tea program: it fills the
// alternate screen with one line and quits on q. The benchmarks time its
// first frame as the floor that debrief's own first frame is compared with.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

// model shows a fixed line until q or ctrl+c is pressed.
type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
		return m, tea.Quit
	}
	return m, nil
}

func (model) View() tea.View {
	v := tea.NewView("minimal program ready\n\npress q to quit")
	v.AltScreen = true
	v.WindowTitle = "minimal"
	return v
}

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "minimal:", err)
		os.Exit(1)
	}
}
