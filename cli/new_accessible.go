package cli

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
	"github.com/debrief-journal/debrief/ui"
)

// errInputEnded is returned when stdin ends before the last prompt.
var errInputEnded = &journal.Error{Code: journal.EInvalid, Message: "The input ended before the last prompt. Your answers so far are kept as a draft; run 'debrief new' to resume."}

// runAccessible asks the reflection as plain line prompts, saving the draft
// after every answer.
func runAccessible(cmd *cobra.Command, env Env, prefill journal.Interview, yes bool) error {
	set, _, err := loadPrompts()
	if err != nil {
		return err
	}
	s, err := openWriting(cmd, env)
	if err != nil {
		return err
	}
	defer s.Close()
	a := &accessibleFlow{in: bufio.NewReader(env.Stdin), out: env.Stdout, store: s, set: set, today: journal.DateOf(env.Now()),
		yes: yes, terminal: env.IsTerminal(env.Stdin)}
	if err := a.checkDateFlag(&prefill); err != nil {
		return err
	}
	a.draft = journal.Draft{Kind: journal.DraftInterview, Interview: prefill, Total: len(set.Prompts)}
	if err := a.offerResume(); err != nil {
		return err
	}
	fmt.Fprintln(a.out, "Reflection after an interview. Press enter to skip a prompt. Every answer is saved as you go.")
	for a.step = a.draft.Step; a.step < len(set.Prompts); a.step++ {
		if err := a.ask(set.Prompts[a.step]); err != nil {
			if err == errInputEnded && a.draft.Interview.ID == 0 && ui.NothingAnswered(&a.draft.Interview) {
				return a.endedBlank()
			}
			return err
		}
		a.draft.Step = a.step + 1
		if err := a.save(); err != nil {
			return err
		}
	}
	if a.draft.Interview.ID == 0 && ui.NothingAnswered(&a.draft.Interview) {
		return a.discardBlank()
	}
	iv := a.completed(&a.draft.Interview)
	if err := s.FinishDraft(a.draft.ID, &iv); err != nil {
		return err
	}
	fmt.Fprintf(a.out, "\nSaved: %s, %s (interview %d).\n", safetext.Line(iv.Title()), iv.Date, iv.ID)
	switch a.elsewhere {
	case journal.KeptAsCopyGone:
		fmt.Fprintln(a.out, "This reflection had also been saved from another window: check the list for a second copy.")
	case journal.KeptAsCopyTaken:
		fmt.Fprintln(a.out, "This reflection is still open as a draft in another debrief window: finishing it there too would save a second copy.")
	}
	fmt.Fprintln(a.out, "Next: send a short thank-you note today.")
	return nil
}

type accessibleFlow struct {
	in    *bufio.Reader
	out   io.Writer
	store *store.Store
	set   prompts.Set
	draft journal.Draft
	step  int
	today journal.Date
	// yes keeps an interview date after today without asking (--yes);
	// terminal is set when a person can be asked instead.
	yes      bool
	terminal bool
	// elsewhere is set once a save found the draft taken over or finished
	// elsewhere and kept the answers as a new draft.
	elsewhere journal.DraftKept
}

// offerResume offers the most recent unfinished reflection.
func (a *accessibleFlow) offerResume() error {
	drafts, err := a.store.Drafts()
	if err != nil || len(drafts) == 0 {
		return err
	}
	d := drafts[0]
	if d.Kind != journal.DraftInterview {
		return nil
	}
	line, err := a.readLine(fmt.Sprintf("You have an unfinished reflection: %s. Resume it? [Y/n] ", safetext.Line(d.Label())))
	if err != nil {
		return err
	}
	if l := strings.ToLower(line); l == "" || strings.HasPrefix(l, "y") {
		// Claimed, so that no debrief in another terminal types into it
		// at the same time; refused while one has it open.
		held, err := a.store.ClaimDraft(d.ID)
		if err != nil {
			return err
		}
		a.draft = *held
	}
	return nil
}

