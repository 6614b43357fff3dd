package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"filippo.io/age"
	"filippo.io/age/armor"

	"github.com/debrief-journal/debrief/journal"
)

// An export written with --encrypt is an age file (age-encryption.org),
// which plain `age -d` opens: sealed to the recipients given with
// --recipient, or else to a passphrase, asked twice on the terminal or read
// from DEBRIEF_EXPORT_PASSPHRASE_FILE or DEBRIEF_EXPORT_PASSPHRASE_COMMAND.
// import reads such a file with the same passphrase, or with the age
// identity file given with --identity.

const (
	envExportFile    = "DEBRIEF_EXPORT_PASSPHRASE_FILE"
	envExportCommand = "DEBRIEF_EXPORT_PASSPHRASE_COMMAND"
)

// ageRecipients returns the recipients of an encrypted export: the age
// public keys given, or a passphrase.
func ageRecipients(env Env, keys []string) ([]age.Recipient, error) {
	if len(keys) > 0 {
		var out []age.Recipient
		for _, k := range keys {
			r, err := age.ParseX25519Recipient(strings.TrimSpace(k))
			if err != nil {
				return nil, usageError{fmt.Sprintf("--recipient: %q is not an age public key (age1…)", k)}
			}
			out = append(out, r)
		}
		return out, nil
	}
	var pass []byte
	var err error
	if env.Getenv(envExportFile) != "" || env.Getenv(envExportCommand) != "" {
		pass, err = askPassphrase(env, envExportFile, envExportCommand, "")
	} else {
		pass, err = newExportPassphrase(env)
	}
	if err != nil {
		return nil, err
	}
	r, err := age.NewScryptRecipient(string(pass))
	clear(pass)
	if err != nil {
		return nil, journal.Errorf(journal.EInvalid, "The export's passphrase cannot be used.")
	}
	return []age.Recipient{r}, nil
}

// newExportPassphrase asks the export's passphrase twice on the terminal.
func newExportPassphrase(env Env) ([]byte, error) {
	if _, ok := terminalFd(env); !ok {
		return nil, noTTYError{fmt.Sprintf("An encrypted export needs a passphrase, asked on a terminal, and there is none. Set %s or %s, or give --recipient.", envExportFile, envExportCommand)}
	}
	return newPassphraseTerminal(env)
}

// ageWriter returns a writer that seals what is written to w for
// recipients; closing it finishes the file.
func ageWriter(w io.Writer, recipients []age.Recipient) (io.WriteCloser, error) {
	aw, err := age.Encrypt(w, recipients...)
	if err != nil {
		return nil, &journal.Error{Code: journal.EInternal, Message: "The encrypted export could not be started.", Err: err}
	}
	return aw, nil
}

// writeAge writes to w, sealed for recipients, what write writes.
func writeAge(w io.Writer, recipients []age.Recipient, write func(*bufio.Writer) error) error {
	aw, err := ageWriter(w, recipients)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(aw, 1<<16)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return aw.Close()
}

// ageHeader begins every age file; armorHeader an armored one.
const (
	ageHeader   = "age-encryption.org/v1\n"
	armorHeader = armor.Header
)

// openAge returns r as it was before encryption when it is an age file,
// unlocked with the identity file (when given) or the export's passphrase;
// otherwise r as it is.
func openAge(env Env, r io.Reader, identityFile string) (io.Reader, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(len(armorHeader))
	var src io.Reader = br
	switch {
	case bytes.HasPrefix(head, []byte(armorHeader)):
		src = armor.NewReader(br)
	case bytes.HasPrefix(head, []byte(ageHeader)):
	default:
		return br, nil
	}
	ids, err := ageIdentities(env, identityFile)
	if err != nil {
		return nil, err
	}
	out, err := age.Decrypt(src, ids...)
	var nomatch *age.NoIdentityMatchError
	switch {
	case errors.As(err, &nomatch):
		return nil, journal.Errorf(journal.EPassphrase, "That passphrase (or identity) does not open this encrypted export.")
	case err != nil:
		return nil, &journal.Error{Code: journal.EInvalid, Message: "The encrypted export is damaged or not one debrief can read.", Err: err}
	}
	return out, nil
}

// ageIdentities returns the identities that may open an age file: those
// of the identity file, or the export's passphrase.
func ageIdentities(env Env, identityFile string) ([]age.Identity, error) {
	if identityFile != "" {
		b, err := os.ReadFile(identityFile)
		if err != nil {
			return nil, fileError(journal.ENotFound, "read", identityFile, err)
		}
		ids, err := age.ParseIdentities(bytes.NewReader(b))
		clear(b)
		if err != nil {
			return nil, journal.Errorf(journal.EInvalid, "--identity: %s holds no age identity debrief can use.", identityFile)
		}
		return ids, nil
	}
	pass, err := askPassphrase(env, envExportFile, envExportCommand, "Passphrase of the export: ")
	if err != nil {
		return nil, err
	}
	id, err := age.NewScryptIdentity(string(pass))
	clear(pass)
	if err != nil {
		return nil, journal.Errorf(journal.EInvalid, "That passphrase cannot be used.")
	}
	return []age.Identity{id}, nil
}
