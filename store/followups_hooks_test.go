package store

// FollowUpIndexBucket is the name of the follow-up index's bucket.
var FollowUpIndexBucket = string(bucketFollowUps)

// RetiredFollowUpIndexBucket is the name the follow-up index had when its
// entries were JSON.
var RetiredFollowUpIndexBucket = string(retiredFollowUpBuckets[0])
