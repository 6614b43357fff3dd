// Package e2e holds tests of the built debrief binary, driven in a real
// terminal (a tmux pane) as a person would use it.
package e2e
