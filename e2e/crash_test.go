package e2e_test

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/ui"
)

// crashKills is how many times TestCrashLosesNothing kills debrief: a few by
// default, as many as DEBRIEF_CRASH_KILLS says for a long run.
func crashKills(t *testing.T) int {
	if s := os.Getenv("DEBRIEF_CRASH_KILLS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("DEBRIEF_CRASH_KILLS=%q is not a positive number", s)
		}
		return n
	}
	return 8
}

// crashSeed makes a run repeatable with DEBRIEF_CRASH_SEED.
func crashSeed(t *testing.T) uint64 {
	if s := os.Getenv("DEBRIEF_CRASH_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("DEBRIEF_CRASH_SEED=%q is not a number", s)
		}
		return n
	}
	return uint64(time.Now().UnixNano())
}

// crashRun drives reflections in one pane and one journal across kills.
type crashRun struct {
	t    *testing.T
	rng  *rand.Rand
	pane *crashPane
	env  []string
	db   string
	set  prompts.Set

	mirror    *flowMirror        // what was typed in the flow now open
	confirmed map[string]placed  // answers the screen confirmed as saved
	finishing bool               // ctrl+s (or enter on the last prompt) was sent
	interview int                // finished interviews in the journal
	tokens    int                // words typed so far, each unique
	typing    chan struct{}      // closed to stop keys being sent in the background
	typed     chan struct{}      // closed once they have stopped
	stats     map[string]int     // what happened, for the report
	lastScene string             // the last screen seen, for failures
	savedView string             // the last screen that confirmed a save
	expected  *journal.Interview // the interview a finish must save
}

// TestCrashLosesNothing kills debrief with SIGKILL at random moments of
// reflections (after random delays, while typing, right after enter, during
// the finish) and after each kill checks the journal: it passes `debrief
// check`, every answer the screen confirmed as saved is in the draft or the
// finished interview, and an interview exists only whole, with everything
// typed before ctrl+s. The next run resumes the draft. DEBRIEF_CRASH_KILLS
// sets the number of kills (8 by default).
func TestCrashLosesNothing(t *testing.T) {
	kills, seed := crashKills(t), crashSeed(t)
	t.Logf("%d kills, DEBRIEF_CRASH_SEED=%d", kills, seed)
	dir := t.TempDir()
	db := filepath.Join(dir, "journal.db")
	env := []string{"DEBRIEF_DB=" + db, "XDG_CONFIG_HOME=" + filepath.Join(dir, "config"), "XDG_DATA_HOME=" + filepath.Join(dir, "data")}
	c := &crashRun{
		t: t, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), env: env, db: db,
		pane: newCrashPane(t, 100, 30, env), set: prompts.AfterInterview(), stats: map[string]int{},
	}
	began := time.Now()
	for k := range kills {
		c.life()
		c.verify(k + 1)
		if k%50 == 49 {
			t.Logf("%d kills survived in %v", k+1, time.Since(began).Round(time.Second))
		}
	}
	c.report(kills, time.Since(began))
}

// life starts debrief, resumes the draft if there is one, works in the flow
// and kills it at a random moment.
func (c *crashRun) life() {
	t := c.t
	pid := c.pane.launch("new")
	if c.mirror != nil {
		c.pane.waitFor("Unfinished reflection")
		c.pane.typeText("r")
	} else {
		c.mirror = newMirror(c.set, journal.Draft{})
		c.confirmed = answerTexts(c.set, &c.mirror.iv)
	}
	if _, ok := c.pane.waitScreen(15*time.Second, c.atPosition); !ok {
		t.Fatalf("the flow did not open at step %v; the screen shows:\n%s", c.mirror.screenMarks(), c.pane.screen())
	}
	for steps := 0; ; steps++ {
		if c.act(pid) {
			return
		}
		if steps > 200 {
			t.Fatal("no kill after 200 actions")
		}
	}
}

// atPosition reports whether a screen shows the flow where the mirror is.
func (c *crashRun) atPosition(screen string) bool {
	for _, m := range c.mirror.screenMarks() {
		if !strings.Contains(screen, m) {
			return false
		}
	}
	return true
}

// act does one thing in the flow and reports whether debrief was killed.
func (c *crashRun) act(pid int) bool {
	f := c.mirror
	r := c.rng.Float64()
	if f.done {
		// The finish was sent and confirmed; kill on the summary.
		c.killAfter(pid, c.rng.IntN(200), "on the summary")
		return true
	}
	switch kind := f.kind(); {
	case f.inCurveballs() && f.sub%len(curveballPartKinds) == 0 && f.cur == "" &&
		(f.sub >= 2*len(curveballPartKinds) || r < 0.25):
		return c.enter(pid)
	case kind == journal.KindRating:
		if f.cur == "" {
			c.send(strconv.Itoa(1 + c.rng.IntN(5)))
		}
		return c.enter(pid)
	case kind == journal.KindChoice:
		if f.cur == "" {
			c.pane.keys("Down")
			f.cur = f.prompt().Choices()[0]
		}
		return c.enter(pid)
	case kind == journal.KindDate:
		if _, err := journal.ParseDate(f.cur); err != nil || f.cur == "" {
			// A date is typed in one go; halfway it cannot be stored.
			return c.typeChunk(pid, "2026-04-"+fmt.Sprintf("%02d", 1+c.rng.IntN(28)), false)
		}
		return c.enter(pid)
	case r < 0.55 && len(f.cur) < 600:
		return c.typeChunk(pid, c.words(kind), true)
	case r < 0.97:
		return c.enter(pid)
	default:
		return c.finish(pid)
	}
}

