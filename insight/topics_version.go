package insight

// TopicsVersion numbers what the classifier makes of a text: the topic a
// question, tag or lesson is given and the terms it is grouped by. The
// journal keeps these with each interview (see Classifier) and reads them
// back only when they were made by this version; raise it with every
// change that can give any text another topic or other terms (a topic
// list, the topic model's table or settings, the stemmer, the stop words,
// the matching rules), so that what an older debrief kept is made again.
const TopicsVersion = 7
