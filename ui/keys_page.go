package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// keyedPage is a screen whose ? page the root draws: keyGroups returns its
// keys, or nil while the screen takes typed text, where ? is a character.
type keyedPage interface {
	keyGroups() []keyGroup
}

// keysPageKey opens a keyed screen's ? page on ?, and closes it on the next
// key but quit. It reports whether it took the key.
func (m *Model) keysPageKey(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || m.page == nil || m.screen == screenReflect || key.Matches(k, m.sh.keys.Global.Quit) {
		return false
	}
	if m.showKeys {
		m.showKeys = false
		return true
	}
	p, ok := m.page.(keyedPage)
	if ok && key.Matches(k, m.sh.keys.Global.Help) && p.keyGroups() != nil {
		m.showKeys = true
		return true
	}
	return false
}

// keysPageView draws the ? page of the keyed screen showing.
func (m *Model) keysPageView() string {
	p, _ := m.page.(keyedPage)
	width := max(20, min(m.sh.width-2, 100))
	title := m.sh.styles.Title.Render("debrief") + m.sh.styles.Subtle.Render(" · keys") + "\n\n"
	var groups []keyGroup
	if p != nil {
		groups = p.keyGroups()
	}
	return layoutBody(title+keysPage(m.sh, width, groups...), keysPageFooter(m.sh), m.sh.height)
}

func (p *patternsPage) keyGroups() []keyGroup {
	k := p.sh.keys.Patterns
	return []keyGroup{scrollGroup(p.sh), {"Leaving", []key.Binding{k.Back, k.Quit}}}
}

func (p *agendaPage) keyGroups() []keyGroup {
	k := p.sh.keys.FollowUps
	switch {
	case p.mode == agendaListing:
		return []keyGroup{scrollGroup(p.sh),
			{"The selected follow-up", []key.Binding{k.Open, k.Done, k.Snooze, k.Skip, k.Undo}},
			{"Leaving", []key.Binding{k.Back, k.Quit}}}
	case p.mode == agendaReading && p.message != nil && !p.message.editing && !p.message.asking:
		return []keyGroup{scrollGroup(p.sh),
			{"The message", []key.Binding{k.Copy, k.Edit, k.Editor, k.Done, k.Back}}}
	}
	return nil // typing
}

func (p *glancePage) keyGroups() []keyGroup {
	k := p.sh.keys.Review
	return []keyGroup{scrollGroup(p.sh),
		{"The week", []key.Binding{k.Start, k.Done, k.List, k.Back, k.Quit}}}
}

func (p *reviewListPage) keyGroups() []keyGroup {
	k := p.sh.keys.Review
	return []keyGroup{scrollGroup(p.sh), {"Reviews", []key.Binding{k.Open, k.Back, k.Quit}}}
}

func (p *reviewPage) keyGroups() []keyGroup {
	k := p.sh.keys.Review
	return []keyGroup{scrollGroup(p.sh), {"Leaving", []key.Binding{k.Back, k.Quit}}}
}
