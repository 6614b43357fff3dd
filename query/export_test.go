package query

// ContainsRareForTest exposes containsRare to the external tests.
var ContainsRareForTest = containsRare
