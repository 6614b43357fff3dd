package followups

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// lessonsForKeepInTouch is how many recent lessons a keep-in-touch note
// offers to mention.
const lessonsForKeepInTouch = 3

// messageView shows the message of one follow-up: the user's own edit when
// there is one, or else a draft written afresh from the interview. The user
// reads it, edits it in place or in $EDITOR (the edit is saved with the
// follow-up, see message_save.go), resets it to the draft, copies it to the
// clipboard and marks the follow-up done, or does both in one key.
type messageView struct {
	sh     *kit.Context
	item   journal.AgendaItem
	loaded bool
	err    string
	warn   string // why the user's own template was not used
	// unsigned is set when no name is set: the draft is signed with the
	// placeholder, and the page says how to set a name or asks for it
	// (see agenda_name.go).
	unsigned bool
	asking   bool // the question for the name is open
	saving   bool // the name typed is being saved
	name     textinput.Model
	nameErr  string
	asked    func() error // records that the name was asked for
	text     string
	drafted  string // the draft the text is compared with to tell an edit
	edited   bool   // the text is the user's edit, saved with the follow-up
	// aside is the user's version of the message the follow-up keeps
	// aside, "" for none (see message_aside.go).
	aside   string
	storing bool // an edit or a reset is being saved
	// resetting is set while the edit is being dropped: the draft written
	// afresh comes next, so the box does not open before it.
	resetting bool
	editing   bool
	area      textarea.Model
	keep      messageKeep // the saving of what is typed in the box
	view      viewport.Model
}

// messageLoadedMsg carries the message of a follow-up: the user's edit or
// the draft.
type messageLoadedMsg struct {
	from     *messageView // the view it was drafted for
	text     string
	drafted  string
	edited   bool
	warn     string
	unsigned bool
	// stored is the follow-up's own edit as stored, "" for none: what
	// the saves of the box check is still there (see message_clash.go).
	stored string
	// aside is the version of the message the follow-up keeps aside.
	aside string
	err   error
}

func newMessageView(sh *kit.Context, it journal.AgendaItem) *messageView {
	area := textarea.New()
	area.ShowLineNumbers = false
	area.Prompt = "│ "
	area.MaxHeight = 0
	area.CharLimit = 0
	as := area.Styles()
	as.Cursor.Blink = false
	area.SetStyles(as)
	v := &messageView{sh: sh, item: it, area: area, view: viewport.New()}
	v.resize()
	return v
}

// load drafts the message in a command: the whole interview, the user's
// template for the kind when there is a good one, and for a keep-in-touch
// note what was learned since.
func (v *messageView) load() tea.Cmd {
	j, it, templates, sender := v.sh.Journal, v.item, v.sh.Templates, v.sh.Sender
	today := journal.Today(v.sh.Now())
	draft := func() messageLoadedMsg {
		iv, err := j.Interview(it.InterviewID)
		if err != nil {
			return messageLoadedMsg{err: err}
		}
		mc := journal.MessageContext{Interview: iv, Today: today, Sender: sender}
		unsigned := sender.Name == ""
		if unsigned {
			mc.Sender.Name = journal.PlaceholderName
		}
		if it.FollowUp.Kind == journal.FollowUpKeepInTouch {
			if mc.LessonsSince, err = j.LessonsSince(iv.Date, lessonsForKeepInTouch); err != nil {
				return messageLoadedMsg{err: err}
			}
		}
		var tmpl, warn string
		if templates != nil {
			if tmpl, err = templates(it.FollowUp.Kind); err != nil {
				warn = "Your own template is not used: " + safetext.Line(journal.ErrorMessage(err))
				tmpl = ""
			}
		}
		// The follow-up as stored now, so an edit saved since the list
		// was drawn is the one shown.
		f := it.FollowUp
		for _, planned := range journal.PlanFollowUps(iv, today) {
			if planned.ID == f.ID {
				f = planned
			}
		}
		drafted, err := journal.DraftMessageFor(mc, f, tmpl)
		if err != nil {
			return messageLoadedMsg{err: err}
		}
		text, edited, err := journal.FollowUpText(mc, f, tmpl)
		return messageLoadedMsg{text: safetext.Text(text), drafted: drafted, edited: edited, warn: warn, unsigned: unsigned, stored: f.Message, aside: f.Aside, err: err}
	}
	return func() tea.Msg {
		msg := draft()
		msg.from = v
		return msg
	}
}

