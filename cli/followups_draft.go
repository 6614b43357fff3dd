package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/safetext"
	"github.com/debrief-journal/debrief/store"
)

// maxTemplateBytes caps a template file; a message template is a few
// paragraphs.
const maxTemplateBytes = 64 << 10

// lessonsInKeepInTouch is how many recent lessons a keep-in-touch note
// offers to mention.
const lessonsInKeepInTouch = 3

func newFollowUpDraftCmd(env Env) *cobra.Command {
	var original, reset, aside bool
	var save string
	cmd := &cobra.Command{
		Use:   "draft REF",
		Short: "Print the drafted message of a follow-up, or keep your edit of it",
		Long: `Prints the message of a follow-up, written for the people it goes to from
the interview: their names, the role, the decision date they gave, and the
situation (waiting, a next round, an offer, a no, silence). Your notes to
self are never quoted; where only you can say something (what you would add
to an answer, something new you have done) the draft leaves a place marked
in [square brackets] for you to fill in.

Your own edit of a message is kept with its follow-up: --save FILE stores
the text of FILE (- for standard input) as the message, and from then on
draft prints your edit, with a line on standard error saying so. --original
prints the draft as debrief writes it, and --reset drops your edit.

When another debrief changed the message while you edited it in the app,
your version is kept aside with the follow-up, in the journal, and draft
says so on standard error: --aside prints it, and the follow-up's message
in 'debrief followups' offers to use it or drop it.

It is signed with the name and signature that 'debrief config' keeps (see
'debrief config --help'); without a name it is signed [your name], and a
line on standard error says how to set yours.

To write your own, put a text/template file named after the follow-up in
the templates folder of the configuration folder, for example
$XDG_CONFIG_HOME/debrief/templates/thank_you.txt. Its fields are those of
the built-in ones ({{.Greeting}}, {{.Position}}, {{.When}}, {{.DecisionBy}},
{{.CompanyName}}, {{.Team}}, {{.RevisitSlot}}, {{.NewsSlot}}, and the
situation: {{.Waiting}}, {{.NextRound}}, {{.Offer}}, {{.Rejected}},
{{.Silence}}, {{.WentBadly}}, {{.Interested}}...), with the functions andList
and bullets. Your name and signature are added at its end, after a line
ending with a comma such as "Best regards,"; a template that places
{{.Sender}} or {{.Signature}} itself is not signed again. Long lines are
wrapped at 78 characters. A template that does not work is reported with
its file and line.`,
		Example: "  debrief followups draft 12/thank_you\n  debrief followups draft 12/check_in | pbcopy\n" +
			"  debrief followups draft 12/thank_you --save my-note.txt\n  debrief followups draft 12/thank_you --reset",
		Args: oneFollowUpRef,
		RunE: func(cmd *cobra.Command, args []string) error {
			ref, err := parseFollowUpRef(args[0])
			if err != nil {
				return err
			}
			switch {
			case countTrue(original, reset, save != "", aside) > 1:
				return usageError{"choose one of --original, --reset, --save and --aside"}
			case aside:
				return printFollowUpAside(cmd, env, ref)
			case reset:
				return editFollowUpMessage(cmd, env, ref, "", false)
			case save != "":
				text, err := readMessageFile(env, save)
				if err != nil {
					return err
				}
				return editFollowUpMessage(cmd, env, ref, text, true)
			}
			return printFollowUpDraft(cmd, env, ref, original)
		},
	}
	f := cmd.Flags()
	f.BoolVar(&original, "original", false, "print the draft as debrief writes it, even when you have edited it")
	f.BoolVar(&reset, "reset", false, "drop your edit of the message, going back to the draft")
	f.StringVar(&save, "save", "", "keep the text of this file (- for standard input) as your edit of the message")
	f.BoolVar(&aside, "aside", false, "print your version of the message kept aside when another debrief changed it")
	return cmd
}

