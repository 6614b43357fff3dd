// Package practice turns what a user wrote after their interviews into
// practice for the next one: cards drilled on the FSRS-5 schedule (package
// fsrs), worked out from the curveballs they wish they had answered
// better. It is pure: it takes cards and a day and returns cards.
package practice
