package interview

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/ui/internal/uitest"
)

// TestTagInputLeavesRoomForItsKeys: while tags are typed, the input and
// its keys ("enter add · esc cancel") fit the page whole, at every width.
func TestTagInputLeavesRoomForItsKeys(t *testing.T) {
	for _, width := range []int{60, 80, 100, 101, 102, 120, 200} {
		j := demoJournal(t, 2)
		ctx := uitest.NewContext(j)
		ctx.Width, ctx.Set = width, prompts.AfterInterview()
		p := New(ctx, 1, idList{1, 2})
		h, d := uitest.Start(t, ctx, p)
		m := &model{Host: h, d: d}
		press(t, m, letter('t'))
		typeText(t, m, "referral")
		var footer string
		for _, line := range strings.Split(m.View(), "\n") {
			if strings.Contains(line, "tags: ") {
				footer = line
			}
		}
		if !strings.HasSuffix(strings.TrimRight(footer, " "), "enter add · esc cancel") {
			t.Errorf("at %d columns the tag footer reads %q", width, footer)
		}
		// The page draws within its content width, inside the root's margin.
		if w, room := ansi.StringWidth(footer), p.contentWidth(); w > room {
			t.Errorf("at %d columns the tag footer is %d wide, with room for %d", width, w, room)
		}
	}
}
