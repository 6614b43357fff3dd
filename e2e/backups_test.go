package e2e_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// homeEnv is a clean environment whose home, data, configuration, state
// and cache folders are all under home.
func homeEnv(home string, extra ...string) []string {
	env := []string{
		"HOME=" + home,
		"XDG_DATA_HOME=" + filepath.Join(home, "data"),
		"XDG_CONFIG_HOME=" + filepath.Join(home, "config"),
		"XDG_STATE_HOME=" + filepath.Join(home, "state"),
		"XDG_CACHE_HOME=" + filepath.Join(home, "cache"),
	}
	return append(env, extra...)
}

// runWant runs the binary and fails the test unless it exits with want.
func runWant(t *testing.T, env []string, want int, args ...string) (string, string) {
	t.Helper()
	out, errOut, code := run(t, env, "", args...)
	if code != want {
		t.Fatalf("debrief %v: exit %d, want %d\n%s%s", args, code, want, out, errOut)
	}
	return out, errOut
}

// treeState describes every file and folder under root (its kind, mode,
// size and modification time), one line each, sorted.
func treeState(t *testing.T, root string) []string {
	t.Helper()
	var lines []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		lines = append(lines, fmt.Sprintf("%s %v %d %d", p, info.Mode(), info.Size(), info.ModTime().UnixNano()))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(lines)
	return lines
}

func TestReadingCommandsWriteNothing(t *testing.T) {
	home := t.TempDir()
	env := homeEnv(home, "DEBRIEF_NOW=2026-03-14T10:00:00Z")
	data := filepath.Join(home, "data", "debrief")
	// A journal in the default place, made by a command that writes, with
	// a backup file beside it.
	runWant(t, env, 0, "demo", "--interviews", "40", "--today", "2026-03-14")
	backupFile := filepath.Join(data, "copy.db")
	runWant(t, env, 0, "backup", backupFile)
	must(t, os.RemoveAll(filepath.Join(data, "backups")))
	must(t, os.MkdirAll(filepath.Join(home, "config", "debrief"), 0o700))

	var agenda struct {
		Later []struct {
			Ref string `json:"ref"`
		} `json:"later"`
	}
	out, _ := runWant(t, env, 0, "followups", "--json")
	if err := json.Unmarshal([]byte(out), &agenda); err != nil || len(agenda.Later) == 0 {
		t.Fatalf("followups --json: %v\n%s", err, out)
	}
	ref := agenda.Later[0].Ref
	reading := [][]string{
		{"list"}, {"list", "--json"}, {"list", "--search", "salary"},
		{"show", "1"}, {"show", "2"},
		{"export"}, {"export", "--format", "md"},
		{"check"}, {"--db", backupFile, "check"},
		{"--db", backupFile, "list"}, {"--db", backupFile, "show", "1"}, {"--db", backupFile, "export"},
		{"patterns"}, {"patterns", "--format", "json"},
		{"followups", "--plain"}, {"followups", "--json"}, {"followups", "draft", ref},
		{"review", "--list"},
		{"backup", "--list"},
	}
	before := treeState(t, home)
	// A day later too: the day's backup would be due.
	for _, now := range []string{"2026-03-14T11:00:00Z", "2026-03-15T09:00:00Z"} {
		for _, args := range reading {
			runWant(t, homeEnv(home, "DEBRIEF_NOW="+now), 0, args...)
		}
	}
	after := treeState(t, home)
	if !slices.Equal(before, after) {
		t.Fatalf("reading commands changed files:\nbefore:\n%s\nafter:\n%s", strings.Join(before, "\n"), strings.Join(after, "\n"))
	}

	t.Run("NoJournal", func(t *testing.T) {
		// Nothing is created for a journal that is not there.
		empty := t.TempDir()
		env := homeEnv(empty)
		missing := filepath.Join(empty, "elsewhere", "journal.db")
		for _, args := range [][]string{{"list"}, {"export"}, {"check"}, {"patterns"}, {"followups", "--plain"}, {"review", "--list"}, {"--db", missing, "list"}, {"--db", missing, "show", "1"}} {
			_, errOut := runWant(t, env, 6, args...)
			if !strings.Contains(errOut, "no journal") {
				t.Errorf("%v: %s", args, errOut)
			}
		}
		if entries, _ := os.ReadDir(empty); len(entries) != 0 {
			t.Fatalf("reading commands created %v", entries)
		}
	})
}

