// Package journal holds debrief's domain: interviews and their reflections,
// outcomes, follow-ups, feedback and reviews, with their validation and the
// follow-up rules, agenda and message drafts that turn them into advice.
// It knows nothing of storage or screens and imports nothing of ours.
//
// What is built on top of the domain lives beside it: the analysis of
// patterns across interviews and the weekly review's summary in insight,
// and the language that filters a list of interviews in query.
package journal
