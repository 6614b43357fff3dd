// Package query is the small language that narrows a list of interviews:
// free words and "quoted phrases", matched fuzzily against the company and
// role and as plain text in every answer, and key:value tokens that narrow
// by company, stage, outcome, tag and dates (Parse). The list screen parses
// what is typed in its filter, and the command line builds the same text
// from its flags (Token), so both narrow in exactly the same way.
//
// For long journals, a Matcher prepares a query once and a TextIndex looks
// words up in the vocabulary of every answer instead of searching each
// text, and Narrows tells when a new query can filter the previous
// matches alone. SortOrder is the order a list is shown in.
//
// The package imports journal and nothing else of debrief's; journal does
// not import it.
package query
