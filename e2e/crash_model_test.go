package e2e_test

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
)

// The inputs of a curveball, in the order the flow asks for them, and the
// kind of input each one is.
var curveballPartKinds = [...]journal.FieldKind{journal.KindShort, journal.KindLong, journal.KindLong, journal.KindShort}

// curveballPartTitles are what the screen shows above each input of a
// curveball, as "Curveball 2 · How you answered".
var curveballPartTitles = [...]string{"The question", "How you answered", "What you would say now", "Tags"}

// flowMirror follows what a reflection on screen holds as keys are sent:
// the answers stored in the draft so far, where the flow stands, and what
// the current input holds. It is the test's own account of what was typed,
// kept independently of the app.
type flowMirror struct {
	set  prompts.Set
	iv   journal.Interview
	step int
	sub  int
	cur  string // what the current input holds
	// offered is set while the input holds a default the app offered and
	// nothing was typed: the draft gets it only when enter takes it.
	offered bool
	done    bool // the flow finished (enter on the last prompt, or ctrl+s)
}

// newMirror starts a flow on a draft as the app resumes it.
func newMirror(set prompts.Set, d journal.Draft) *flowMirror {
	f := &flowMirror{set: set, iv: d.Interview, step: min(max(d.Step, 0), len(set.Prompts)-1), sub: d.Sub}
	f.load()
	return f
}

func (f *flowMirror) prompt() prompts.Prompt { return f.set.Prompts[f.step] }

func (f *flowMirror) field() string {
	if p := f.prompt(); p.Field != "" {
		return p.Field
	}
	return f.prompt().ID
}

func (f *flowMirror) inCurveballs() bool { return f.prompt().Kind == journal.KindCurveballs }

// kind is the kind of the current input.
func (f *flowMirror) kind() journal.FieldKind {
	if f.inCurveballs() {
		return curveballPartKinds[f.sub%len(curveballPartKinds)]
	}
	return f.prompt().Kind
}

// load fills the current input from the stored answers, as the app does on
// arriving at a prompt.
func (f *flowMirror) load() {
	p := f.prompt()
	f.offered = false
	if f.inCurveballs() {
		idx, part := f.sub/len(curveballPartKinds), f.sub%len(curveballPartKinds)
		f.cur = ""
		if idx < len(f.iv.Curveballs) {
			f.cur = partText(f.iv.Curveballs[idx], part)
		}
		return
	}
	v := f.iv.Get(f.field())
	switch p.Kind {
	case journal.KindRating:
		f.cur = ""
		if v.Rating > 0 {
			f.cur = strconv.Itoa(int(v.Rating))
		}
	case journal.KindList:
		f.cur = strings.Join(v.Items, "\n")
	case journal.KindPeople:
		lines := make([]string, len(v.People))
		for i, person := range v.People {
			lines[i] = person.Line()
		}
		f.cur = strings.Join(lines, "\n")
	default:
		f.cur = v.Text
	}
	if f.cur == "" && p.Kind == journal.KindDate && p.Default == prompts.DefaultToday {
		f.cur = journal.DateOf(time.Now()).String()
		f.offered = true
	}
}

// apply stores what the input holds, as enter (strict) or an autosave
// does; it reports false when the answer cannot be stored (a bad date).
func (f *flowMirror) apply() bool {
	if f.inCurveballs() {
		idx, part := f.sub/len(curveballPartKinds), f.sub%len(curveballPartKinds)
		if idx >= len(f.iv.Curveballs) && f.cur == "" {
			return true
		}
		cbs := slices.Clone(f.iv.Curveballs)
		for len(cbs) <= idx {
			cbs = append(cbs, journal.Curveball{})
		}
		setPart(&cbs[idx], part, f.cur)
		f.iv.Curveballs = cbs
		return true
	}
	p := f.prompt()
	if p.Kind == journal.KindDate {
		if _, err := journal.ParseDate(f.cur); err != nil {
			return false
		}
	}
	return f.iv.Set(f.field(), p.Title, typedValue(p.Kind, f.cur)) == nil
}

// enter follows the enter key: store the answer and move on.
func (f *flowMirror) enter() {
	if !f.apply() {
		return // the app shows the error and stays
	}
	if f.inCurveballs() {
		idx, part := f.sub/len(curveballPartKinds), f.sub%len(curveballPartKinds)
		switch {
		case part == 0 && f.cur == "":
			f.dropEmptyCurveballs()
			f.advance()
			return
		case part == len(curveballPartKinds)-1:
			f.sub = (idx + 1) * len(curveballPartKinds)
		default:
			f.sub++
		}
		f.load()
		return
	}
	f.advance()
}

func (f *flowMirror) advance() {
	if f.step == len(f.set.Prompts)-1 {
		f.finish()
		return
	}
	f.step++
	f.sub = 0
	f.load()
}

