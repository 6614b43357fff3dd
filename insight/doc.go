// Package insight finds what a journal says across many interviews: the
// curveball themes that keep coming back, the lessons written down again
// and again, how the ratings move, where processes stop, whether the
// interviews that led further were rated differently, and whether the
// advised follow-ups get done (Analyze). It also gathers what a weekly
// review looks back on (WeekSummary) and suggests a focus for the coming
// week (SuggestFocus).
//
// Questions and lessons are grouped through a small text pipeline of its
// own: words are split, stop words dropped and the rest stemmed (Stem), so
// "negotiating" and "negotiation" meet, and a built-in list of common
// topics knows that "salary" and "what are you making" are one question.
//
// Everything here is a pure function of the interviews and a clock. The
// package imports journal and nothing else of debrief's; journal does not
// import it.
package insight
