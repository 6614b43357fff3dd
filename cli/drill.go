package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/ui"
)

func newDrillCmd(env Env) *cobra.Command {
	var plain, asJSON, all bool
	var theme string
	cmd := &cobra.Command{
		Use:   "drill",
		Short: "Practise the curveballs you wish you had answered better",
		Long: `Every curveball you gave a better answer for is a practice card: its
question, and the answer you wish you had given. Practise a card by
answering aloud, then compare with your better answer and grade how it
went: again, hard, good or easy. Cards come back on the FSRS-5 schedule,
just before you would forget them: soon when it went badly, weeks or
months later when it went well.

On a terminal it opens a drill session of the cards due (of one theme
with --theme). Without a terminal, or with --plain, it lists the cards due today (--all
for every card) with the day each is next due; --json prints them for
tools. --theme keeps the cards of one theme (a tag of the curveball, or a
word of its question). The subcommands grade, sharpen and set cards aside.`,
		Example: `  debrief drill --plain
  debrief drill --all --json
  debrief drill --theme salary --plain
  debrief drill grade 12/1 good
  debrief drill sharpen 12/1 "A range anchored on the market rate, then why I am worth the top of it"
  debrief drill suspend 12/1`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if plain && asJSON {
				return usageError{"choose one of --plain and --json"}
			}
			if !plain && !asJSON && !all && env.interactive() {
				return runApp(cmd, env, ui.Options{Start: ui.StartDrill, DrillTheme: theme})
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			today := todayOf(env)
			cards, err := s.Cards()
			if err != nil {
				return err
			}
			cards = practice.OfTheme(cards, theme)
			if all {
				slices.SortFunc(cards, practice.Compare)
			} else {
				cards = practice.DueCards(cards, today)
			}
			return printCards(env, cards, today, asJSON)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&plain, "plain", false, "print the cards instead of opening the screen")
	f.BoolVar(&asJSON, "json", false, "print the cards as JSON")
	f.BoolVar(&all, "all", false, "every card, not only those due today")
	f.StringVar(&theme, "theme", "", "only the cards of this theme (a tag, or a word of the question)")
	cmd.AddCommand(newDrillGradeCmd(env), newDrillSharpenCmd(env), newDrillSuspendCmd(env, true), newDrillSuspendCmd(env, false))
	return cmd
}

// cardJSON is one card as 'drill --json' prints it.
type cardJSON struct {
	Ref        string   `json:"ref"`
	Interview  uint64   `json:"interview_id"`
	Question   string   `json:"question"`
	Answer     string   `json:"answer"`
	Tags       []string `json:"tags"`
	Due        string   `json:"due"`
	Suspended  bool     `json:"suspended"`
	Reviews    int      `json:"reviews"`
	LastReview string   `json:"last_review,omitempty"`
	Stability  float64  `json:"stability"`
	Difficulty float64  `json:"difficulty"`
}

// printCards prints cards as plain lines or JSON.
func printCards(env Env, cards []journal.Card, today journal.Date, asJSON bool) error {
	if asJSON {
		out := make([]cardJSON, 0, len(cards))
		for _, c := range cards {
			j := cardJSON{Ref: c.Ref(), Interview: c.InterviewID, Question: c.Question, Answer: c.Answer,
				Tags: append([]string{}, c.Tags...), Due: c.Due.String(), Suspended: c.Suspended, Reviews: len(c.Reviews),
				Stability: round2(c.Stability), Difficulty: round2(c.Difficulty)}
			if last := c.LastReview(); !last.IsZero() {
				j.LastReview = last.String()
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(safetext.JSONWriter(env.Stdout))
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			On    string     `json:"on"`
			Cards []cardJSON `json:"cards"`
		}{today.String(), out})
	}
	if len(cards) == 0 {
		_, err := fmt.Fprintln(env.Stdout, "No cards to practise. A curveball you give a better answer for becomes one.")
		return err
	}
	var b strings.Builder
	for _, c := range cards {
		fmt.Fprintf(&b, "%s · %s · %s\n", c.Ref(), cardWhen(c, today), safetext.Line(c.Question))
	}
	_, err := io.WriteString(env.Stdout, b.String())
	return err
}

// cardWhen says when a card is next due.
func cardWhen(c journal.Card, today journal.Date) string {
	switch d := today.DaysUntil(c.Due); {
	case c.Suspended:
		return "set aside"
	case d < 0:
		return "due since " + c.Due.String()
	case d == 0:
		return "due today"
	case d == 1:
		return "due tomorrow"
	default:
		return "due " + c.Due.String()
	}
}

func round2(x float64) float64 { return float64(int64(x*100+0.5)) / 100 }

// parseCardRef reads "12/2": card 2 of interview 12.
func parseCardRef(s string) (uint64, int, error) {
	id, num, ok := journal.ParseCardRef(s)
	if !ok {
		return 0, 0, usageError{strconv.Quote(s) + " does not name a card; write the interview number and the card's, such as 12/1 ('debrief drill --all --plain' lists them)"}
	}
	return id, num, nil
}

// changeCard applies change to a card in one step and says which is
// missing.
func changeCard(cmd *cobra.Command, env Env, ref string, change func(*journal.Card) error) (*journal.Card, error) {
	id, n, err := parseCardRef(ref)
	if err != nil {
		return nil, err
	}
	s, err := openExisting(cmd, env)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	c, err := s.ChangeCard(id, n, change)
	if err == store.ErrNotFound {
		return nil, journal.Errorf(journal.ENotFound, "There is no card %s in this journal; 'debrief drill --all --plain' lists them.", ref)
	}
	return c, err
}

func newDrillGradeCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "grade CARD again|hard|good|easy",
		Short: "Record how a practice of one card went",
		Long: `Records a practice of the card today and schedules it: again (you could not
answer), hard, good or easy. It prints when the card comes back.`,
		Example: "  debrief drill grade 12/1 good",
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			g, err := parseGrade(args[1])
			if err != nil {
				return err
			}
			today := todayOf(env)
			c, err := changeCard(cmd, env, args[0], func(c *journal.Card) error {
				practice.Grade(c, g, today)
				return nil
			})
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, "Graded %s %s: it comes back %s.\n", c.Ref(), g, strings.TrimPrefix(cardWhen(*c, today), "due "))
			return err
		},
	}
}

