package flow

import (
	"slices"
	"strconv"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"

	"github.com/debrief-journal/debrief/ui/kit"
)

// autosaveEvery is how often typing is saved to the draft at the least.
const autosaveEvery = time.Second

// Model is the guided reflection: one prompt per screen, saved to a
// draft as the user moves and types, finished into an interview.
type Model struct {
	sh    *kit.Context
	kind  flowKind    // which flow this is (see kinds.go)
	set   prompts.Set // the prompts of this flow
	draft journal.Draft
	step  int // index of the prompt
	sub   int // position inside the curveballs prompt: curveball*4 + part
	input kit.FieldInput

	inputErr string
	dirty    bool // typed since the last apply-and-save
	// unstored is set when autosave could not store what the input holds
	// (a date typed halfway), so the header must not claim it is saved.
	unstored bool
	saving   bool // a draft save is in flight
	saveSeq  int
	savedAt  time.Time
	saveErr  string
	// elsewhere is set once a save found the draft taken over or finished
	// in another debrief and kept what was typed here as a new draft (see
	// elsewhere.go).
	elsewhere journal.DraftKept
	// finishFailed is set while the last finish failed, so the header does
	// not say saved of the draft saved just before it.
	finishFailed bool

	pausing   bool
	quitAfter bool // leave the app, not just the flow, once paused
	finishing bool
	forceQuit bool // a pause failed to save: the next ctrl+c quits anyway
	tickID    int

	// editorWaits is set from ctrl+e until the draft holding what was
	// typed before it is saved; the editor opens then (see editor_save.go).
	editorWaits bool

	saved *journal.Interview // set once the reflection is finished
	// nextSteps are the follow-ups the summary offers for saved, worked
	// out once as it is saved rather than on every frame and key.
	nextSteps []journal.NextStep
	// stepCursor is the next step selected on the summary.
	stepCursor int
	showHelp   bool

	// discarded is set once a blank reflection was left without saving
	// (see checks.go); discardNote says so.
	discarded   bool
	discardNote string
	// dateAsked is a date after today the user was asked about, dateKept
	// one they confirmed, and dateQuestion the question on screen.
	dateAsked    journal.Date
	dateKept     journal.Date
	dateQuestion string
}

// New starts a flow on a draft (new, resumed or editing).
func New(sh *kit.Context, d journal.Draft) Model {
	kind := flowFor(d.Kind)
	m := Model{sh: sh, kind: kind, set: kind.prompts(sh, &d), draft: d, step: d.Step, sub: d.Sub}
	if d.Kind == journal.DraftFeedback {
		startFromFeedback(m.set, &m.draft)
	}
	m.step = min(max(m.step, 0), len(m.set.Prompts)-1)
	m.loadInput()
	return m
}

// Init starts the autosave ticks.
func (m *Model) Init() tea.Cmd {
	m.tickID++
	return m.tick()
}

func (m *Model) tick() tea.Cmd {
	id := m.tickID
	return m.sh.Tick(autosaveEvery, func(t time.Time) tea.Msg { return autosaveTickMsg{at: t, id: id} })
}

func (m *Model) prompt() prompts.Prompt { return m.set.Prompts[m.step] }

// field is where the current prompt's answer is kept on the interview.
func (m *Model) field() string {
	if p := m.prompt(); p.Field != "" {
		return p.Field
	}
	return m.prompt().ID
}

func (m *Model) inCurveballs() bool { return m.prompt().Kind == journal.KindCurveballs }

