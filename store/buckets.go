package store

// Bucket names. All of them are created in one transaction when a journal is
// created or opened.
var (
	bucketMeta       = []byte("meta")
	bucketInterviews = []byte("interviews") // id -> interview
	bucketSummaries  = []byte("summaries")  // date + id -> summary
	bucketDrafts     = []byte("drafts")     // id -> draft
	bucketReviews    = []byte("reviews")    // id -> review
)

// allBuckets lists every bucket of the current schema.
func allBuckets() [][]byte {
	return [][]byte{bucketMeta, bucketInterviews, bucketSummaries, bucketDrafts, bucketReviews}
}

// Keys of the meta bucket.
var (
	keySchema = []byte("schema")
)
