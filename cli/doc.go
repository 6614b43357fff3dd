// Package cli builds debrief's command tree: one file per command, each
// parsing its flags, opening the journal, running the screens or printing,
// and mapping errors to exit codes.
package cli
