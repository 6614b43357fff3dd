package kit

import (
	"strings"

	"github.com/debrief-journal/debrief/safetext"
)

// QuotedList quotes titles and joins them for a sentence: “A”, “B” and “C”.
func QuotedList(titles []string) string {
	quoted := make([]string, len(titles))
	for i, t := range titles {
		quoted[i] = "“" + safetext.Line(t) + "”"
	}
	if n := len(quoted); n > 1 {
		return strings.Join(quoted[:n-1], ", ") + " and " + quoted[n-1]
	}
	return strings.Join(quoted, "")
}
