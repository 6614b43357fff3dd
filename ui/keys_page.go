package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/ui/kit"
)

// keyedPage is a screen whose ? page the root draws: keyGroups returns its
// keys, or nil while the screen takes typed text, where ? is a character.
type keyedPage interface {
	keyGroups() []kit.KeyGroup
}

// keysPageKey opens a keyed screen's ? page on ?, and closes it on the next
// key but quit. It reports whether it took the key.
func (m *Model) keysPageKey(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || m.page == nil || m.screen == screenReflect || key.Matches(k, m.sh.Keys.Global.Quit) {
		return false
	}
	if m.showKeys {
		m.showKeys = false
		return true
	}
	p, ok := m.page.(keyedPage)
	if ok && key.Matches(k, m.sh.Keys.Global.Help) && p.keyGroups() != nil {
		m.showKeys = true
		return true
	}
	return false
}

// keysPageView draws the ? page of the keyed screen showing.
func (m *Model) keysPageView() string {
	p, _ := m.page.(keyedPage)
	width := max(20, min(m.sh.Width-2, 100))
	title := m.sh.Styles.Title.Render("debrief") + m.sh.Styles.Subtle.Render(" · keys") + "\n\n"
	var groups []kit.KeyGroup
	if p != nil {
		groups = p.keyGroups()
	}
	return kit.LayoutBody(title+kit.KeysPage(m.sh, width, groups...), kit.KeysPageFooter(m.sh), m.sh.Height)
}

func (p *patternsPage) keyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Patterns
	return []kit.KeyGroup{kit.ScrollGroup(p.sh), {Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}}}
}

func (p *agendaPage) keyGroups() []kit.KeyGroup {
	k := p.sh.Keys.FollowUps
	switch {
	case p.mode == agendaListing:
		return []kit.KeyGroup{kit.ScrollGroup(p.sh),
			{Title: "The selected follow-up", Keys: []key.Binding{k.Open, k.Done, k.Snooze, k.Skip, k.Undo}},
			{Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}}}
	case p.mode == agendaReading && p.message != nil && !p.message.editing && !p.message.asking:
		return []kit.KeyGroup{kit.ScrollGroup(p.sh),
			{Title: "The message", Keys: []key.Binding{k.Copy, k.Edit, k.Editor, k.Done, k.Back}}}
	}
	return nil // typing
}

func (p *glancePage) keyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Review
	return []kit.KeyGroup{kit.ScrollGroup(p.sh),
		{Title: "The week", Keys: []key.Binding{k.Start, k.Done, k.List, k.Back, k.Quit}}}
}

func (p *reviewListPage) keyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Review
	return []kit.KeyGroup{kit.ScrollGroup(p.sh), {Title: "Reviews", Keys: []key.Binding{k.Open, k.Back, k.Quit}}}
}

func (p *reviewPage) keyGroups() []kit.KeyGroup {
	k := p.sh.Keys.Review
	return []kit.KeyGroup{kit.ScrollGroup(p.sh), {Title: "Leaving", Keys: []key.Binding{k.Back, k.Quit}}}
}