// Update handles the drafted message, the text back from $EDITOR, the
// name saved and resizes.
func (v *messageView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case messageLoadedMsg:
		v.loaded, v.err, v.warn, v.unsigned = true, journal.ErrorMessage(msg.err), msg.warn, msg.unsigned
		v.drafted, v.edited, v.aside = msg.drafted, msg.edited, msg.aside
		v.setText(msg.text)
		v.keep.stored, v.keep.base = msg.text, msg.stored
		if v.unsigned && v.err == "" && !v.asking {
			return v.askName()
		}
	case nameSavedMsg:
		return v.nameSaved(msg)
	case messageSavedMsg:
		return v.saved(msg)
	case asideReadMsg:
		return v.asideRead(msg)
	case asideDroppedMsg:
		return v.asideDropped(msg)
	case kit.EditorDoneMsg:
		if msg.Err != nil {
			return v.sh.SetStatus(journal.ErrorMessage(msg.Err), true)
		}
		v.stopEditing()
		v.keep.began = v.edited
		v.setText(safetext.Text(msg.Text))
		return v.saveEdit()
	case kit.AutosaveMsg:
		return v.autosave(msg)
	case kit.ClashReadMsg:
		v.keep.warning.Read(msg)
	case tea.WindowSizeMsg:
		v.resize()
	}
	return nil
}

func (v *messageView) setText(s string) {
	v.text = s
	v.area.SetValue(s)
	v.layoutText()
}

// handleKey acts on the message: copy, edit, mark done, leave.
func (v *messageView) handleKey(k tea.KeyPressMsg, p *Page) tea.Cmd {
	keys := v.sh.Keys.FollowUps
	if v.asking {
		return v.nameKey(k)
	}
	if v.editing && v.keep.clash {
		if cmd, done := v.clashKey(k); done {
			return cmd
		}
	}
	if v.editing {
		switch {
		case key.Matches(k, keys.Cancel):
			v.text = v.area.Value()
			v.stopEditing()
			v.layoutText()
			return v.saveEdit()
		case key.Matches(k, keys.Editor):
			return kit.OpenEditor(v.area.Value())
		default:
			return v.editInput(k)
		}
	}
	switch {
	case key.Matches(k, keys.Back):
		p.mode, p.message = agendaListing, nil
	case !v.loaded || v.err != "":
		return nil
	case key.Matches(k, keys.Copy):
		return tea.Batch(tea.SetClipboard(v.text), v.sh.SetStatus("Copied to the clipboard (if your terminal allows it)."+v.slotsNote(), false))
	case key.Matches(k, keys.CopyDone):
		return tea.Batch(tea.SetClipboard(v.text), v.copiedAndDone(p))
	case key.Matches(k, keys.Reset):
		return v.reset()
	case key.Matches(k, keys.UseAside) && v.aside != "":
		return v.useAside()
	case key.Matches(k, keys.DropAside) && v.aside != "":
		return v.dropAside(v.aside, "Your version kept aside was dropped; the message stays as it is.",
			"Not dropped: what is kept aside changed in another debrief meanwhile. It is shown as it stands now.")
	case key.Matches(k, keys.Edit) && !v.resetting:
		v.editing, v.keep.began = true, v.edited
		v.area.SetValue(v.text)
		v.area.Focus()
		return nil
	case key.Matches(k, keys.Editor):
		return kit.OpenEditor(v.text)
	case key.Matches(k, keys.Done):
		return p.mark(v.item, journal.FollowUpDone, journal.Date{}, "")
	default:
		kit.ScrollView(&v.view, v.sh.Keys.Scroll, k)
	}
	return nil
}

func (v *messageView) width() int { return max(20, min(v.sh.Width-2, 100)) }

