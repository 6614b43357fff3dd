package list

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/query"

	"github.com/debrief-journal/debrief/ui/kit"
)

func (p *Page) handleKey(k tea.KeyPressMsg) tea.Cmd {
	switch p.mode {
	case modeTyping:
		return p.typingKey(k)
	case modeConfirm:
		return p.confirmKey(k)
	case modeTagging:
		return p.taggingKey(k)
	}
	keys := p.sh.Keys.Browse
	if p.showHelp {
		p.showHelp = false
		if key.Matches(k, keys.Help) || key.Matches(k, keys.Back) {
			return nil
		}
	}
	if cmd, ok := p.moveKey(k); ok {
		return cmd
	}
	switch {
	case key.Matches(k, keys.Filter):
		p.mode = modeTyping
		return p.input.Focus()
	case key.Matches(k, keys.Open):
		if id := p.selectedID(); id != 0 {
			return p.sh.Navigate(kit.ScreenDetail, id)
		}
	case key.Matches(k, keys.Sort):
		return p.toggleSort()
	case key.Matches(k, keys.Tag):
		if p.selectedID() != 0 {
			p.mode = modeTagging
			p.tags.Reset()
			return p.tags.Focus()
		}
	case key.Matches(k, keys.Edit):
		if id := p.selectedID(); id != 0 {
			return kit.EditInterview(p.sh, id, -1)
		}
	case key.Matches(k, keys.Delete):
		if p.selectedID() != 0 {
			p.mode = modeConfirm
		}
	case key.Matches(k, keys.Undo):
		return kit.Undo()
	case key.Matches(k, keys.Help):
		p.showHelp = true
	case key.Matches(k, keys.Back):
		if p.input.Value() != "" {
			p.input.SetValue("")
			return p.queryChanged()
		}
		return p.leave()
	case key.Matches(k, keys.Quit):
		return tea.Quit
	}
	return nil
}

// leave goes home, or quits when the app was opened on the list.
func (p *Page) leave() tea.Cmd {
	if p.quitOnLeave {
		return tea.Quit
	}
	// Back where the list was opened from: home, or patterns, whose theme
	// opened it filtered.
	return p.sh.Back()
}

// moveKey handles the keys that move the selection, in every mode that
// shows the rows.
func (p *Page) moveKey(k tea.KeyPressMsg) (tea.Cmd, bool) {
	keys := p.sh.Keys.Browse
	n := p.matchCount()
	page := max(1, p.rowsShown()-1)
	typing := p.mode == modeTyping
	switch {
	case typing && (k.String() == "up" || k.String() == "ctrl+p"), !typing && key.Matches(k, keys.Up):
		p.cursor--
	case typing && (k.String() == "down" || k.String() == "ctrl+n"), !typing && key.Matches(k, keys.Down):
		p.cursor++
	case typing && k.String() == "pgup", !typing && key.Matches(k, keys.PageUp):
		p.cursor -= page
	case typing && k.String() == "pgdown", !typing && key.Matches(k, keys.PageDn):
		p.cursor += page
	case !typing && key.Matches(k, keys.Top):
		p.cursor = 0
	case !typing && key.Matches(k, keys.Bottom):
		p.cursor = n - 1
	default:
		return nil, false
	}
	p.clampCursor()
	return p.previewCmd(), true
}

func (p *Page) typingKey(k tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := p.moveKey(k); ok {
		return cmd
	}
	switch k.String() {
	case "enter":
		p.mode = modeNormal
		p.input.Blur()
		if id := p.selectedID(); id != 0 {
			return p.sh.Navigate(kit.ScreenDetail, id)
		}
		return nil
	case "esc", "tab":
		p.mode = modeNormal
		p.input.Blur()
		return nil
	case "ctrl+c":
		return tea.Quit
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(k)
	return tea.Batch(cmd, p.queryChanged())
}

// pasteFilter adds pasted text to the filter, on one line and cleaned of
// what a terminal could act on, or says why it did not: the filter holds
// a few hundred characters, and nothing is pasted in part.
func (p *Page) pasteFilter(msg tea.PasteMsg) tea.Cmd {
	pasted, _ := kit.CleanInput(msg).(tea.PasteMsg)
	text := strings.Join(strings.Fields(pasted.Content), " ")
	if utf8.RuneCountInString(p.input.Value()+text) > p.input.CharLimit {
		return p.sh.SetStatus(fmt.Sprintf("Not pasted: the filter holds %d characters.", p.input.CharLimit), true)
	}
	var cmd tea.Cmd
	p.input, cmd = p.input.Update(tea.PasteMsg{Content: text})
	return tea.Batch(cmd, p.queryChanged())
}

// queryChanged filters by what the input holds and goes back to the top.
func (p *Page) queryChanged() tea.Cmd {
	if p.list == nil || p.list.raw == p.input.Value() {
		return nil
	}
	p.list.setQuery(p.input.Value())
	p.cursor, p.offset = 0, 0
	return p.previewCmd()
}

func (p *Page) toggleSort() tea.Cmd {
	if p.list == nil {
		return nil
	}
	id := p.selectedID()
	next := query.SortByCompany
	if p.list.order == query.SortByCompany {
		next = query.SortByDate
	}
	p.list.setOrder(next)
	p.selectByID(id)
	return p.sh.SetStatus("Sorted by "+next.String()+".", false)
}

func (p *Page) confirmKey(k tea.KeyPressMsg) tea.Cmd {
	p.mode = modeNormal
	if k.String() != "y" && k.String() != "Y" {
		return p.sh.SetStatus("Kept.", false)
	}
	return kit.DeleteInterview(p.sh.Journal, p.selectedID())
}

func (p *Page) taggingKey(k tea.KeyPressMsg) tea.Cmd {
	switch k.String() {
	case "enter":
		p.mode = modeNormal
		p.tags.Blur()
		return kit.AddTags(p.sh.Journal, p.selectedID(), kit.SplitTags(p.tags.Value()))
	case "esc", "ctrl+c":
		p.mode = modeNormal
		p.tags.Blur()
		return nil
	}
	var cmd tea.Cmd
	p.tags, cmd = p.tags.Update(k)
	return cmd
}

// changed follows a saved, deleted or restored interview (the shared state
// was already brought up to date by the root).
func (p *Page) changed(msg kit.InterviewChangedMsg) tea.Cmd {
	if msg.Err == nil && msg.Kind != kit.ChangeDeleted {
		p.selectByID(msg.Interview.ID)
	}
	p.clampCursor()
	return p.previewCmd()
}
