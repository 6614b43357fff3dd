package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"

	"github.com/charmbracelet/x/term"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/store"
)

// Where a command gets the passphrase of an encrypted journal, first found
// first: the file named by DEBRIEF_PASSPHRASE_FILE, the output of the
// command in DEBRIEF_PASSPHRASE_COMMAND (a password manager's, say), or
// the terminal, without echo. A new passphrase (encrypt, passphrase) comes
// from DEBRIEF_NEW_PASSPHRASE_FILE or DEBRIEF_NEW_PASSPHRASE_COMMAND, or
// is asked twice on the terminal. debrief never writes a passphrase
// anywhere, logs it, or puts it in the environment; it lives only in
// memory, and is cleared once the key is derived.

const (
	envPassFile    = "DEBRIEF_PASSPHRASE_FILE"
	envPassCommand = "DEBRIEF_PASSPHRASE_COMMAND"
	envNewFile     = "DEBRIEF_NEW_PASSPHRASE_FILE"
	envNewCommand  = "DEBRIEF_NEW_PASSPHRASE_COMMAND"
)

// minPassphrase is the fewest characters a new passphrase may have.
const minPassphrase = 8

// unlockOptions returns the store options that unlock an encrypted journal
// with the passphrase from env. On the terminal a mistyped passphrase is
// asked again, up to three times in all.
func unlockOptions(env Env) store.Options {
	asked := 0
	ask := func() ([]byte, error) {
		asked++
		if asked > 1 {
			fmt.Fprintln(env.Stderr, "That passphrase does not open the journal; try again.")
		}
		return askPassphrase(env, envPassFile, envPassCommand, "Passphrase of the journal: ")
	}
	o := store.Options{Passphrase: ask}
	if env.Getenv(envPassFile) == "" && env.Getenv(envPassCommand) == "" {
		o.Attempts = 3
	}
	return o
}

// askPassphrase reads a passphrase from the file named by fileVar, the
// command in commandVar, or the terminal, in that order.
func askPassphrase(env Env, fileVar, commandVar, prompt string) ([]byte, error) {
	if name := env.Getenv(fileVar); name != "" {
		return passphraseFile(fileVar, name)
	}
	if command := env.Getenv(commandVar); command != "" {
		return passphraseCommand(env, commandVar, command)
	}
	return passphraseTerminal(env, prompt, fileVar, commandVar)
}

// newPassphrase returns a function that gets a new passphrase: from
// DEBRIEF_NEW_PASSPHRASE_FILE or _COMMAND, or, when alsoCurrent (there is
// no current one to confuse it with), from DEBRIEF_PASSPHRASE_FILE or
// _COMMAND, or asked twice on the terminal.
func newPassphrase(env Env, alsoCurrent bool) func() ([]byte, error) {
	return func() ([]byte, error) {
		var pass []byte
		var err error
		switch {
		case env.Getenv(envNewFile) != "" || env.Getenv(envNewCommand) != "":
			pass, err = askPassphrase(env, envNewFile, envNewCommand, "")
		case alsoCurrent && (env.Getenv(envPassFile) != "" || env.Getenv(envPassCommand) != ""):
			pass, err = askPassphrase(env, envPassFile, envPassCommand, "")
		default:
			pass, err = newPassphraseTerminal(env)
		}
		if err != nil {
			return nil, err
		}
		if len([]rune(string(pass))) < minPassphrase {
			clear(pass)
			return nil, journal.Errorf(journal.EInvalid, "A passphrase needs at least %d characters; nothing was changed.", minPassphrase)
		}
		return pass, nil
	}
}

// passphraseFile reads the passphrase from a file, without its last line
// end.
func passphraseFile(variable, name string) ([]byte, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, journal.Errorf(journal.EInvalid, "The passphrase file named by %s cannot be read (%s).", variable, reasonOf(err))
	}
	return passphraseLine(b, variable)
}

// passphraseCommand runs command with the system's shell and takes the
// passphrase from what it prints. What it writes to its error stream, and
// any question it asks on the terminal, reach the user.
func passphraseCommand(env Env, variable, command string) ([]byte, error) {
	shell, flag := "sh", "-c"
	if runtime.GOOS == "windows" {
		shell, flag = "cmd", "/C"
	}
	c := exec.Command(shell, flag, command)
	c.Stdin, c.Stderr = env.Stdin, env.Stderr
	var out bytes.Buffer
	c.Stdout = &out
	if err := c.Run(); err != nil {
		clear(out.Bytes())
		return nil, journal.Errorf(journal.EInvalid, "The command in %s failed, so there is no passphrase to open the journal with.", variable)
	}
	return passphraseLine(out.Bytes(), variable)
}

// passphraseLine returns b without one line end at its end, refusing an
// empty passphrase.
func passphraseLine(b []byte, variable string) ([]byte, error) {
	b = bytes.TrimSuffix(b, []byte("\n"))
	b = bytes.TrimSuffix(b, []byte("\r"))
	if len(b) == 0 {
		return nil, journal.Errorf(journal.EInvalid, "%s gives an empty passphrase.", variable)
	}
	return b, nil
}

// passphraseTerminal asks for the passphrase on the terminal, without echo.
func passphraseTerminal(env Env, prompt, fileVar, commandVar string) ([]byte, error) {
	fd, ok := terminalFd(env)
	if !ok {
		return nil, noTTYError{fmt.Sprintf("This journal is encrypted and there is no terminal to ask its passphrase on. Set %s to a file holding it, or %s to a command that prints it.", fileVar, commandVar)}
	}
	fmt.Fprint(env.Stderr, prompt)
	pass, err := term.ReadPassword(fd)
	fmt.Fprintln(env.Stderr)
	if err != nil {
		return nil, noTTYError{"The passphrase could not be read from the terminal."}
	}
	if len(pass) == 0 {
		return nil, journal.Errorf(journal.EPassphrase, "No passphrase was given, so the journal stays locked.")
	}
	return pass, nil
}

// newPassphraseTerminal asks for a new passphrase twice on the terminal.
func newPassphraseTerminal(env Env) ([]byte, error) {
	fd, ok := terminalFd(env)
	if !ok {
		return nil, noTTYError{fmt.Sprintf("A new passphrase is asked on a terminal, and there is none. Set %s to a file holding it, or %s to a command that prints it.", envNewFile, envNewCommand)}
	}
	fmt.Fprint(env.Stderr, "New passphrase: ")
	first, err := term.ReadPassword(fd)
	fmt.Fprintln(env.Stderr)
	if err != nil {
		return nil, noTTYError{"The passphrase could not be read from the terminal."}
	}
	fmt.Fprint(env.Stderr, "The same again: ")
	second, err := term.ReadPassword(fd)
	fmt.Fprintln(env.Stderr)
	defer clear(second)
	if err != nil {
		clear(first)
		return nil, noTTYError{"The passphrase could not be read from the terminal."}
	}
	if !bytes.Equal(first, second) {
		clear(first)
		return nil, journal.Errorf(journal.EInvalid, "The two passphrases differ; nothing was changed.")
	}
	return first, nil
}

// terminalFd returns the terminal to ask on: standard input when it is one.
func terminalFd(env Env) (uintptr, bool) {
	f, ok := env.Stdin.(interface{ Fd() uintptr })
	if !ok || !env.IsTerminal(env.Stdin) {
		return 0, false
	}
	return f.Fd(), true
}

// reasonOf returns the system's short reason for a file error.
func reasonOf(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return "it cannot be read"
}