func (a *accessibleFlow) save() error {
	a.draft.Answered = 0
	for _, p := range a.set.Prompts {
		if !a.draft.Interview.Get(fieldOf(p)).IsEmpty() {
			a.draft.Answered++
		}
	}
	a.draft.Total = len(a.set.Prompts)
	kept, err := a.store.KeepDraft(&a.draft, false)
	if err != nil || kept == journal.KeptInPlace {
		return err
	}
	// The draft was taken over or finished in another debrief (this one
	// was thought gone): the answers went to a new draft.
	a.elsewhere = kept
	fmt.Fprintln(a.out, "This reflection was opened, saved or discarded in another debrief window meanwhile: your answers here are now kept as a separate draft.")
	return nil
}

func fieldOf(p prompts.Prompt) string {
	if p.Field != "" {
		return p.Field
	}
	return p.ID
}

// ask asks one prompt until it gets an acceptable answer or a skip.
func (a *accessibleFlow) ask(p prompts.Prompt) error {
	fmt.Fprintf(a.out, "\n(%d/%d) %s\n", a.step+1, len(a.set.Prompts), safetext.Line(p.Title))
	if p.Hint != "" {
		fmt.Fprintln(a.out, safetext.Line(p.Hint))
	}
	iv := &a.draft.Interview
	field := fieldOf(p)
	switch p.Kind {
	case journal.KindCurveballs:
		return a.askCurveballs()
	case journal.KindList, journal.KindPeople:
		if p.Kind == journal.KindPeople {
			fmt.Fprintln(a.out, "One person per line: name, title, how to reach them. An empty line ends.")
		} else {
			fmt.Fprintln(a.out, "One item per line. An empty line ends.")
		}
		for {
			items, err := a.readLines()
			if err != nil || len(items) == 0 {
				return err
			}
			err = checkItems(field, p.Title, items)
			if err == nil {
				err = a.setAnswer(field, p.Title, listValue(p.Kind, items))
			}
			if err == nil {
				return nil
			}
			fmt.Fprintln(a.out, journal.ErrorMessage(err)+" Try again, or press enter to skip.")
		}
	}
	for {
		prompt := "> "
		switch p.Kind {
		case journal.KindRating:
			prompt = ratingPrompt(p)
		case journal.KindDate:
			if p.Default == "today" {
				prompt = "YYYY-MM-DD [" + a.today.String() + "] > "
			} else {
				prompt = "YYYY-MM-DD > "
			}
		case journal.KindChoice:
			opts := choiceOptions(p)
			for i, o := range opts {
				fmt.Fprintf(a.out, "  %d. %s\n", i+1, o)
			}
			prompt = "number or name > "
		}
		line, err := a.readLine(prompt)
		if err != nil {
			return err
		}
		if line == "" && p.Kind == journal.KindDate && p.Default == "today" && iv.Get(field).Text == "" {
			line = a.today.String()
		}
		if line == "" {
			return nil
		}
		perr := ui.CheckAnswerLength(field, p.Title, line)
		var v journal.Value
		if perr == nil {
			v, perr = parseLineAnswer(p, line)
		}
		if perr == nil && field == "date" {
			if perr = a.keepDate(v.Text); perr == errInputEnded {
				return perr
			}
		}
		if perr == nil {
			perr = a.setAnswer(field, p.Title, v)
		}
		if perr == nil {
			return nil
		}
		fmt.Fprintln(a.out, journal.ErrorMessage(perr)+" Try again, or press enter to skip.")
	}
}

