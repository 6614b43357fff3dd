package insight

// isStopWord reports whether w, a lower-cased word with its apostrophes
// removed ("don't" is "dont"), is too common in English to say anything
// about what a sentence is about.
//
// A few words that most lists drop are kept on purpose: "why" (the heart of
// "why are you leaving"), "yourself" and "myself" (of "tell me about
// yourself" and "be myself"), "here" (of "why do you want to work here")
// and numbers (of "in 5 years").
func isStopWord(w string) bool {
	switch w {
	case "a", "about", "above", "after", "again", "against", "all", "also", "am", "an",
		"and", "any", "are", "aren", "arent", "as", "at",
		"be", "because", "been", "being", "below", "between", "both", "but", "by",
		"can", "cant", "cannot", "could", "couldnt",
		"did", "didnt", "do", "does", "doesnt", "doing", "dont", "down", "during",
		"each", "either", "else", "etc", "even", "ever", "every",
		"few", "for", "from", "further",
		"had", "hadnt", "has", "hasnt", "have", "havent", "having", "he", "hed", "hes",
		"her", "hers", "herself", "him", "himself", "his", "how", "hows",
		"i", "id", "if", "ill", "im", "in", "into", "is", "isnt", "it", "its", "itself", "ive",
		"just", "let", "lets",
		"may", "me", "might", "mine", "more", "most", "much", "must", "my",
		"no", "nor", "not", "now",
		"of", "off", "often", "oh", "ok", "okay", "on", "once", "one", "only", "or",
		"other", "others", "our", "ours", "ourselves", "out", "over", "own",
		"please", "quite",
		"rather", "really",
		"same", "shall", "she", "shed", "shes", "should", "shouldnt", "so", "some",
		"such",
		"than", "that", "thats", "the", "their", "theirs", "them", "themselves", "then",
		"there", "theres", "these", "they", "theyd", "theyre", "theyve", "this", "those",
		"through", "thus", "to", "too",
		"under", "until", "up", "upon", "us",
		"very",
		"was", "wasnt", "we", "wed", "well", "were", "werent", "weve", "what", "whats",
		"when", "whens", "where", "wheres", "whether", "which", "while", "who", "whom",
		"whos", "whose", "will", "with", "within", "without", "wont", "would", "wouldnt",
		"yet", "you", "youd", "youll", "your", "youre", "yours", "yourselves", "youve":
		return true
	}
	return false
}
