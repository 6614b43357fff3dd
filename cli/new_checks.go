package cli

import (
	"fmt"
	"slices"
	"strings"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/ui"
)

// The checks of the plain prompts, as the screens make them: an answer
// longer than the journal accepts is refused with its limit named and asked
// again, an interview date after today is kept only with --yes or when the
// person at the terminal says it is right, and a reflection with nothing
// answered keeps nothing.

// checkDateFlag checks a --date after today before anything is asked.
// Without --yes and with no terminal to ask at, it is refused; a person who
// says it is wrong is asked the date with the other answers.
func (a *accessibleFlow) checkDateFlag(iv *journal.Interview) error {
	d := iv.Date
	if d.IsZero() || !d.After(a.today) || a.yes {
		return nil
	}
	if !a.terminal {
		return usageError{fmt.Sprintf("--date %s is after today (%s). Add --yes to keep a date after today.", d, a.today)}
	}
	line, err := a.readLine(fmt.Sprintf("--date %s is after today (%s). Is that the date of the interview? [y/N] ", d, a.today))
	if err != nil {
		return err
	}
	if !strings.HasPrefix(strings.ToLower(line), "y") {
		iv.Date = journal.Date{}
		fmt.Fprintln(a.out, "Then the date is asked with the other answers.")
	}
	return nil
}

// keepDate checks a date typed as the interview's: one after today is kept
// with --yes, or when the person at the terminal says it is right.
func (a *accessibleFlow) keepDate(text string) error {
	d, err := journal.ParseDate(text)
	if err != nil || !d.After(a.today) || a.yes {
		return err
	}
	if !a.terminal {
		return journal.Errorf(journal.EInvalid, "%s is after today (%s); add --yes to keep a date after today.", d, a.today)
	}
	line, err := a.readLine(fmt.Sprintf("%s is after today (%s). Is that the date of the interview? [y/N] ", d, a.today))
	if err != nil {
		return err
	}
	if !strings.HasPrefix(strings.ToLower(line), "y") {
		return journal.Errorf(journal.EInvalid, "The date was not kept.")
	}
	return nil
}

// readPart reads one part of a curveball, asking again while it is longer
// than an answer may be.
func (a *accessibleFlow) readPart(prompt, name string) (string, error) {
	for {
		line, err := a.readLine(prompt)
		if err != nil {
			return "", err
		}
		err = ui.CheckAnswerLength("curveballs", name, line)
		if err == nil {
			return line, nil
		}
		fmt.Fprintln(a.out, journal.ErrorMessage(err)+" Try again.")
	}
}

// checkItems refuses a list with an item longer than an answer may be.
func checkItems(field, title string, items []string) error {
	for _, it := range items {
		if err := ui.CheckAnswerLength(field, title, it); err != nil {
			return err
		}
	}
	return nil
}

// setAnswer stores an answer in the draft, unless it would make the reflection
// one that finishing refuses: then the draft keeps what it had and the
// reason is returned, for the person to try again.
func (a *accessibleFlow) setAnswer(field, title string, v journal.Value) error {
	iv := &a.draft.Interview
	before := *iv
	before.Answers = slices.Clone(iv.Answers)
	if err := iv.Set(field, title, v); err != nil {
		*iv = before
		return err
	}
	after := a.completed(iv)
	if err := after.Validate(); err != nil {
		if was := a.completed(&before); was.Validate() == nil {
			*iv = before
			return err
		}
	}
	return nil
}

// completed returns the interview that finishing saves: dated today and
// pending unless the answers say otherwise.
func (a *accessibleFlow) completed(iv *journal.Interview) journal.Interview {
	c := *iv
	if c.Date.IsZero() {
		c.Date = a.today
	}
	if c.Outcome.Status == "" {
		c.Outcome.Status = journal.StatusPending
	}
	return c
}

// discardBlank ends a reflection in which nothing was answered: no
// interview, and no draft left behind.
func (a *accessibleFlow) discardBlank() error {
	if a.draft.ID != 0 {
		if err := a.store.DeleteDraft(a.draft.ID); err != nil {
			return err
		}
	}
	fmt.Fprintln(a.out, "\nNothing was answered, so nothing was saved.")
	return nil
}

// endedBlank ends a reflection whose input ran out before anything was
// answered: there is nothing to keep as a draft, so none is.
func (a *accessibleFlow) endedBlank() error {
	if a.draft.ID != 0 {
		if err := a.store.DeleteDraft(a.draft.ID); err != nil {
			return err
		}
	}
	return journal.Errorf(journal.EInvalid, "The input ended before any answer, so nothing was kept.")
}