func (a *accessibleFlow) askCurveballs() error {
	fmt.Fprintln(a.out, "One curveball at a time. An empty question ends.")
	// A resumed reflection goes on from the curveballs it already has.
	for i := len(a.draft.Interview.Curveballs) + 1; ; i++ {
		q, err := a.readPart(fmt.Sprintf("Curveball %d, the question > ", i), "The question")
		if err != nil || q == "" {
			return err
		}
		c := journal.Curveball{Question: q}
		if c.Answer, err = a.readPart("How you answered > ", "How you answered"); err != nil {
			return err
		}
		if c.BetterAnswer, err = a.readPart("What you would say now > ", "What you would say now"); err != nil {
			return err
		}
		tags, err := a.readPart("Tags, separated by commas (optional) > ", "Tags")
		if err != nil {
			return err
		}
		for _, t := range strings.Split(tags, ",") {
			if t = strings.TrimSpace(t); t != "" {
				c.Tags = append(c.Tags, t)
			}
		}
		if err := a.setAnswer("curveballs", "", journal.Value{Curveballs: append(slices.Clone(a.draft.Interview.Curveballs), c)}); err != nil {
			fmt.Fprintln(a.out, journal.ErrorMessage(err)+" That curveball was not kept.")
			return nil
		}
		if err := a.save(); err != nil {
			return err
		}
	}
}

// ratingPrompt asks for a rating, saying what its ends mean when the prompt
// names them ("1 = steady, 5 = blank"), since a screen reader cannot show
// a scale.
func ratingPrompt(p prompts.Prompt) string {
	low, high := safetext.Line(strings.TrimSpace(p.Low)), safetext.Line(strings.TrimSpace(p.High))
	if low == "" || high == "" {
		return "1 to 5 > "
	}
	return "1 to 5, where 1 = " + low + " and 5 = " + high + " > "
}

func choiceOptions(p prompts.Prompt) []string {
	if len(p.Options) > 0 {
		return p.Options
	}
	return journal.ChoicesOf(p.Field)
}

// parseLineAnswer reads one typed line as an answer to p.
func parseLineAnswer(p prompts.Prompt, line string) (journal.Value, error) {
	switch p.Kind {
	case journal.KindRating:
		n, err := strconv.Atoi(line)
		if err != nil || n < 1 || n > 5 {
			return journal.Value{}, journal.Errorf(journal.EInvalid, "Please give a number from 1 to 5.")
		}
		return journal.Value{Rating: journal.Rating(n)}, nil
	case journal.KindDate:
		if _, err := journal.ParseDate(line); err != nil {
			return journal.Value{}, err
		}
	case journal.KindChoice:
		opts := choiceOptions(p)
		if n, err := strconv.Atoi(line); err == nil && n >= 1 && n <= len(opts) {
			return journal.Value{Text: opts[n-1]}, nil
		}
		for _, o := range opts {
			if strings.EqualFold(o, line) {
				return journal.Value{Text: o}, nil
			}
		}
		return journal.Value{}, journal.Errorf(journal.EInvalid, "%q is not one of the options.", line)
	}
	return journal.Value{Text: line}, nil
}

func listValue(kind journal.FieldKind, items []string) journal.Value {
	if kind != journal.KindPeople {
		return journal.Value{Items: items}
	}
	people := make([]journal.Person, 0, len(items))
	for _, l := range items {
		people = append(people, journal.ParsePerson(l))
	}
	return journal.Value{People: people}
}

// readLine prints prompt and reads one line; the end of input is an error
// that keeps the draft.
func (a *accessibleFlow) readLine(prompt string) (string, error) {
	fmt.Fprint(a.out, prompt)
	line, err := a.in.ReadString('\n')
	if err != nil && line == "" {
		fmt.Fprintln(a.out)
		return "", errInputEnded
	}
	return strings.TrimSpace(line), nil
}

// readLines reads lines until an empty one.
func (a *accessibleFlow) readLines() ([]string, error) {
	var out []string
	for {
		line, err := a.readLine("  > ")
		if err != nil {
			if len(out) > 0 {
				return out, nil
			}
			return nil, err
		}
		if line == "" {
			return out, nil
		}
		out = append(out, line)
	}
}