// parseGrade reads a grade by name or by number, 1 to 4.
func parseGrade(s string) (fsrs.Grade, error) {
	for g := fsrs.Again; g <= fsrs.Easy; g++ {
		if strings.EqualFold(strings.TrimSpace(s), g.String()) || strings.TrimSpace(s) == strconv.Itoa(int(g)) {
			return g, nil
		}
	}
	return 0, usageError{strconv.Quote(s) + " is not a grade; use again, hard, good or easy"}
}

func newDrillSharpenCmd(env Env) *cobra.Command {
	return &cobra.Command{
		Use:   "sharpen CARD ANSWER",
		Short: "Replace a card's better answer with a sharper one",
		Long: `Replaces the answer on the card; the interview keeps what you wrote after it.
An ANSWER of - reads it from standard input.`,
		Example: `  debrief drill sharpen 12/1 "A range anchored on the market rate"
  debrief drill sharpen 12/1 - < answer.txt`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			answer := args[1]
			if answer == "-" {
				data, err := io.ReadAll(io.LimitReader(env.Stdin, journal.MaxTextBytes+1))
				if err != nil {
					return err
				}
				answer = string(data)
			}
			answer = strings.TrimSpace(safetext.Text(answer))
			if answer == "" {
				return journal.Errorf(journal.EInvalid, "The answer is empty; nothing was changed.")
			}
			c, err := changeCard(cmd, env, args[0], func(c *journal.Card) error {
				c.Answer = answer
				return nil
			})
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, "Sharpened the answer of %s.\n", c.Ref())
			return err
		},
	}
}

func newDrillSuspendCmd(env Env, suspend bool) *cobra.Command {
	use, short, done := "suspend CARD", "Set a card aside: it is not due until resumed", "Set aside %s.\n"
	if !suspend {
		use, short, done = "resume CARD", "Bring back a card set aside, due today", "Resumed %s: it is due today.\n"
	}
	return &cobra.Command{
		Use:     use,
		Short:   short,
		Example: "  debrief drill " + strings.Fields(use)[0] + " 12/1",
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			today := todayOf(env)
			c, err := changeCard(cmd, env, args[0], func(c *journal.Card) error {
				c.Suspended = suspend
				if !suspend && c.Due.After(today) {
					c.Due = today
				}
				return nil
			})
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(env.Stdout, done, c.Ref())
			return err
		},
	}
}
