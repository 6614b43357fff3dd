package ui

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/internal/uitest"
	"github.com/debrief-journal/debrief/ui/kit"
)

func TestTraceRecordsEachDraftSave(t *testing.T) {
	var out bytes.Buffer
	j := newFakeJournal()
	m := New(Options{Tick: uitest.Tick, Journal: j, Prompts: prompts.AfterInterview(), Now: func() time.Time { return fixedNow },
		Start: StartNew, Getenv: func(string) string { return "" }, Trace: &out})
	m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	run(t, m, m.Init())
	typeText(t, m, "Acme")
	press(t, m, keyEnter) // the move to the next prompt saves the draft
	typeText(t, m, "Backend engineer")
	press(t, m, keyEnter)

	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d trace lines for 2 saves:\n%s", len(lines), out.String())
	}
	for _, l := range lines {
		f := strings.Fields(l)
		if len(f) != 2 || f[0] != "save" {
			t.Fatalf("trace line %q is not \"save <nanoseconds>\"", l)
		}
		if ns, err := strconv.ParseInt(f[1], 10, 64); err != nil || ns < 0 {
			t.Fatalf("trace line %q has no duration", l)
		}
	}
}

func TestNoTraceWithoutAWriter(t *testing.T) {
	if kit.TraceTo(nil) != nil {
		t.Fatal("a trace function was made with nothing to write to")
	}
}
