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
	return &cobra.Command{
		Use:   "draft REF",
		Short: "Print the drafted message of a follow-up",
		Long: `Prints the message of a follow-up, written from the interview's reflection:
the people you met, what you would now answer better, the decision date they
gave. Edit it before you send it.

It is signed with the name and signature that 'debrief config' keeps (see
'debrief config --help'); without a name it is signed [your name], and a
line on standard error says how to set yours.

To write your own, put a text/template file named after the follow-up in
the templates folder of the configuration folder, for example
$XDG_CONFIG_HOME/debrief/templates/thank_you.txt. Its fields are those of
the built-in ones ({{.Greeting}}, {{.Position}}, {{.When}}, {{.ClarifyPoint}},
{{.DecisionBy}}, {{.CompanyName}}, {{.Team}}...), with the functions andList
and bullets. Your name and signature are added at its end, after a line
ending with a comma such as "Best regards,"; a template that places
{{.Sender}} or {{.Signature}} itself is not signed again. A template that
does not work is reported with its file and line.`,
		Example: "  debrief followups draft 12/thank_you\n  debrief followups draft 12/check_in | pbcopy",
		Args:    oneFollowUpRef,
		RunE: func(cmd *cobra.Command, args []string) error {
			ref, err := parseFollowUpRef(args[0])
			if err != nil {
				return err
			}
			s, err := openStore(cmd, env)
			if err != nil {
				return err
			}
			defer s.Close()
			iv, err := interviewByNumber(s, ref.interview)
			if err != nil {
				return err
			}
			today := todayOf(env)
			f, err := plannedFollowUp(iv, ref.id, today)
			if err != nil {
				return err
			}
			c, err := readConfig(configPath(env))
			if err != nil {
				return err
			}
			sender := c.sender()
			if sender.Name == "" {
				sender.Name = journal.PlaceholderName
			}
			text, err := draftFollowUp(s, userTemplates(env), iv, f, today, sender)
			if err != nil {
				return err
			}
			if _, err = fmt.Fprintln(env.Stdout, safetext.Text(text)); err != nil {
				return err
			}
			if c.name == "" {
				fmt.Fprintln(env.Stderr, noNameHint)
			}
			return nil
		},
	}
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
