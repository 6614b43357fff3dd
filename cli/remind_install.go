package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/remind"
	"github.com/debrief-journal/debrief/safetext"
)

// scheduleFlags are the flags of 'debrief remind' that set up, or remove,
// its daily run.
type scheduleFlags struct {
	install, uninstall, dryRun bool
	at                         string
}

func (f *scheduleFlags) addFlags(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.BoolVar(&f.install, "install", false, "set up a daily run of 'debrief remind --notify'")
	fl.BoolVar(&f.uninstall, "uninstall", false, "remove the daily run --install set up")
	fl.BoolVar(&f.dryRun, "dry-run", false, "with --install or --uninstall: show what would be written and run, change nothing")
	fl.StringVar(&f.at, "at", "", "with --install: the time of day, HH:MM (default: remind_at in the config file, or 09:00)")
}

// schedulePlan is what installing or removing the daily run does: files
// to write or remove, then commands to run.
type schedulePlan struct {
	write  map[string]string // path -> content
	order  []string          // the paths of write, in order
	remove []string
	// prepare runs before commands, its failures ignored (unloading an
	// agent that was not loaded fails, harmlessly).
	prepare  [][]string
	commands [][]string
	// after runs once the files are removed, its failures ignored.
	after [][]string
	// manual is printed instead when the system has no scheduler debrief
	// can set up: what the user should do by hand.
	manual string
}

// runSchedule installs or removes the daily run, or shows what it would do.
func runSchedule(cmd *cobra.Command, env Env, f scheduleFlags) error {
	if f.install && f.uninstall {
		return usageError{"choose one of --install and --uninstall"}
	}
	if f.uninstall && f.at != "" {
		return usageError{"--at goes with --install"}
	}
	plan, err := planSchedule(cmd, env, f)
	if err != nil {
		return err
	}
	out := env.Stdout
	if plan.manual != "" {
		_, err := fmt.Fprintln(out, plan.manual)
		return err
	}
	if f.uninstall && len(plan.remove) == 0 {
		_, err := fmt.Fprintln(out, "No daily reminder is set up; nothing was changed.")
		return err
	}
	if f.dryRun {
		for _, p := range plan.order {
			fmt.Fprintf(out, "Would write %s:\n%s\n", safetext.Line(p), safetext.Text(plan.write[p]))
		}
		for _, p := range plan.remove {
			fmt.Fprintf(out, "Would remove %s\n", safetext.Line(p))
		}
		for _, c := range slices.Concat(plan.prepare, plan.commands, plan.after) {
			fmt.Fprintf(out, "Would run: %s\n", safetext.Line(strings.Join(c, " ")))
		}
		return nil
	}
	for _, p := range plan.order {
		if err := writeScheduleFile(p, plan.write[p]); err != nil {
			return err
		}
	}
	for _, c := range plan.prepare {
		_ = exec.Command(c[0], c[1:]...).Run()
	}
	failed := runAll(plan.commands)
	for _, p := range plan.remove {
		if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fileError(journal.EInternal, "remove", p, err)
		}
	}
	if f.uninstall {
		// With the files gone the scheduler has nothing left to run, even
		// if it could not be told: it forgets the reminder when it next
		// reads its files.
		runAll(plan.after)
		_, err = fmt.Fprintln(out, "Removed the daily reminder.")
		return err
	}
	if len(failed) > 0 {
		return foreseenError{"The reminder's files are in place, but the scheduler did not take them:\n  " +
			safetext.Text(strings.Join(failed, "\n  ")) +
			"\nRun 'debrief remind --install' again once it can be reached, or 'debrief remind --uninstall' to remove the files."}
	}
	_, err = fmt.Fprintf(out, "Set up a daily reminder at %s: %s\n", f.at, safetext.Line(strings.Join(plan.order, ", ")))
	return err
}

// runAll runs commands in order and returns, for each that failed, the
// command and what it said.
func runAll(commands [][]string) []string {
	var failed []string
	for _, c := range commands {
		if out, err := exec.Command(c[0], c[1:]...).CombinedOutput(); err != nil {
			said := strings.Join(strings.Fields(string(out)), " ")
			if said == "" {
				said = err.Error()
			}
			failed = append(failed, strings.Join(c, " ")+": "+said)
		}
	}
	return failed
}

