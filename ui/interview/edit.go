package interview

import (
	"fmt"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// outcomeField names the outcome among the answers that can be changed; it
// is not a prompt of the reflection, but it is the answer that changes most.
const outcomeField = "outcome"

// editChoice is one answer of an interview that can be changed on its own.
type editChoice struct {
	field   string // the interview field, or the prompt id of a custom answer
	title   string
	kind    journal.FieldKind
	options []string
	low     string
	high    string
	step    int // the prompt's place in the guided flow, or -1
}

// editChoices lists what can be changed: the outcome, every prompt of the
// reflection, and custom answers the current prompts no longer ask for.
func (p *Page) editChoices() []editChoice {
	out := []editChoice{{field: outcomeField, title: "Outcome", kind: journal.KindChoice, options: statusNames(), step: -1}}
	asked := map[string]bool{}
	for i, pr := range p.sh.Set.Prompts {
		field := pr.Field
		if field == "" {
			field = pr.ID
		}
		asked[field] = true
		out = append(out, editChoice{field: field, title: pr.Title, kind: pr.Kind, options: pr.Choices(), low: pr.Low, high: pr.High, step: i})
	}
	for _, a := range p.iv.Answers {
		if !asked[a.Prompt] {
			out = append(out, editChoice{field: a.Prompt, title: kit.CustomTitle(a), kind: journal.KindLong, step: -1})
		}
	}
	return out
}

func statusNames() []string {
	out := make([]string, len(journal.Statuses))
	for i, s := range journal.Statuses {
		out[i] = string(s)
	}
	return out
}

func (p *Page) startPicking() {
	p.choices = p.editChoices()
	p.choice = min(p.choice, len(p.choices)-1)
	p.mode = detailPicking
}

func (p *Page) pickKey(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "up", "k", "shift+tab":
		p.choice = (p.choice - 1 + len(p.choices)) % len(p.choices)
	case "down", "j", "tab":
		p.choice = (p.choice + 1) % len(p.choices)
	case "esc", "q":
		p.mode = detailReading
	case "enter", "right", "l":
		c := p.choices[p.choice]
		if c.kind == journal.KindCurveballs {
			// Curveballs are asked part by part: the guided flow does it
			// best, opened at that prompt.
			p.mode = detailReading
			return kit.EditInterview(p.sh, p.id, c.step)
		}
		return p.startEditing(c)
	}
	return nil
}

// currentText is the answer as an input shows it.
func currentText(iv *journal.Interview, c editChoice) string {
	if c.field == outcomeField {
		return string(iv.Outcome.Status)
	}
	v := iv.Get(c.field)
	if c.kind == journal.KindRating {
		if v.Rating == 0 {
			return ""
		}
		return strconv.Itoa(int(v.Rating))
	}
	return kit.ValueText(c.kind, v)
}

// startEditing opens the box of one answer: it shows once the answer is
// read again as stored, with an unfinished change of it (see openAnswer).
func (p *Page) startEditing(c editChoice) tea.Cmd {
	p.fillBox(c, currentText(p.iv, c))
	p.mode, p.opening = detailEditing, true
	return p.openAnswer()
}

// fillBox puts text in the box of the answer c, as it opens.
func (p *Page) fillBox(c editChoice, text string) {
	p.input = kit.NewFieldInput(c.kind, text, c.options, p.sh.Keys.Reflect)
	p.input.Low, p.input.High = c.low, c.high
	p.input.SetLimit(kit.FieldLimit(c.field, c.title))
	p.input.SetSize(p.contentWidth()-2, max(3, p.sh.Height-12))
	p.inputErr, p.dateAsked = "", journal.Date{}
	p.keep, p.keepNote, p.overwrite = answerKeep{}, "", false
	p.warning.Forget()
	p.original, p.dropAsked = p.input.Text(), false
}

func (p *Page) editKey(k tea.KeyPressMsg) tea.Cmd {
	keys := p.sh.Keys
	c := p.choices[p.choice]
	dropAsked := p.dropAsked
	p.dropAsked = false
	switch {
	case key.Matches(k, keys.Detail.Cancel):
		if !dropAsked && p.input.Text() != p.original {
			// Typed words are dropped only when asked twice.
			p.dropAsked = true
			return nil
		}
		return p.dropAnswer()
	case key.Matches(k, keys.Detail.Save):
		if p.overwrite && p.warning.TooSoon() {
			// Pressed again at once, as the refusal came: not an answer to it.
			return p.sh.SetStatus(p.conflictNote, true)
		}
		return p.saveAnswer(c)
	case key.Matches(k, keys.Reflect.Editor) && p.input.IsText():
		// Kept first: the editor may be where the terminal closes.
		var keep tea.Cmd
		if p.keep.dirty {
			keep = p.saveKept()
		}
		return tea.Batch(keep, kit.OpenEditor(p.input.EditorText()))
	}
	cmd, changed := p.input.Update(k, keys.Reflect)
	if changed {
		p.inputErr, p.dateAsked = "", journal.Date{}
		return tea.Batch(cmd, p.answerChanged())
	}
	return cmd
}

