package kit

import "strings"

// Quote puts text in double quotes, turning any double quotes inside it
// into single ones, so that a focus such as Prepare for questions on
// “Salary expectations” reads “Prepare for questions on ‘Salary
// expectations’” and never nests the same marks.
func Quote(text string) string {
	inner := strings.ReplaceAll(strings.ReplaceAll(text, "“", "‘"), "”", "’")
	return "“" + inner + "”"
}