// planSchedule works out the files and commands for this system.
func planSchedule(cmd *cobra.Command, env Env, f scheduleFlags) (schedulePlan, error) {
	s, err := scheduleOf(cmd, env, &f)
	if err != nil {
		return schedulePlan{}, err
	}
	p := schedulePlan{write: map[string]string{}}
	home := env.Getenv("HOME")
	switch {
	case runtime.GOOS == "darwin" && home != "":
		path := filepath.Join(home, "Library", "LaunchAgents", remind.LaunchdLabel+".plist")
		if f.install {
			p.add(path, s.LaunchdPlist())
			if exists(path) {
				p.prepare = [][]string{{"launchctl", "unload", path}}
			}
			p.commands = [][]string{{"launchctl", "load", "-w", path}}
		} else if exists(path) {
			p.commands = [][]string{{"launchctl", "unload", "-w", path}}
			p.remove = []string{path}
		}
	case runtime.GOOS == "linux" && hasCommand("systemctl"):
		dir := systemdUserDir(env)
		service, timer := filepath.Join(dir, remind.SystemdService), filepath.Join(dir, remind.SystemdTimer)
		if f.install {
			svc, tmr := s.SystemdUnits()
			p.add(service, svc)
			p.add(timer, tmr)
			p.commands = [][]string{{"systemctl", "--user", "daemon-reload"}, {"systemctl", "--user", "enable", "--now", remind.SystemdTimer}}
		} else if exists(timer) || exists(service) {
			p.commands = [][]string{{"systemctl", "--user", "disable", "--now", remind.SystemdTimer}}
			p.remove = []string{timer, service}
			p.after = [][]string{{"systemctl", "--user", "daemon-reload"}}
		}
	default:
		if f.install {
			p.manual = "This system has no scheduler debrief can set up. To be reminded every day, add this line with 'crontab -e':\n\n  " + s.CrontabLine()
		} else {
			p.manual = "debrief sets up no scheduler on this system; if you added its line with 'crontab -e', remove it there."
		}
	}
	return p, nil
}

func (p *schedulePlan) add(path, content string) {
	p.write[path] = content
	p.order = append(p.order, path)
}

// scheduleOf is the daily run to set up: this debrief, the journal named
// by --db or DEBRIEF_DB (none for the default one, so a moved default
// still works), at --at or the config file's time.
func scheduleOf(cmd *cobra.Command, env Env, f *scheduleFlags) (remind.Schedule, error) {
	var s remind.Schedule
	if f.at == "" {
		c, err := readConfig(configPath(env))
		if err != nil {
			return s, err
		}
		s.Hour, s.Minute = c.reminderTime()
	} else {
		h, m, err := remind.ParseClock(f.at)
		if err != nil {
			return s, usageError{err.Error()}
		}
		s.Hour, s.Minute = h, m
	}
	f.at = fmt.Sprintf("%02d:%02d", s.Hour, s.Minute)
	bin, err := os.Executable()
	if err == nil {
		bin, err = filepath.EvalSymlinks(bin)
	}
	if err != nil {
		return s, journal.Errorf(journal.EInternal, "Cannot tell where this debrief is installed, so there is nothing to schedule.")
	}
	if f.install && !f.dryRun && strings.Contains(bin, string(filepath.Separator)+"go-build") {
		return s, journal.Errorf(journal.EInvalid, "This debrief is a temporary build (go run) that will be gone; install it first (go install), then run 'debrief remind --install' from there.")
	}
	s.Binary = bin
	if p, _ := cmd.Flags().GetString("db"); p != "" || env.Getenv("DEBRIEF_DB") != "" {
		if abs, err := filepath.Abs(journalPath(cmd, env)); err == nil {
			s.Journal = abs
		}
	}
	return s, nil
}

// systemdUserDir is where systemd looks for the user's own units.
func systemdUserDir(env Env) string {
	if d := env.Getenv("XDG_CONFIG_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "systemd", "user")
	}
	return filepath.Join(env.Getenv("HOME"), ".config", "systemd", "user")
}

func hasCommand(name string) bool {
	_, err := exec.LookPath(name)
	return err == nil
}

func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// writeScheduleFile writes a unit or agent file whole, creating its
// folder.
func writeScheduleFile(path, content string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fileError(journal.EInternal, "create the folder of", path, err)
	}
	return writeFileAtomic(path, func(w *bufio.Writer) error {
		_, err := w.WriteString(content)
		return err
	})
}