func TestDailyBackupAfterAClockAhead(t *testing.T) {
	home := t.TempDir()
	backups := filepath.Join(home, "data", "debrief", "backups")
	runWant(t, homeEnv(home), 0, "demo", "--interviews", "3")
	must(t, os.RemoveAll(backups))
	// A week of changes under a clock four years ahead…
	for day := 1; day <= 7; day++ {
		runWant(t, homeEnv(home, fmt.Sprintf("DEBRIEF_NOW=2030-01-%02dT09:00:00Z", day)), 0, "outcome", "1", "--still-interested")
	}
	// …then one under the real clock.
	runWant(t, homeEnv(home), 0, "outcome", "1", "--still-interested=false")
	today := filepath.Join(backups, "journal-daily-"+time.Now().Format("2006-01-02")+".db")
	if _, err := os.Stat(today); err != nil {
		t.Fatalf("no backup of today: %v", err)
	}
	daily, _ := filepath.Glob(filepath.Join(backups, "journal-daily-*.db"))
	if len(daily) != 7 {
		t.Fatalf("%d daily backups kept: %v", len(daily), daily)
	}
	out, _ := runWant(t, homeEnv(home), 0, "--db", today, "check")
	if !strings.HasPrefix(out, "ok: 3 interviews") {
		t.Fatalf("check of today's backup: %s", out)
	}
}

// tempFiles returns the hidden temporary files in dir.
func tempFiles(dir string) []string {
	found, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	return found
}

// stopWhenTempAppears starts debrief with args and sends it sig as soon as
// a temporary file in dir has something written in it. It returns the
// process, that file, and a channel that gives the command's end. It gives
// up (returning no file) when the command ends first.
func stopWhenTempAppears(t *testing.T, env []string, dir string, sig syscall.Signal, args ...string) (*os.Process, string, <-chan error) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = env
	must(t, cmd.Start())
	t.Cleanup(func() { cmd.Process.Kill() }) // never leave one stopped
	ended := make(chan error, 1)
	exited := make(chan struct{})
	go func() { ended <- cmd.Wait(); close(exited) }()
	for {
		for _, f := range tempFiles(dir) {
			if info, err := os.Stat(f); err == nil && info.Size() > 0 {
				cmd.Process.Signal(sig)
				return cmd.Process, f, ended
			}
		}
		select {
		case <-exited:
			return cmd.Process, "", ended
		case <-time.After(200 * time.Microsecond):
		}
	}
}

// bigJournal makes a journal large enough that copying it takes a moment.
func bigJournal(t *testing.T, home string) string {
	t.Helper()
	db := filepath.Join(home, "journal.db")
	runWant(t, homeEnv(home, "DEBRIEF_DB="+db), 0, "demo", "--interviews", "10000")
	return db
}

// age sets a file's modification time back by d.
func age(t *testing.T, path string, d time.Duration) {
	t.Helper()
	when := time.Now().Add(-d)
	must(t, os.Chtimes(path, when, when))
}

func TestKilledBackupAndRestoreLeaveNoCopy(t *testing.T) {
	home := t.TempDir()
	db := bigJournal(t, home)
	env := homeEnv(home, "DEBRIEF_DB="+db)
	target := filepath.Join(home, "elsewhere")
	must(t, os.MkdirAll(target, 0o700))

	t.Run("Backup", func(t *testing.T) {
		var left string
		for attempt := 0; left == "" && attempt < 10; attempt++ {
			os.Remove(filepath.Join(target, "killed.db"))
			_, tmp, ended := stopWhenTempAppears(t, env, target, syscall.SIGKILL, "backup", filepath.Join(target, "killed.db"))
			<-ended
			if _, err := os.Stat(tmp); tmp != "" && err == nil {
				left = tmp
			}
		}
		if left == "" {
			t.Fatal("no backup was caught while it wrote its copy")
		}
		// The next backup into that folder, a moment later, removes it.
		age(t, left, 2*time.Minute)
		runWant(t, env, 0, "backup", filepath.Join(target, "next.db"))
		if found := tempFiles(target); len(found) != 0 {
			t.Fatalf("left behind: %v", found)
		}
	})

	t.Run("BackupRunningMeanwhile", func(t *testing.T) {
		// A backup still writing its copy (stopped here mid-way) keeps it,
		// however old the file, while another backup cleans the folder.
		var proc *os.Process
		var tmp string
		var ended <-chan error
		for attempt := 0; tmp == "" && attempt < 10; attempt++ {
			os.Remove(filepath.Join(target, "slow.db"))
			proc, tmp, ended = stopWhenTempAppears(t, env, target, syscall.SIGSTOP, "backup", filepath.Join(target, "slow.db"))
			if tmp == "" {
				<-ended
			}
		}
		if tmp == "" {
			t.Fatal("no backup was caught while it wrote its copy")
		}
		if _, err := os.Stat(tmp); err != nil {
			proc.Signal(syscall.SIGCONT)
			<-ended
			t.Skip("the backup was stopped after its copy was in place")
		}
		age(t, tmp, time.Hour)
		runWant(t, env, 0, "backup", "--force", filepath.Join(target, "next.db"))
		if _, err := os.Stat(tmp); err != nil {
			t.Errorf("the copy of a backup under way was removed: %v", err)
		}
		must(t, proc.Signal(syscall.SIGCONT))
		if err := <-ended; err != nil {
			t.Fatalf("the backup under way failed: %v", err)
		}
		out, _ := runWant(t, env, 0, "--db", filepath.Join(target, "slow.db"), "check")
		if !strings.HasPrefix(out, "ok: 10000 interviews") {
			t.Fatalf("check of that backup: %s", out)
		}
	})

	t.Run("Restore", func(t *testing.T) {
		backup := filepath.Join(target, "next.db")
		dir := filepath.Dir(db)
		var left string
		for attempt := 0; left == "" && attempt < 10; attempt++ {
			_, tmp, ended := stopWhenTempAppears(t, env, dir, syscall.SIGKILL, "restore", backup)
			<-ended
			if _, err := os.Stat(tmp); tmp != "" && err == nil {
				left = tmp
			}
		}
		if left == "" {
			t.Fatal("no restore was caught while it wrote its copy")
		}
		// The next command that changes the journal removes it.
		age(t, left, 2*time.Minute)
		runWant(t, env, 0, "outcome", "1", "--still-interested")
		if found := tempFiles(dir); len(found) != 0 {
			t.Fatalf("left behind: %v", found)
		}
		out, _ := runWant(t, env, 0, "check")
		if !strings.HasPrefix(out, "ok: 10000 interviews") {
			t.Fatalf("check after the killed restores: %s", out)
		}
	})
}