// finish follows ctrl+s: the answers become the interview.
func (f *flowMirror) finish() {
	if !f.apply() {
		return
	}
	f.dropEmptyCurveballs()
	f.done = true
}

func (f *flowMirror) dropEmptyCurveballs() {
	f.iv.Curveballs = slices.DeleteFunc(slices.Clone(f.iv.Curveballs), journal.Curveball.IsEmpty)
}

// stored returns the answers as a save now would store them: what was
// entered, with the current input applied when it can be.
func (f *flowMirror) stored() journal.Interview {
	g := *f
	g.iv.Curveballs = slices.Clone(f.iv.Curveballs)
	if !g.offered {
		g.apply()
	}
	return g.iv
}

// finished returns the interview the flow saves when it finishes.
func (f *flowMirror) finished() journal.Interview {
	iv := f.iv
	if iv.Date.IsZero() {
		iv.Date = journal.DateOf(time.Now())
	}
	if iv.Outcome.Status == "" {
		iv.Outcome.Status = journal.StatusPending
	}
	return iv
}

// screenMarks returns what a frame must show to be the one of the flow's
// present position: the step counter, and the part of a curveball.
func (f *flowMirror) screenMarks() []string {
	marks := []string{fmt.Sprintf(" %d/%d", f.step+1, len(f.set.Prompts))}
	if f.inCurveballs() {
		idx, part := f.sub/len(curveballPartKinds), f.sub%len(curveballPartKinds)
		marks = append(marks, fmt.Sprintf("Curveball %d · %s", idx+1, curveballPartTitles[part]))
	}
	return marks
}

// typedValue turns typed text into an answer of a kind, as the app does.
func typedValue(kind journal.FieldKind, s string) journal.Value {
	switch kind {
	case journal.KindList:
		items := textLines(s)
		return journal.Value{Items: items, Text: strings.Join(items, "\n")}
	case journal.KindPeople:
		var people []journal.Person
		for _, l := range textLines(s) {
			people = append(people, journal.ParsePerson(l))
		}
		return journal.Value{People: people}
	case journal.KindLong:
		return journal.Value{Text: strings.TrimRight(s, " \n\t")}
	case journal.KindRating:
		n, _ := strconv.Atoi(s)
		return journal.Value{Rating: journal.Rating(n), Text: s}
	}
	return journal.Value{Text: strings.TrimSpace(s)}
}

func textLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

func partText(c journal.Curveball, part int) string {
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

func setPart(c *journal.Curveball, part int, text string) {
	v := typedValue(curveballPartKinds[part], text)
	switch part {
	case 0:
		c.Question = v.Text
	case 1:
		c.Answer = v.Text
	case 2:
		c.BetterAnswer = v.Text
	default:
		c.Tags = nil
		for _, tag := range strings.Split(text, ",") {
			if tag = strings.TrimSpace(tag); tag != "" {
				c.Tags = append(c.Tags, tag)
			}
		}
	}
}

// answerTexts lays out every answer of iv that the prompts of set collect as
// text by place ("fit", "curveballs[1].2"), with its kind, so that two
// interviews can be compared place by place.
func answerTexts(set prompts.Set, iv *journal.Interview) map[string]placed {
	out := map[string]placed{}
	for _, p := range set.Prompts {
		field := p.Field
		if field == "" {
			field = p.ID
		}
		if p.Kind == journal.KindCurveballs {
			for i, c := range iv.Curveballs {
				for part, kind := range curveballPartKinds {
					out[fmt.Sprintf("%s[%d].%d", field, i, part)] = placed{kind, partText(c, part)}
				}
			}
			continue
		}
		v := iv.Get(field)
		var s string
		switch p.Kind {
		case journal.KindRating:
			if v.Rating > 0 {
				s = strconv.Itoa(int(v.Rating))
			}
		case journal.KindList:
			s = strings.Join(v.Items, "\n")
		case journal.KindPeople:
			lines := make([]string, len(v.People))
			for i, person := range v.People {
				lines[i] = person.Line()
			}
			s = strings.Join(lines, "\n")
		default:
			s = v.Text
		}
		out[field] = placed{p.Kind, s}
	}
	return out
}

// placed is one answer laid out as text, with the kind of its input.
type placed struct {
	kind journal.FieldKind
	text string
}

// grows reports whether text kinds may have been saved anywhere between
// what was confirmed and what was typed: typing only appends, so every
// state saved in between starts with the confirmed text and is a start of
// the typed one. Answers chosen in one go (ratings, choices, dates) are
// either the confirmed one or the typed one.
func grows(kind journal.FieldKind, confirmed, disk, typed string) bool {
	switch kind {
	case journal.KindRating, journal.KindChoice, journal.KindDate:
		return disk == confirmed || disk == typed
	}
	return strings.HasPrefix(disk, confirmed) && strings.HasPrefix(typed, disk)
}