// loadInput builds the input for the current position from the draft.
func (m *Model) loadInput() {
	p := m.prompt()
	m.inputErr, m.unstored = "", false
	m.forgetDateQuestion()
	if m.inCurveballs() {
		idx, part := m.sub/len(kit.CurveballParts), m.sub%len(kit.CurveballParts)
		text := ""
		if idx < len(m.draft.Interview.Curveballs) {
			text = kit.CurveballText(m.draft.Interview.Curveballs[idx], part)
		}
		m.input = kit.NewFieldInput(kit.CurveballParts[part].Kind, text, nil, m.sh.Keys.Reflect)
		m.input.SetLimit(kit.FieldLimit("curveballs", kit.CurveballParts[part].Title))
	} else {
		v := m.draft.Interview.Get(m.field())
		text := kit.ValueText(p.Kind, v)
		if p.Kind == journal.KindRating && v.Rating > 0 {
			text = strconv.Itoa(int(v.Rating))
		}
		if text == "" && p.Kind == journal.KindDate && p.Default == "today" {
			text = journal.DateOf(m.sh.Now()).String()
		}
		options := p.Options
		if len(options) == 0 {
			options = journal.ChoicesOf(p.Field)
		}
		m.input = kit.NewFieldInput(p.Kind, text, options, m.sh.Keys.Reflect)
		m.input.Low, m.input.High = p.Low, p.High
		m.input.SetLimit(kit.FieldLimit(m.field(), p.Title))
	}
	m.Resize()
}

// resize fits the input to the window.
func (m *Model) Resize() {
	w := max(20, min(m.sh.Width-4, 100))
	h := max(3, m.sh.Height-14)
	m.input.SetSize(w, h)
}

// apply writes what the input holds into the draft. In strict mode a bad
// answer (a date that does not parse) is returned and nothing changes; in
// lenient mode (autosave) a bad answer is simply not stored yet. An answer
// that would make the reflection one finishing refuses is never stored
// (see keepFinishable).
func (m *Model) apply(strict bool) error {
	m.unstored = false
	iv := &m.draft.Interview
	before := *iv
	before.Answers = slices.Clone(iv.Answers)
	err := m.applyInput(iv)
	if err == nil {
		err = m.keepFinishable(&before)
	}
	if err != nil {
		m.unstored = true
		if strict {
			return err
		}
	}
	return nil
}

// applyInput stores what the input holds in iv.
func (m *Model) applyInput(iv *journal.Interview) error {
	text := m.input.Text()
	if m.inCurveballs() {
		idx, part := m.sub/len(kit.CurveballParts), m.sub%len(kit.CurveballParts)
		if idx >= len(iv.Curveballs) && text == "" {
			return nil
		}
		cbs := slices.Clone(iv.Curveballs)
		for len(cbs) <= idx {
			cbs = append(cbs, journal.Curveball{})
		}
		kit.SetCurveballPart(&cbs[idx], part, text)
		iv.Curveballs = cbs
		return nil
	}
	p := m.prompt()
	v := kit.TextValue(p.Kind, text)
	if p.Kind == journal.KindRating {
		// Text keeps the rating of a prompt with no field of its own.
		v = journal.Value{Rating: m.input.Rating, Text: m.input.Text()}
	}
	if p.Kind == journal.KindDate {
		if _, err := journal.ParseDate(text); err != nil {
			return err
		}
	}
	return iv.Set(m.field(), p.Title, v)
}

// dropEmptyCurveballs removes curveballs in which nothing was written.
func (m *Model) dropEmptyCurveballs() {
	cbs := m.draft.Interview.Curveballs
	if !slices.ContainsFunc(cbs, journal.Curveball.IsEmpty) {
		return
	}
	m.draft.Interview.Curveballs = slices.DeleteFunc(slices.Clone(cbs), journal.Curveball.IsEmpty)
}

// answered counts the prompts that have an answer.
func (m *Model) answered() int { return answeredIn(&m.draft.Interview, m.set) }