func TestBackupAsksBeforeReplacing(t *testing.T) {
	home := t.TempDir()
	db := filepath.Join(home, "journal.db")
	env := homeEnv(home, "DEBRIEF_DB="+db)
	runWant(t, env, 0, "demo", "--interviews", "5")
	file := filepath.Join(home, "copy.db")
	runWant(t, env, 0, "backup", file)
	before, err := os.ReadFile(file)
	must(t, err)
	runWant(t, env, 0, "outcome", "1", "offer")
	_, errOut := runWant(t, env, 5, "backup", file)
	if !strings.Contains(errOut, "exists already") || !strings.Contains(errOut, "--force") {
		t.Fatalf("the refusal does not say what to do: %s", errOut)
	}
	if after, _ := os.ReadFile(file); string(after) != string(before) {
		t.Fatal("the earlier backup changed")
	}
	runWant(t, env, 0, "backup", "--force", file)
	if after, _ := os.ReadFile(file); string(after) == string(before) {
		t.Fatal("--force did not replace the earlier backup")
	}
	// A file that is not a backup is never replaced.
	notes := filepath.Join(home, "notes.txt")
	must(t, os.WriteFile(notes, []byte("mine"), 0o600))
	runWant(t, env, 5, "backup", "--force", notes)
	if b, _ := os.ReadFile(notes); string(b) != "mine" {
		t.Fatal("a file that was not a backup was replaced")
	}
	// Without a file name, a second backup in the same second gets a name
	// of its own.
	first, _ := runWant(t, env, 0, "backup")
	second, _ := runWant(t, env, 0, "backup")
	if first == second {
		t.Fatalf("two backups without a name: %s", first)
	}
}

func TestBackupAndRestoreThroughALink(t *testing.T) {
	home := t.TempDir()
	synced := filepath.Join(home, "synced")
	real := filepath.Join(synced, "main.db")
	runWant(t, homeEnv(home, "DEBRIEF_DB="+real), 0, "demo", "--interviews", "5")
	must(t, os.RemoveAll(filepath.Join(synced, "backups")))
	link := filepath.Join(home, "data", "debrief", "journal.db")
	must(t, os.MkdirAll(filepath.Dir(link), 0o700))
	must(t, os.Symlink(real, link))
	env := homeEnv(home)
	isLink := func() {
		t.Helper()
		if target, err := os.Readlink(link); err != nil || target != real {
			t.Fatalf("the link is gone: %q %v", target, err)
		}
	}

	out, _ := runWant(t, env, 0, "backup")
	backups, _ := filepath.Glob(filepath.Join(synced, "backups", "main-manual-*.db"))
	if len(backups) != 1 || !strings.Contains(out, backups[0]) {
		t.Fatalf("the backup is not beside the journal the link leads to: %s %v", out, backups)
	}
	isLink()
	backedUp, _ := runWant(t, env, 0, "export")
	runWant(t, env, 0, "outcome", "1", "withdrew")
	out, _ = runWant(t, env, 0, "restore", backups[0])
	isLink()
	replaced, _ := filepath.Glob(real + ".replaced-*")
	if len(replaced) != 1 || !strings.Contains(out, replaced[0]) {
		t.Fatalf("the replaced journal is not kept beside the one the link leads to: %s %v", out, replaced)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(filepath.Dir(link), "*")); len(leftovers) != 1 {
		t.Fatalf("beside the link: %v", leftovers)
	}
	if out, _ = runWant(t, env, 0, "export"); out != backedUp {
		t.Fatal("the journal the link leads to is not the backup")
	}
	out, _ = runWant(t, homeEnv(home, "DEBRIEF_DB="+real), 0, "check")
	if !strings.HasPrefix(out, "ok: 5 interviews") {
		t.Fatalf("check: %s", out)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
