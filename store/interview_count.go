package store

import (
	bolt "go.etcd.io/bbolt"
)

// keyInterviewCount, in the meta bucket, holds how many interviews the
// journal has. Counting them otherwise walks every page of a bucket
// (bbolt keeps no count), which at 100,000 interviews took about 14 ms of
// the home screen's first frame for its "in all". Every write that adds or
// removes an interview keeps it (putInterview, DeleteInterview), the first
// opening for writing sets it on a journal without it (migrate), and
// `check` holds it to the interviews.
var keyInterviewCount = []byte("interview-count")

// interviewCount returns how many interviews the journal has: the kept
// count, or a count of the interviews when it has none (a journal opened
// read-only that was never opened for writing since).
func interviewCount(tx *bolt.Tx) int {
	if n, ok := keptInterviewCount(tx); ok {
		return n
	}
	return tx.Bucket(bucketInterviews).Stats().KeyN
}

// keptInterviewCount returns the kept count, if there is one.
func keptInterviewCount(tx *bolt.Tx) (int, bool) {
	v := tx.Bucket(bucketMeta).Get(keyInterviewCount)
	if len(v) != 8 {
		return 0, false
	}
	return int(btoi(v)), true
}

// addToInterviewCount changes the kept count by delta, when there is one.
func addToInterviewCount(tx *bolt.Tx, delta int) error {
	n, ok := keptInterviewCount(tx)
	if !ok {
		return nil
	}
	return tx.Bucket(bucketMeta).Put(keyInterviewCount, itob(uint64(max(0, n+delta))))
}

// keepInterviewCount sets the kept count from the interviews themselves.
func keepInterviewCount(tx *bolt.Tx) error {
	n := tx.Bucket(bucketInterviews).Stats().KeyN
	return tx.Bucket(bucketMeta).Put(keyInterviewCount, itob(uint64(n)))
}

// checkInterviewCount holds the kept count to the interviews.
func (c *checker) checkInterviewCount() {
	kept, ok := keptInterviewCount(c.tx)
	if !ok {
		if c.tx.Bucket(bucketMeta).Get(keyInterviewCount) != nil {
			c.add("interview count", 0, "it is not a number; the next opening for writing counts again")
		}
		return
	}
	if n := c.tx.Bucket(bucketInterviews).Stats().KeyN; n != kept {
		word := "interviews"
		if kept == 1 {
			word = "interview"
		}
		c.add("interview count", 0, "it says %d %s, and the journal holds %d", kept, word, n)
	}
}
