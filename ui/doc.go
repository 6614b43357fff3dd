// Package ui is debrief's Bubble Tea program: one root model that routes
// between screens (home, the guided reflection, and the screens other
// features add), with keys in keys.go and styles in styles.go. Update never
// does I/O: every read or write of the journal runs in a tea.Cmd that returns
// a typed message.
package ui
