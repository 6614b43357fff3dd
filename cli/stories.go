package cli

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/ui"
)

func newStoriesCmd(env Env) *cobra.Command {
	var plain, asJSON bool
	cmd := &cobra.Command{
		Use:   "stories",
		Short: "Your story bank: the stories you tell, and the themes that have none",
		Long: `Keeps your stories in the shape interviewers listen for: the situation, the
task, what you did, the result, and what it shows about you. Start one from
the stories you noted you left out of an interview (stories from ID), or
write one fresh (stories add). Link a story to the themes and curveballs it
answers, so you choose it on purpose next time.

It lists the stories, says which recurring themes of your curveballs have
no story yet, and warns when one story answers several questions of the
same interview (a panel remembers a story told twice). On a terminal it
opens the story bank, where stories are written, edited and deleted;
--plain prints it and --json prints the stories for tools.`,
		Example: `  debrief stories --plain
  debrief stories from 12
  debrief stories add "The outage" --situation "Payments down on Black Friday" --theme pressure --card 12/1
  debrief stories delete 3`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if plain && asJSON {
				return usageError{"choose one of --plain and --json"}
			}
			if !plain && !asJSON && env.interactive() {
				return runApp(cmd, env, ui.Options{Start: ui.StartStories})
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			stories, err := s.Stories()
			if err != nil {
				return err
			}
			themes, err := recurringThemes(s, env)
			if err != nil {
				return err
			}
			var names []string
			for _, t := range themes {
				names = append(names, t.Name)
			}
			return printStories(env, stories, practice.ThemesWithoutStory(names, stories), asJSON)
		},
	}
	cmd.Flags().BoolVar(&plain, "plain", false, "print the stories instead of opening the screen")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the stories as JSON")
	cmd.AddCommand(newStoriesAddCmd(env), newStoriesFromCmd(env), newStoriesDeleteCmd(env))
	return cmd
}

// printStories prints the story bank, its gaps and its overused stories.
func printStories(env Env, stories []journal.Story, gaps []string, asJSON bool) error {
	if asJSON {
		if stories == nil {
			stories = []journal.Story{}
		}
		enc := json.NewEncoder(safetext.JSONWriter(env.Stdout))
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Stories         []journal.Story `json:"stories"`
			ThemesWithout   []string        `json:"themes_without_story"`
			OverusedStories []overusedJSON  `json:"told_twice"`
		}{stories, append([]string{}, gaps...), overusedOf(stories)})
	}
	var b strings.Builder
	if len(stories) == 0 {
		b.WriteString("No stories yet. 'debrief stories from ID' starts them from the stories you noted you left out of an interview.\n")
	}
	for _, st := range stories {
		shape := "complete"
		if !st.Complete() {
			shape = "unfinished"
		}
		fmt.Fprintf(&b, "%d · %s (%s)", st.ID, safetext.Line(st.Title), shape)
		if len(st.Themes) > 0 {
			fmt.Fprintf(&b, " · themes: %s", safetext.Line(strings.Join(st.Themes, ", ")))
		}
		if len(st.Cards) > 0 {
			fmt.Fprintf(&b, " · answers %s", safetext.Line(strings.Join(st.Cards, ", ")))
		}
		b.WriteString("\n")
	}
	if len(gaps) > 0 {
		fmt.Fprintf(&b, "\nThemes of your curveballs with no story yet: %s\n", safetext.Line(strings.Join(gaps, ", ")))
	}
	for _, o := range practice.OverusedStories(stories) {
		fmt.Fprintf(&b, "\nWarning: %q answers %s, all in interview %s; one story told twice is all a panel remembers.\n",
			safetext.Line(o.Story.Title), strings.Join(o.Cards, " and "), o.InterviewID)
	}
	_, err := fmt.Fprint(env.Stdout, b.String())
	return err
}

type overusedJSON struct {
	Story     uint64   `json:"story"`
	Interview string   `json:"interview"`
	Cards     []string `json:"cards"`
}

