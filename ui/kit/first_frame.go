package kit

import "time"

// AfterFirstFrame is how long work that the first frame does not need is
// held back, so that it does not compete with drawing that frame on a busy
// machine.
const AfterFirstFrame = 60 * time.Millisecond
