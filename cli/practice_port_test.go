package cli

import (
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/ui/kit"
)

// The store keeps the practice cards and stories the screens need.
var _ kit.Practice = (*store.Store)(nil)