// saveAnswer checks the answer, then saves it in a command.
func (p *Page) saveAnswer(c editChoice) tea.Cmd {
	text, today := p.input.Text(), journal.DateOf(p.sh.Now())
	if c.kind == journal.KindDate {
		d, err := journal.ParseDate(text)
		if err != nil {
			p.inputErr = journal.ErrorMessage(err)
			return nil
		}
		// The interview's own date after today is kept only when saved
		// again, as in the reflection.
		if c.field == "date" && d.After(today) && !kit.SameDate(d, p.dateAsked) {
			p.dateAsked = d
			p.inputErr = fmt.Sprintf("The interview date, %s, is after today (%s). Press enter again to keep it, or change the date.", d, today)
			return nil
		}
	}
	return p.finishAnswer()
}

// applyAnswer stores one changed answer in an interview. A new outcome is
// dated today.
func applyAnswer(iv *journal.Interview, c editChoice, text string, rating journal.Rating, today journal.Date) error {
	switch {
	case c.field == outcomeField:
		s := journal.StatusPending
		if text != "" {
			var err error
			if s, err = journal.ParseStatus(text); err != nil {
				return err
			}
		}
		if s != iv.Outcome.Status {
			iv.Outcome = journal.Outcome{Status: s, Date: today}
		}
		return nil
	case c.kind == journal.KindRating:
		return iv.Set(c.field, c.title, journal.Value{Rating: rating})
	}
	return iv.Set(c.field, c.title, kit.TextValue(c.kind, text))
}

func (p *Page) tagKey(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "enter":
		p.mode = detailReading
		p.tags.Blur()
		return kit.AddTags(p.sh.Journal, p.id, kit.SplitTags(p.tags.Value()))
	case "esc":
		// ctrl+c quits: the root takes it (kit.Keeper).
		p.mode = detailReading
		p.tags.Blur()
		return nil
	}
	var cmd tea.Cmd
	p.tags, cmd = p.tags.Update(k)
	return cmd
}

// pickerView lists the answers that can be changed with what each holds.
func (p *Page) pickerView(width int) string {
	st := p.sh.Styles
	var b strings.Builder
	b.WriteString(st.Heading.Render("Change which answer of "+safetext.Line(p.iv.Title())+"?") + "\n\n")
	rows := max(3, p.sh.Height-6-p.footerHeight())
	start := max(0, min(p.choice-rows/2, len(p.choices)-rows))
	end := min(len(p.choices), start+rows)
	titleWidth := min(32, width/2)
	for i := start; i < end; i++ {
		c := p.choices[i]
		value := safetext.Line(strings.ReplaceAll(currentText(p.iv, c), "\n", " · "))
		if c.kind == journal.KindCurveballs {
			value = kit.Plural(len(p.iv.Curveballs), "curveball")
		}
		switch {
		case c.kind == journal.KindRating && value != "":
			r := int(max(0, min(5, p.iv.Get(c.field).Rating)))
			value = strings.Repeat("●", r) + strings.Repeat("○", 5-r)
		case c.field == outcomeField:
			value = journal.Status(value).Label()
		case c.kind == journal.KindChoice && value != "":
			value = kit.OptionLabel(value)
		}
		line := kit.PadRight(safetext.Line(c.title), titleWidth) + "  " + st.Faint.Render(kit.Truncate(value, max(0, width-titleWidth-4)))
		if i == p.choice {
			b.WriteString(st.Selected.Render("▸ ") + st.Selected.Render(kit.PadRight(safetext.Line(c.title), titleWidth)) + "  " + st.Subtle.Render(kit.Truncate(value, max(0, width-titleWidth-4))) + "\n")
		} else {
			b.WriteString("  " + line + "\n")
		}
	}
	return b.String()
}

// editorView shows the answer being changed in the input of its kind.
func (p *Page) editorView(width int) string {
	st := p.sh.Styles
	c := p.choices[p.choice]
	var b strings.Builder
	b.WriteString(st.Subtle.Render(kit.Truncate(safetext.Line(p.iv.Title()), width)) + "\n")
	b.WriteString(st.Prompt.Title.Render(safetext.Line(c.title)) + "\n\n")
	b.WriteString(p.input.View(st) + "\n")
	if p.keepNote != "" {
		b.WriteString(st.Faint.Width(width).Render(p.keepNote) + "\n")
	}
	switch {
	case p.dropAsked:
		b.WriteString(st.Warning.Width(width).Render("Press esc again to drop your change, or enter to save it.") + "\n")
	case p.inputErr != "":
		b.WriteString(st.Error.Render("✗ "+p.inputErr) + "\n")
	}
	return b.String()
}

// editHelp lists the keys of the answer being changed.
func (p *Page) editHelp() []key.Binding {
	k := p.sh.Keys
	save := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save"))
	switch {
	case p.input.UsesArea():
		return []key.Binding{save, k.Reflect.Newline, k.Reflect.Editor, k.Detail.Cancel}
	case p.input.Kind == journal.KindRating:
		return []key.Binding{k.Reflect.Rate, k.Reflect.Clear, save, k.Detail.Cancel}
	case p.input.Kind == journal.KindChoice:
		return []key.Binding{k.Reflect.Choose, save, k.Detail.Cancel}
	}
	return []key.Binding{save, k.Reflect.Editor, k.Detail.Cancel}
}
