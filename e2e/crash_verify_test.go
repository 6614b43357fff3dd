package e2e_test

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// verify checks the journal after a kill and sets the mirror to what the
// next run resumes.
func (c *crashRun) verify(kill int) {
	t := c.t
	out, errOut, code := run(t, c.env, "", "check")
	if code != 0 {
		t.Fatalf("kill %d: debrief check exits %d:\n%s%s", kill, code, out, errOut)
	}
	s, err := store.Open(c.db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("kill %d: the journal does not open: %v", kill, err)
	}
	drafts, derr := s.Drafts()
	ivs, ierr := s.Interviews()
	s.Close()
	if derr != nil || ierr != nil {
		t.Fatalf("kill %d: reading the journal: %v %v", kill, derr, ierr)
	}
	if len(drafts) > 1 {
		t.Fatalf("kill %d: %d drafts; one reflection at a time was written", kill, len(drafts))
	}
	switch {
	case len(ivs) == c.interview+1 && c.finishing:
		got := ivs[len(ivs)-1]
		c.sameInterview(kill, got)
		if len(drafts) != 0 {
			t.Fatalf("kill %d: the draft outlived its finished interview", kill)
		}
		c.interview++
		c.stats["interviews finished"]++
		c.mirror, c.confirmed = nil, nil
	case len(ivs) != c.interview:
		t.Fatalf("kill %d: %d interviews, want %d (a finish was sent: %v)", kill, len(ivs), c.interview, c.finishing)
	case len(drafts) == 0:
		c.between(kill, journal.Draft{})
		c.mirror, c.confirmed = nil, nil
	default:
		c.between(kill, drafts[0])
		c.mirror = newMirror(c.set, drafts[0])
		c.confirmed = answerTexts(c.set, &drafts[0].Interview)
	}
	c.finishing, c.expected = false, nil
}

// between checks that the draft holds every confirmed answer, and nothing
// that was not typed.
func (c *crashRun) between(kill int, d journal.Draft) {
	typedIv := c.mirror.stored()
	typed := answerTexts(c.set, &typedIv)
	disk := answerTexts(c.set, &d.Interview)
	for _, place := range places(c.confirmed, disk, typed) {
		conf, onDisk, want := c.confirmed[place], disk[place], typed[place]
		if !grows(kindOf(conf, onDisk, want), conf.text, onDisk.text, want.text) {
			if shownInLine(c.savedView, onDisk.text) {
				// What was saved is what the screen showed: keys sent to
				// the pane did not all reach debrief as typed. Nothing
				// saved was lost; the next life resumes from the disk.
				c.stats["keys that reached debrief changed (disk = screen)"]++
				continue
			}
			c.t.Fatalf("kill %d: LOST or wrong answer at %s:\n confirmed %q\n on disk   %q\n typed     %q\nlast screen:\n%s",
				kill, place, conf.text, onDisk.text, want.text, c.lastScene)
		}
		if conf.text != "" {
			c.stats["confirmed answers checked"]++
		}
	}
}

// shownInLine reports whether the one-line input on screen holds exactly
// text.
func shownInLine(screen, text string) bool {
	for _, line := range strings.Split(screen, "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "› "); ok && text != "" && strings.TrimSpace(rest) == text {
			return true
		}
	}
	return false
}

// sameInterview checks that a finished interview holds exactly what was
// typed before the finish.
func (c *crashRun) sameInterview(kill int, got *journal.Interview) {
	want := answerTexts(c.set, c.expected)
	have := answerTexts(c.set, got)
	for _, place := range places(want, have) {
		if want[place].text != have[place].text {
			c.t.Fatalf("kill %d: the finished interview is not what was typed at %s:\n saved %q\n typed %q", kill, place, have[place].text, want[place].text)
		}
	}
	if got.Date != c.expected.Date || got.Outcome.Status != journal.StatusPending {
		c.t.Fatalf("kill %d: the finished interview has date %s and status %s", kill, got.Date, got.Outcome.Status)
	}
}

// kindOf returns the kind of a place from whichever layout has it.
func kindOf(ps ...placed) journal.FieldKind {
	for _, p := range ps {
		if p.kind != "" {
			return p.kind
		}
	}
	return ""
}

// places returns every place any of the layouts has, sorted.
func places(layouts ...map[string]placed) []string {
	seen := map[string]bool{}
	var out []string
	for _, l := range layouts {
		for p := range l {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	sort.Strings(out)
	return out
}

func (c *crashRun) report(kills int, took time.Duration) {
	keys := make([]string, 0, len(c.stats))
	for k := range c.stats {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	fmt.Fprintf(&b, "%d kills survived in %v, nothing lost:", kills, took.Round(time.Second))
	for _, k := range keys {
		fmt.Fprintf(&b, "\n  %s: %d", k, c.stats[k])
	}
	c.t.Log(b.String())
}