func (v *messageView) resize() {
	w := v.width()
	h := max(3, v.sh.Height-7)
	v.area.SetWidth(w)
	v.area.SetHeight(h)
	v.view.SetWidth(w)
	v.view.SetHeight(h)
	v.layoutText()
}

func (v *messageView) layoutText() {
	v.view.SetContent(ansi.Wrap(v.text, v.width(), ""))
}

// View draws the message with what it is for above it.
func (v *messageView) View() string {
	st := v.sh.Styles
	width := v.width()
	it := v.item
	iv := journal.Interview{Company: it.Company, Role: it.Role}
	var b strings.Builder
	ref := followUpRefText(it.InterviewID, it.FollowUp.ID)
	if v.edited {
		ref = st.Accent.Render("edited") + st.Faint.Render(" · "+ref)
	} else {
		ref = st.Faint.Render(ref)
	}
	b.WriteString(agendaSplit(st.Title.Render(kit.Truncate(it.FollowUp.Kind.Label()+" · "+safetext.Line(iv.Title()), width-28)),
		ref, width) + "\n")
	b.WriteString(st.Subtle.Render(kit.Truncate(it.FollowUp.Kind.Why(), width)) + "\n")
	switch {
	case v.asking:
		b.WriteString(v.nameView(width))
	case v.unsigned:
		b.WriteString(st.Warning.Render(ansi.Wrap("! Signed "+journal.PlaceholderName+`: set your name with debrief config set name "Your Name".`, width, "")) + "\n")
	}
	if v.warn != "" {
		b.WriteString(st.Warning.Render(ansi.Wrap("! "+v.warn, width, "")) + "\n")
	}
	if note := v.asideNote(); note != "" {
		b.WriteString(st.Warning.Render(ansi.Wrap("! "+note, width, "")) + "\n")
	}
	if slots := v.unfilled(); len(slots) > 0 && !v.editing {
		b.WriteString(st.Warning.Render(ansi.Wrap("! Fill in: "+strings.Join(slots, ", "), width, "")) + "\n")
	}
	b.WriteString(st.Faint.Render(strings.Repeat("─", width)) + "\n")
	switch {
	case v.err != "":
		b.WriteString(st.Error.Render("✗ "+v.err) + "\n")
	case !v.loaded:
		b.WriteString(st.Faint.Render("Drafting…") + "\n")
	case v.editing:
		note := v.clashNote()
		if note != "" {
			note = st.Warning.Render(ansi.Wrap("! "+note, width, "")) + "\n"
		}
		// The box gives up the lines of its note, so the keys stay in view.
		v.area.SetHeight(max(3, v.sh.Height-7-lipgloss.Height(note)+1))
		b.WriteString(v.area.View() + "\n" + note)
	default:
		v.view.SetHeight(max(1, v.sh.Height-lipgloss.Height(b.String())-lipgloss.Height(v.footer(width))-1))
		b.WriteString(v.view.View() + "\n")
	}
	return kit.LayoutBody(b.String(), v.footer(width), v.sh.Height)
}

func (v *messageView) footer(width int) string {
	k := v.sh.Keys.FollowUps
	// The footer names the keys briefly, to fit 80 columns; ? has them
	// in full.
	bindings := []key.Binding{k.Copy, kit.Relabel(k.CopyDone, "copy & done"), kit.Relabel(k.Edit, "edit"), k.Editor, k.Done}
	if v.edited {
		bindings = append(bindings, kit.Relabel(k.Reset, "reset"))
	}
	if v.aside != "" {
		// The choice the note above asks for comes first, to stay in view.
		bindings = append([]key.Binding{kit.Relabel(k.UseAside, "use yours"), kit.Relabel(k.DropAside, "drop yours")}, bindings...)
	}
	bindings = append(bindings, k.Back)
	if v.asking {
		bindings = []key.Binding{k.SaveName, k.SkipName}
	}
	if v.editing {
		bindings = []key.Binding{k.Editor, key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "stop editing"))}
		if v.keep.clash {
			bindings = []key.Binding{k.SaveOver, key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "keep theirs"))}
		}
	}
	return kit.KeysFooter(v.sh, bindings, width)
}
