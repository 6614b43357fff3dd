package remind

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestSchedules(t *testing.T) {
	s := Schedule{Binary: `/home/ada/my apps/deb"rief%`, Journal: "/home/ada/it's $HOME.db", Hour: 7, Minute: 5}
	service, timer := s.SystemdUnits()
	if !strings.Contains(service, `ExecStart="/home/ada/my apps/deb\"rief%%" "remind" "--notify" "--db" "/home/ada/it's $$HOME.db"`) {
		t.Errorf("service:\n%s", service)
	}
	if !strings.Contains(service, "\nSuccessExitStatus=6\n") {
		t.Errorf("service counts no journal yet as a failure:\n%s", service)
	}
	for _, want := range []string{"OnCalendar=*-*-* 07:05:00", "Persistent=true", "WantedBy=timers.target"} {
		if !strings.Contains(timer, want) {
			t.Errorf("timer lacks %q:\n%s", want, timer)
		}
	}
	plist := s.LaunchdPlist()
	var doc struct {
		Dict struct {
			Strings []string `xml:"array>string"`
		} `xml:"dict"`
	}
	if err := xml.Unmarshal([]byte(plist), &doc); err != nil {
		t.Fatalf("plist is not XML: %v\n%s", err, plist)
	}
	if got := doc.Dict.Strings; len(got) != 5 || got[0] != s.Binary || got[4] != s.Journal {
		t.Errorf("program arguments %q", got)
	}
	if line := s.CrontabLine(); line != `5 7 * * * '/home/ada/my apps/deb"rief\%' remind --notify --db '/home/ada/it'\''s $HOME.db'` {
		t.Errorf("crontab line %s", line)
	}
}

func TestParseClock(t *testing.T) {
	for in, want := range map[string][2]int{"09:00": {9, 0}, "7:05": {7, 5}, " 23:59 ": {23, 59}} {
		h, m, err := ParseClock(in)
		if err != nil || h != want[0] || m != want[1] {
			t.Errorf("ParseClock(%q) = %d, %d, %v", in, h, m, err)
		}
	}
	for _, in := range []string{"24:00", "9", "9am", "", "12:60"} {
		if _, _, err := ParseClock(in); err == nil {
			t.Errorf("ParseClock(%q) accepted", in)
		}
	}
}