// Update handles keys and the replies of saves.
func (m *Model) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case autosaveTickMsg:
		if msg.id != m.tickID || m.saved != nil || m.discarded {
			return nil
		}
		var cmd tea.Cmd
		if m.dirty && !m.finishing && !m.pausing {
			m.apply(false)
			cmd = m.save()
		}
		return tea.Batch(cmd, m.tick())
	case draftSavedMsg:
		return tea.Batch(m.saveDone(msg), m.editorAfterSave())
	case interviewSavedMsg:
		if m.editing() && msg.err == nil {
			m.Close() // the edit is over: stop its autosave
			done := kit.EditSavedMsg{Interview: msg.interview}
			if len(msg.clashes) > 0 {
				done.Note = clashNote(msg.clashes)
			}
			if note := m.elsewhereNote(); note != "" {
				done.Note = joinNotes(note, done.Note)
			}
			return func() tea.Msg { return done }
		}
		return m.finishDone(msg)
	case reviewSavedMsg:
		return m.reviewDone(msg)
	case blankDiscardedMsg:
		return m.blankDiscarded(msg)
	case kit.EditorDoneMsg:
		if msg.Err != nil {
			return m.sh.SetStatus(journal.ErrorMessage(msg.Err), true)
		}
		m.input.SetText(msg.Text)
		m.apply(false) // save stores the draft, so the text must be in it
		m.dirty = true
		return m.save()
	case tea.WindowSizeMsg:
		m.Resize()
		return nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	cmd, changed := m.input.Update(msg, m.sh.Keys.Reflect)
	if changed {
		m.dirty = true
	}
	return cmd
}

func (m *Model) handleKey(k tea.KeyPressMsg) tea.Cmd {
	keys := m.sh.Keys.Reflect
	if m.saved != nil || m.discarded {
		return m.summaryKey(k)
	}
	if m.finishing || m.pausing {
		if key.Matches(k, m.sh.Keys.Global.Quit) && m.forceQuit {
			return func() tea.Msg { return kit.FlowDoneMsg{Paused: true, Quit: true} }
		}
		return nil
	}
	if m.closesHelp(k) {
		return nil
	}
	switch {
	case key.Matches(k, keys.Pause):
		if m.forceQuit && key.Matches(k, m.sh.Keys.Global.Quit) {
			return func() tea.Msg { return kit.FlowDoneMsg{Paused: true, Quit: true} }
		}
		return m.pause(k.String() == "ctrl+c")
	case key.Matches(k, keys.Finish):
		return m.finish()
	case key.Matches(k, keys.Next):
		return m.next()
	case key.Matches(k, keys.Back):
		return m.back()
	case key.Matches(k, keys.Editor) && m.input.IsText():
		return m.openEditor()
	case k.String() == "f1" || (k.String() == "?" && (!m.input.IsText() || m.input.Text() == "")):
		m.showHelp = !m.showHelp
		return nil
	}
	m.showHelp = false
	cmd, changed := m.input.Update(k, keys)
	if changed {
		m.dirty = true
		m.inputErr = ""
		m.forgetDateQuestion()
	}
	return cmd
}

// next stores the answer and moves on, saving the draft.
func (m *Model) next() tea.Cmd {
	if err := m.apply(true); err != nil {
		m.inputErr = journal.ErrorMessage(err)
		return nil
	}
	if m.field() == "date" && !m.futureDateConfirmed("enter") {
		return nil
	}
	if m.inCurveballs() {
		idx, part := m.sub/len(kit.CurveballParts), m.sub%len(kit.CurveballParts)
		switch {
		case part == 0 && m.input.Text() == "":
			m.dropEmptyCurveballs()
			return m.advancePrompt()
		case part == len(kit.CurveballParts)-1:
			m.sub = (idx + 1) * len(kit.CurveballParts)
		default:
			m.sub++
		}
		m.loadInput()
		return m.save()
	}
	return m.advancePrompt()
}

func (m *Model) advancePrompt() tea.Cmd {
	if m.step == len(m.set.Prompts)-1 {
		return m.finish()
	}
	m.step++
	m.sub = 0
	m.loadInput()
	return m.save()
}

// back stores the answer as it is and goes to the previous input.
func (m *Model) back() tea.Cmd {
	m.apply(false)
	switch {
	case m.inCurveballs() && m.sub > 0:
		m.sub--
	case m.step > 0:
		m.dropEmptyCurveballs()
		m.step--
		m.sub = 0
		if m.inCurveballs() {
			// Land on the empty question after the last curveball.
			m.sub = len(m.draft.Interview.Curveballs) * len(kit.CurveballParts)
		}
	default:
		return nil
	}
	m.loadInput()
	return m.save()
}

// Close stops the flow's autosave: the root calls it when the flow leaves
// the screen.
func (m *Model) Close() { m.tickID++ }
