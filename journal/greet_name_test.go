package journal

import "testing"

func TestGreetName(t *testing.T) {
	cases := []struct {
		line, want string
		ok         bool
	}{
		{"Dana Lee", "Dana", true},
		{"Priya", "Priya", true},
		{"Sam O'Neil (hiring manager)", "Sam", true},
		{"dana lee", "Dana", true},
		{"Dr. Amara Okafor", "Dr. Okafor", true},
		{"Ms Chen", "Ms Chen", true},
		{"田中 美咲 (Misaki Tanaka)", "田中 美咲", true},
		{"김민준", "김민준", true},
		{"Élodie Martin", "Élodie", true},
		{"some guy from the platform team? didnt catch his name", "", false},
		{"the person from HR", "", false},
		{"Interviewer 2", "", false},
		{"recruiter@example.com", "", false},
		{"", "", false},
		{"(unknown)", "", false},
	}
	for _, c := range cases {
		got, ok := greetName(c.line)
		if got != c.want || ok != c.ok {
			t.Errorf("greetName(%q) = %q, %v; want %q, %v", c.line, got, ok, c.want, c.ok)
		}
	}
}

// TestGreetingSkipsWhatIsNotAName builds the thank-you of an interview whose
// people were noted as a reader would, some of them not by name.
func TestGreetingSkipsWhatIsNotAName(t *testing.T) {
	iv := &Interview{Company: "Acme", Interviewers: []Person{
		{Name: "Priya Raman"}, {Name: "田中 美咲 (Misaki Tanaka)"}, {Name: "some guy from the platform team? didnt catch his name"},
	}}
	d := buildMessageData(MessageContext{Interview: iv}, FollowUpThankYou)
	if d.Greeting != "Hi Priya and 田中 美咲," {
		t.Fatalf("greeting %q", d.Greeting)
	}
}
