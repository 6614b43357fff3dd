package store

// appendFill is how full bbolt fills a page before splitting it, in the
// buckets that grow mostly at the end: interviews keyed by ID, and summaries
// keyed by date, where a new interview is nearly always the latest. bbolt's
// default of one half suits writes at random places; here it left half of
// every page empty, the journal twice the size of its data, and twice the
// pages to read when a list opens.
const appendFill = 0.9
