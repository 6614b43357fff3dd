package cli

import (
	"errors"
	"runtime"
	"strings"

	"github.com/gen2brain/beeep"

	"github.com/debrief-journal/debrief/remind"
)

// errNoDesktop means there is no desktop to show a notification on.
var errNoDesktop = errors.New("no desktop session")

// desktopNotify shows one desktop notification with beeep, which speaks
// to the notification service of Linux desktops (D-Bus), macOS and
// Windows. On Linux without a graphical session it does not try.
func desktopNotify(getenv func(string) string) func(title, body string) error {
	return func(title, body string) error {
		if runtime.GOOS == "linux" && getenv("DISPLAY") == "" && getenv("WAYLAND_DISPLAY") == "" {
			return errNoDesktop
		}
		beeep.AppName = "debrief"
		return beeep.Notify(title, body, "")
	}
}

// notifyLines is how many lines of the report a notification shows.
const notifyLines = 4

// notifyReminders shows what is due as one desktop notification, and
// nothing when nothing is due. Where no notification can be shown it
// prints the report instead.
func notifyReminders(env Env, rep remind.Report) error {
	if rep.Count() == 0 {
		return nil
	}
	lines := rep.Lines()
	if len(lines) > notifyLines {
		lines = append(lines[:notifyLines-1], "… debrief remind says the rest")
	}
	notify := env.Notify
	if notify == nil {
		notify = desktopNotify(env.Getenv)
	}
	if err := notify(rep.Summary(), strings.Join(lines, "\n")); err != nil {
		return printReminders(env, rep)
	}
	return nil
}
