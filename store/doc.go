// Package store keeps debrief's journal in a bbolt file: interviews with a
// small summary index ordered by date, drafts of reflections in progress,
// weekly reviews, and the schema version. It owns every transaction, turns
// journal types into bytes through one codec, and reports problems as
// *journal.Error values with messages meant for the user.
package store