func overusedOf(stories []journal.Story) []overusedJSON {
	out := []overusedJSON{}
	for _, o := range practice.OverusedStories(stories) {
		out = append(out, overusedJSON{Story: o.Story.ID, Interview: o.InterviewID, Cards: o.Cards})
	}
	return out
}

func newStoriesAddCmd(env Env) *cobra.Command {
	var st journal.Story
	cmd := &cobra.Command{
		Use:   "add TITLE",
		Short: "Write a new story",
		Example: `  debrief stories add "The outage" --situation "Payments down on Black Friday" \
    --task "Get them back" --action "Rolled back and split the deploy" \
    --result "Back in 40 minutes" --shows "I stay calm and act" --theme pressure --card 12/1`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st.Title = args[0]
			for i, ref := range st.Cards {
				id, n, err := parseCardRef(ref)
				if err != nil {
					return err
				}
				st.Cards[i] = journal.Card{InterviewID: id, Number: n}.Ref()
			}
			cleanStory(&st)
			s, err := openWriting(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			if err := s.SaveStory(&st); err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, "Saved story %d.\n", st.ID)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&st.Situation, "situation", "", "where and when it happened")
	f.StringVar(&st.Task, "task", "", "what you had to do")
	f.StringVar(&st.Action, "action", "", "what you did")
	f.StringVar(&st.Result, "result", "", "how it turned out, in numbers where you can")
	f.StringVar(&st.Shows, "shows", "", "what it shows about you")
	f.StringSliceVar(&st.Themes, "theme", nil, "a theme it answers (repeat, or separate with commas)")
	f.StringSliceVar(&st.Cards, "card", nil, "a curveball it answers, as a card such as 12/1 (repeat)")
	return cmd
}

// cleanStory makes what was typed safe to keep: no terminal controls, no
// surrounding space, no empty themes, each theme once.
func cleanStory(st *journal.Story) {
	for _, p := range []*string{&st.Title, &st.Situation, &st.Task, &st.Action, &st.Result, &st.Shows} {
		*p = strings.TrimSpace(safetext.Text(*p))
	}
	for i, t := range st.Themes {
		st.Themes[i] = safetext.Line(t)
	}
	st.Themes = journal.UniqueThemes(st.Themes)
}

func newStoriesFromCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "from ID",
		Short: "Start stories from the ones you noted you left out of an interview",
		Long: `Makes an unfinished story of each "story you should have told" you noted for
the interview, titled with what you wrote, ready to be filled in. A story
already started from the same note is not made twice.`,
		Example: "  debrief stories from 12",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseInterviewNumber(args[0])
			if err != nil {
				return err
			}
			s, err := openExisting(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			iv, err := interviewByNumber(s, id)
			if err != nil {
				return err
			}
			n, _, err := practice.StartLeftOut(s.SaveStory, practice.LeftOutOf(iv))
			if err != nil {
				return err
			}
			if n == 0 {
				_, err = fmt.Fprintf(env.Stdout, "Interview %d has no left-out stories that are not in your bank already.\n", id)
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, "Started %d %s from interview %d; fill them in with 'debrief stories'.\n", n, plural(n, "story", "stories"), id)
			return err
		},
	}
}

func newStoriesDeleteCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:     "delete STORY",
		Short:   "Remove a story from the bank",
		Example: "  debrief stories delete 3",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := strconv.ParseUint(strings.TrimSpace(args[0]), 10, 64)
			if err != nil || id == 0 {
				return usageError{strconv.Quote(args[0]) + " is not a story number"}
			}
			s, err := openExisting(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			old, err := s.DeleteStory(id)
			if err == store.ErrNotFound {
				return journal.Errorf(journal.ENotFound, "There is no story %d in this journal.", id)
			}
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, "Removed story %d, %q.\n", id, safetext.Line(old.Title))
			return err
		},
	}
}
