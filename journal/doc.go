// Package journal holds debrief's domain: interviews and their reflections,
// outcomes, follow-ups, feedback and reviews, with their validation and the
// pure functions (follow-up rules, pattern analysis, weekly summaries) that
// turn them into advice. It knows nothing of storage or screens and imports
// nothing of ours.
package journal
