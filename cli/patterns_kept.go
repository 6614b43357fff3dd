package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/debrief-journal/debrief/buildid"
	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// patternsDocumentName is the name the JSON document of patterns is kept
// under in the journal (store.AnalysisResult).
const patternsDocumentName = "patterns.json"

// keptPatternsJSON returns the JSON document of the journal's patterns on
// the day of now. The journal keeps the last one it gave with the day and
// the build it was drawn on: until an interview changes, the same day and
// build read it back instead of analysing every interview again.
func keptPatternsJSON(s *store.Store, now time.Time) ([]byte, error) {
	draw := func(aj store.AnalysisJournal) ([]byte, error) {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("", "  ")
		if err := enc.Encode(patternsDocument(insight.AnalyzeKnownAt(aj.Interviews, aj.Known, now))); err != nil {
			return nil, &journal.Error{Code: journal.EInternal, Message: "The patterns could not be written as JSON.", Err: err}
		}
		return buf.Bytes(), nil
	}
	stamp, keeps := patternsStamp(now)
	if !keeps {
		aj, err := s.PatternsJournal()
		if err != nil {
			return nil, err
		}
		return draw(aj)
	}
	return s.PatternsResult(patternsDocumentName, stamp, draw)
}

// keptPatterns returns the patterns document the journal keeps for the
// day of now, as keptPatternsJSON would give it without analysing
// anything; nil when none still holds.
func keptPatterns(s *store.Store, now time.Time) []byte {
	stamp, keeps := patternsStamp(now)
	if !keeps {
		return nil
	}
	return s.KeptResult(patternsDocumentName, stamp)
}

// patternsStamp returns what a kept patterns document depends on besides
// the interviews: the day of now and the build. A build that cannot name
// itself keeps nothing.
func patternsStamp(now time.Time) (stamp string, keeps bool) {
	build := buildIdentity()
	if build == "" {
		return "", false
	}
	return fmt.Sprintf("day %s; build %s", journal.DateOf(now), build), true
}

// buildIdentity names the running build (see buildid.Identity).
var buildIdentity = buildid.Identity
