// Package demo makes believable demo journals: years of invented interviews
// with companies, people, curveballs, ratings, lessons and outcomes that
// behave like a real job search, so a newcomer has something to explore and
// benchmarks and pattern analysis have realistic data to work on.
//
// Everything is derived from a seed: the same size, seed and clock always
// give the same journal. No name of a real company is used; contacts use
// reserved example domains.
package demo