// printFollowUpDraft prints the user's edit of a follow-up's message, or
// the draft when there is none or original is set.
func printFollowUpDraft(cmd *cobra.Command, env Env, ref followUpRef, original bool) error {
	today := todayOf(env)
	s, iv, f, err := readFollowUp(cmd, env, ref, today)
	if err != nil {
		return err
	}
	defer s.Close()
	c, err := readConfig(configPath(env))
	if err != nil {
		return err
	}
	text, edited := f.Message, f.Edited() && !original
	if !edited {
		if text, err = draftFollowUp(s, userTemplates(env), iv, f, today, draftSender(c)); err != nil {
			return err
		}
	}
	if _, err = fmt.Fprintln(env.Stdout, safetext.Text(text)); err != nil {
		return err
	}
	switch {
	case edited:
		fmt.Fprintf(env.Stderr, "debrief: this is your edit of the message; --original prints the draft, --reset drops your edit\n")
	case f.Edited():
		fmt.Fprintf(env.Stderr, "debrief: this is the draft; you have an edit of it, which draft prints without --original\n")
	case c.name == "":
		fmt.Fprintln(env.Stderr, noNameHint)
	}
	if f.HasAside() {
		fmt.Fprintln(env.Stderr, asideHint)
	}
	return nil
}

// asideHint is said on standard error under a message whose follow-up
// keeps a version of it aside, on one line.
const asideHint = "debrief: your own version of this message is kept aside (another debrief changed it while you typed); --aside prints it, and 'debrief followups' offers to use it or drop it"

// printFollowUpAside prints the version of a follow-up's message kept
// aside, or says there is none.
func printFollowUpAside(cmd *cobra.Command, env Env, ref followUpRef) error {
	s, _, f, err := readFollowUp(cmd, env, ref, todayOf(env))
	if err != nil {
		return err
	}
	defer s.Close()
	if !f.HasAside() {
		return journal.Errorf(journal.ENotFound, "the message of %s has no version of yours kept aside", ref.String())
	}
	_, err = fmt.Fprintln(env.Stdout, safetext.Text(f.Aside))
	return err
}

// readFollowUp opens the journal for reading and finds the follow-up ref
// names, as planned today, with its interview. The caller closes the
// store; on an error it is closed already.
func readFollowUp(cmd *cobra.Command, env Env, ref followUpRef, today journal.Date) (*store.Store, *journal.Interview, journal.FollowUp, error) {
	s, err := openStore(cmd, env)
	if err != nil {
		return nil, nil, journal.FollowUp{}, err
	}
	iv, err := interviewByNumber(s, ref.interview)
	if err == nil {
		var f journal.FollowUp
		if f, err = plannedFollowUp(iv, ref.id, today); err == nil {
			return s, iv, f, nil
		}
	}
	s.Close()
	return nil, nil, journal.FollowUp{}, err
}

// editFollowUpMessage keeps text as the user's edit of a follow-up's
// message, or drops the edit when keep is false. Text the same as the draft
// keeps no edit.
func editFollowUpMessage(cmd *cobra.Command, env Env, ref followUpRef, text string, keep bool) error {
	c, err := readConfig(configPath(env))
	if err != nil {
		return err
	}
	today := todayOf(env)
	templates := userTemplates(env)
	var edited, had bool
	_, err = changeInterview(cmd, env, ref.interview, func(iv *journal.Interview) error {
		f, err := plannedFollowUp(iv, ref.id, today)
		if err != nil {
			return err
		}
		had = f.Edited()
		if !keep {
			return iv.ResetFollowUpMessage(f.ID)
		}
		tmpl, err := templates.Load(f.Kind)
		if err != nil {
			return err
		}
		// The draft compared with is the one printed without an edit, bar the
		// lessons a user template may quote, which need the whole journal.
		drafted, err := journal.DraftMessageFor(journal.MessageContext{Interview: iv, Today: today, Sender: draftSender(c)}, f, tmpl)
		if err != nil {
			return err
		}
		if err := iv.SetFollowUpMessage(f.ID, text, drafted); err != nil {
			return err
		}
		g, _ := plannedFollowUp(iv, ref.id, today)
		edited = g.Edited()
		return nil
	})
	if err != nil {
		return err
	}
	var msg string
	switch {
	case keep && edited:
		msg = "Kept your edit of the message of " + ref.String() + "; draft prints it, and --reset drops it."
	case keep:
		msg = "The text is the draft itself, so no edit is kept for " + ref.String() + "."
	case had:
		msg = "Dropped your edit of the message of " + ref.String() + "; draft prints the draft again."
	default:
		msg = "The message of " + ref.String() + " had no edit to drop."
	}
	_, err = fmt.Fprintln(env.Stdout, safetext.Line(msg))
	return err
}