// words returns a few new words to type, with line breaks where the input
// takes several lines.
func (c *crashRun) words(kind journal.FieldKind) string {
	var b strings.Builder
	if c.mirror.cur != "" {
		sep := " "
		if (kind == journal.KindLong || kind == journal.KindList || kind == journal.KindPeople) && c.rng.IntN(3) == 0 {
			sep = "\n"
		}
		b.WriteString(sep)
	}
	for i := range 1 + c.rng.IntN(4) {
		if i > 0 {
			b.WriteByte(' ')
		}
		c.tokens++
		b.WriteString("w" + strconv.FormatInt(int64(c.tokens), 36) + "q")
	}
	return b.String()
}

// typeChunk types text, either waiting for the screen to confirm the save
// or killing debrief partway through.
func (c *crashRun) typeChunk(pid int, text string, mayKill bool) bool {
	last := text[strings.LastIndexAny(text, " \n")+1:]
	if mayKill && c.rng.IntN(4) == 0 {
		c.typeInBackground(text)
		c.killAfter(pid, c.rng.IntN(5*len(text)+20), "while typing")
		return true
	}
	c.send(text)
	if c.confirm(last) && mayKill && c.rng.IntN(8) == 0 {
		c.killAfter(pid, c.rng.IntN(1200), "after a random delay")
		return true
	}
	return false
}

// send types text through tmux (a line break as ctrl+j) and follows it in
// the mirror.
func (c *crashRun) send(text string) {
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			c.pane.keys("C-j")
		}
		if line != "" {
			c.pane.typeText(line)
		}
	}
	c.mirror.cur += text
	c.mirror.offered = false
}

// typeInBackground types text one key at a time until stopped, and counts
// all of it as typed: which keys arrived before the kill is unknown, and
// what is on disk must lie between the confirmed and the typed text.
func (c *crashRun) typeInBackground(text string) {
	c.typing, c.typed = make(chan struct{}), make(chan struct{})
	c.mirror.cur += text
	c.mirror.offered = false
	go func(stop, done chan struct{}) {
		defer close(done)
		for _, r := range text {
			select {
			case <-stop:
				return
			default:
			}
			args := []string{"-S", c.pane.socket, "send-keys", "-t", c.pane.name, "-l", string(r)}
			if r == '\n' {
				args = []string{"-S", c.pane.socket, "send-keys", "-t", c.pane.name, "C-j"}
			}
			exec.Command("tmux", args...).Run()
		}
	}(c.typing, c.typed)
}

// enter presses enter, then kills at once or waits for the save.
func (c *crashRun) enter(pid int) bool {
	f := c.mirror
	c.pane.keys("Enter")
	f.enter()
	if f.done { // enter on the last prompt finishes
		return c.finishSent(pid)
	}
	if c.rng.IntN(4) == 0 {
		c.killAfter(pid, c.rng.IntN(40), "right after enter")
		return true
	}
	c.confirm("")
	return false
}

// finish presses ctrl+s.
func (c *crashRun) finish(pid int) bool {
	c.pane.keys("C-s")
	c.mirror.finish()
	return c.finishSent(pid)
}

// finishSent kills during the finish, or waits for the summary first. A
// reflection with nothing answered keeps nothing: the app says so, and no
// interview may appear.
func (c *crashRun) finishSent(pid int) bool {
	iv := c.mirror.finished()
	if ui.NothingAnswered(&iv) {
		if c.rng.IntN(3) > 0 {
			c.killAfter(pid, c.rng.IntN(150), "finishing a blank reflection")
			return true
		}
		if _, ok := c.pane.waitScreen(10*time.Second, func(s string) bool { return strings.Contains(s, "nothing was saved") }); !ok {
			c.t.Fatalf("finishing a blank reflection was never answered; the screen shows:\n%s", c.pane.screen())
		}
		c.stats["blank reflections refused on screen"]++
		return false
	}
	c.expected, c.finishing = &iv, true
	if c.rng.IntN(3) > 0 {
		c.killAfter(pid, c.rng.IntN(150), "during the finish")
		return true
	}
	if _, ok := c.pane.waitScreen(10*time.Second, func(s string) bool { return strings.Contains(s, "✓ Saved") }); !ok {
		c.t.Fatalf("the finished reflection was never confirmed; the screen shows:\n%s", c.pane.screen())
	}
	c.stats["finishes confirmed on screen"]++
	return false
}

// confirm waits until the screen shows the flow where the mirror is, with
// the last word typed, and says "✓ saved"; the answers typed so far are
// then known to be on disk.
func (c *crashRun) confirm(lastWord string) bool {
	screen, ok := c.pane.waitScreen(5*time.Second, func(s string) bool {
		return strings.Contains(s, "✓ saved") && c.atPosition(s) && strings.Contains(s, lastWord)
	})
	c.lastScene = screen
	if strings.Contains(screen, "not saved") {
		c.t.Fatalf("a save failed with a working disk:\n%s", screen)
	}
	if !ok {
		c.stats["saves not confirmed within 5 s"]++
		return false
	}
	iv := c.mirror.stored()
	c.confirmed = answerTexts(c.set, &iv)
	c.savedView = screen
	c.stats["saves confirmed on screen"]++
	return true
}

// killAfter kills debrief after ms milliseconds and stops any typing.
func (c *crashRun) killAfter(pid, ms int, moment string) {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	c.pane.kill(pid)
	if c.typing != nil {
		close(c.typing)
		<-c.typed
		c.typing = nil
	}
	c.stats["killed "+moment]++
}
