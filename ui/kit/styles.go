package kit

import "charm.land/lipgloss/v2"

// Styles holds every style of the app, built for a dark or a light
// background.
type Styles struct {
	App      lipgloss.Style
	Title    lipgloss.Style
	Subtle   lipgloss.Style
	Faint    lipgloss.Style
	Accent   lipgloss.Style
	Selected lipgloss.Style
	Heading  lipgloss.Style
	Error    lipgloss.Style
	Success  lipgloss.Style
	Warning  lipgloss.Style
	Box      lipgloss.Style
	Prompt   PromptStyles
	Bar      BarStyles
}

// PromptStyles draw one step of a guided flow.
type PromptStyles struct {
	Progress lipgloss.Style
	Title    lipgloss.Style
	Hint     lipgloss.Style
	Sub      lipgloss.Style
	Rating   lipgloss.Style
	Unrated  lipgloss.Style
}

// BarStyles draw the progress bar.
type BarStyles struct {
	Done lipgloss.Style
	Todo lipgloss.Style
}

// NewStyles returns the styles for a dark or a light background.
func NewStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	accent := ld(lipgloss.Color("#5A3FC0"), lipgloss.Color("#A78BFA"))
	subtle := ld(lipgloss.Color("#5C5C66"), lipgloss.Color("#A1A1AA"))
	faint := ld(lipgloss.Color("#8A8A94"), lipgloss.Color("#71717A"))
	text := ld(lipgloss.Color("#1F1F24"), lipgloss.Color("#E4E4E7"))
	red := ld(lipgloss.Color("#B42318"), lipgloss.Color("#F87171"))
	green := ld(lipgloss.Color("#067647"), lipgloss.Color("#4ADE80"))
	amber := ld(lipgloss.Color("#B54708"), lipgloss.Color("#FBBF24"))
	return Styles{
		App:      lipgloss.NewStyle().Padding(0, 1),
		Title:    lipgloss.NewStyle().Bold(true).Foreground(accent),
		Subtle:   lipgloss.NewStyle().Foreground(subtle),
		Faint:    lipgloss.NewStyle().Foreground(faint),
		Accent:   lipgloss.NewStyle().Foreground(accent),
		Selected: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Heading:  lipgloss.NewStyle().Bold(true).Foreground(text),
		Error:    lipgloss.NewStyle().Foreground(red),
		Success:  lipgloss.NewStyle().Foreground(green),
		Warning:  lipgloss.NewStyle().Foreground(amber),
		Box:      lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(faint).Padding(0, 1),
		Prompt: PromptStyles{
			Progress: lipgloss.NewStyle().Foreground(subtle),
			Title:    lipgloss.NewStyle().Bold(true).Foreground(text),
			Hint:     lipgloss.NewStyle().Foreground(subtle).Italic(true),
			Sub:      lipgloss.NewStyle().Foreground(accent),
			Rating:   lipgloss.NewStyle().Foreground(accent).Bold(true),
			Unrated:  lipgloss.NewStyle().Foreground(faint),
		},
		Bar: BarStyles{
			Done: lipgloss.NewStyle().Foreground(accent),
			Todo: lipgloss.NewStyle().Foreground(faint),
		},
	}
}

// PlainStyles returns styles that add nothing, for plain text output.
func PlainStyles() Styles { return Styles{} }