// readMessageFile reads the text of an edited message from a file, or from
// standard input for -.
func readMessageFile(env Env, path string) (string, error) {
	var r io.Reader = env.Stdin
	if path != "-" {
		f, err := os.Open(expandHome(path, env))
		if err != nil {
			return "", fileError(journal.EInvalid, "read the message", path, err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, journal.MaxTextBytes+1))
	if err != nil {
		return "", fileError(journal.EInvalid, "read the message", path, err)
	}
	if len(data) > journal.MaxTextBytes {
		return "", journal.Errorf(journal.EInvalid, "%s: a message may be at most %d KiB", path, journal.MaxTextBytes>>10)
	}
	if strings.TrimSpace(string(data)) == "" {
		return "", journal.Errorf(journal.EInvalid, "%s is empty; to go back to the draft, use --reset", path)
	}
	return string(data), nil
}

// draftSender is who signs a draft: the user as configured, or the
// placeholder name when they have not said.
func draftSender(c config) journal.Sender {
	sender := c.sender()
	if sender.Name == "" {
		sender.Name = journal.PlaceholderName
	}
	return sender
}

func countTrue(bs ...bool) int {
	n := 0
	for _, b := range bs {
		if b {
			n++
		}
	}
	return n
}

// noNameHint is said on standard error under a draft signed with the
// placeholder, on one line.
const noNameHint = `debrief: the draft is signed ` + journal.PlaceholderName + `; to sign with your name, run: debrief config set name "Your Name"`

// draftFollowUp fills the message of a follow-up with the user's template
// for its kind, or the built-in one, signed by sender.
func draftFollowUp(s *store.Store, templates messageTemplates, iv *journal.Interview, f journal.FollowUp, today journal.Date, sender journal.Sender) (string, error) {
	tmpl, err := templates.Load(f.Kind)
	if err != nil {
		return "", err
	}
	mc := journal.MessageContext{Interview: iv, Today: today, Sender: sender}
	if f.Kind == journal.FollowUpKeepInTouch {
		if mc.LessonsSince, err = s.LessonsSince(iv.Date, lessonsInKeepInTouch); err != nil {
			return "", err
		}
	}
	return journal.DraftMessageFor(mc, f, tmpl)
}

// messageTemplates finds the user's own message templates: one file per
// kind of follow-up, named after it, in one folder.
type messageTemplates struct{ dir string }

// userTemplates is the templates folder of the configuration folder.
func userTemplates(env Env) messageTemplates {
	return messageTemplates{dir: filepath.Join(configDirOf(env), "templates")}
}

// configDirOf is debrief's configuration folder as env says it.
func configDirOf(env Env) string {
	if d := env.Getenv("XDG_CONFIG_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "debrief")
	}
	return store.ConfigDir()
}

// Load returns the user's template for a kind of follow-up, or "" when
// there is none. A template that cannot be read, does not parse or does not
// run is an EInvalid error naming its file and line.
func (t messageTemplates) Load(kind journal.FollowUpKind) (string, error) {
	path := filepath.Join(t.dir, string(kind)+".txt")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	if err != nil {
		return "", fileError(journal.EInvalid, "read the template", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxTemplateBytes+1))
	if err != nil {
		return "", fileError(journal.EInvalid, "read the template", path, err)
	}
	if len(data) > maxTemplateBytes {
		return "", journal.Errorf(journal.EInvalid, "%s: a template may be at most %d KiB", path, maxTemplateBytes>>10)
	}
	text := string(data)
	if err := journal.ParseTemplate(kind, text); err != nil {
		msg := strings.TrimPrefix(journal.ErrorMessage(err), "the "+string(kind)+" template: ")
		return "", journal.Errorf(journal.EInvalid, "%s: %s", path, msg)
	}
	return text, nil
}
