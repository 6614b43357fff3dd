package kit

import (
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// curveballPart is one of the inputs asked for each curveball.
type curveballPart struct {
	Title string
	Hint  string
	Kind  journal.FieldKind
}

// CurveballParts are asked in turn for each curveball; the flow loops over
// them until the question is left empty.
var CurveballParts = [...]curveballPart{
	{"The question", "As close to their words as you remember. Leave it empty and press enter when there are no more.", journal.KindShort},
	{"How you answered", "Honestly, even if it came out badly. ctrl+j for a new line.", journal.KindLong},
	{"What you would say now", "With a clear head: the answer you wish you had given.", journal.KindLong},
	{"Tags", "Optional, separated by commas: salary, behavioural, system design…", journal.KindShort},
}

// CurveballText returns one part of a curveball as text.
func CurveballText(c journal.Curveball, part int) string {
	switch part {
	case 0:
		return c.Question
	case 1:
		return c.Answer
	case 2:
		return c.BetterAnswer
	}
	return strings.Join(c.Tags, ", ")
}

// SetCurveballPart stores one part of a curveball from typed text.
func SetCurveballPart(c *journal.Curveball, part int, text string) {
	v := TextValue(CurveballParts[part].Kind, text)
	switch part {
	case 0:
		c.Question = v.Text
	case 1:
		c.Answer = v.Text
	case 2:
		c.BetterAnswer = v.Text
	default:
		c.Tags = SplitTags(text)
	}
}
