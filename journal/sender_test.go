package journal_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestDraftMessage_Signed(t *testing.T) {
	sender := journal.Sender{Name: "Ada Lovelace", Signature: "\nAnalytical Engines Ltd  \r\n+44 20 7946 0000\n\n"}
	for _, kind := range journal.FollowUpKinds() {
		t.Run(string(kind), func(t *testing.T) {
			mc := fuFullContext()
			mc.Sender = sender
			msg, err := journal.DraftMessageFor(mc, journal.FollowUp{Kind: kind}, "")
			if err != nil {
				t.Fatal(err)
			}
			fuCheckMessage(t, msg)
			want := "\nAda Lovelace\nAnalytical Engines Ltd\n+44 20 7946 0000"
			if kind == journal.FollowUpConnect {
				// A connection note stays short: the name only.
				want = "\nAda Lovelace"
			}
			if !strings.HasSuffix(msg, want) {
				t.Fatalf("message does not end with %q:\n%s", want, msg)
			}
			lines := strings.Split(strings.TrimSuffix(msg, want), "\n")
			if signOff := lines[len(lines)-1]; !strings.HasSuffix(signOff, ",") {
				t.Errorf("the name does not follow a sign-off but %q:\n%s", signOff, msg)
			}
			if strings.Count(msg, "Ada Lovelace") != 1 {
				t.Errorf("the name is written more than once:\n%s", msg)
			}
		})
	}
}

func TestDraftMessage_Placeholder(t *testing.T) {
	mc := fuFullContext()
	mc.Sender = journal.Sender{Name: journal.PlaceholderName}
	msg, err := journal.DraftMessageFor(mc, journal.FollowUp{Kind: journal.FollowUpThankYou}, "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(msg, "Best regards,\n[your name]") {
		t.Fatalf("message is not signed with the placeholder:\n%s", msg)
	}
}

func TestDraftMessage_SignsUserTemplate(t *testing.T) {
	mc := fuFullContext()
	mc.Sender = journal.Sender{Name: "Ada Lovelace", Signature: "Engineer"}
	for _, tc := range []struct{ name, tmpl, want string }{
		{"SignOff", "{{.Greeting}}\n\nThanks!\n\nCheers,", "Thanks!\n\nCheers,\nAda Lovelace\nEngineer"},
		{"NoSignOff", "{{.Greeting}}\n\nThanks!", "Thanks!\n\nAda Lovelace\nEngineer"},
		{"OwnPlace", "{{.Greeting}}\n\nThanks!\n-- {{.Sender}}{{with .Signature}} ({{.}}){{end}}", "Thanks!\n-- Ada Lovelace (Engineer)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			msg, err := journal.DraftMessageFor(mc, journal.FollowUp{Kind: journal.FollowUpCheckIn}, tc.tmpl)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasSuffix(msg, tc.want) {
				t.Fatalf("message %q, want it to end %q", msg, tc.want)
			}
		})
	}
}

func TestSenderValidate(t *testing.T) {
	t.Run("OK", func(t *testing.T) {
		for _, s := range []journal.Sender{
			{},
			{Name: "Ada Lovelace"},
			{Name: "Zoë Ó Súilleabháin", Signature: "Line one\n\nLine three\r\n"},
			{Name: strings.Repeat("a", journal.MaxSenderNameChars), Signature: strings.Repeat("é", journal.MaxSignatureLineChars)},
		} {
			if err := s.Validate(); err != nil {
				t.Errorf("%+v: %v", s, err)
			}
		}
	})
	for _, tc := range []struct {
		name   string
		s      journal.Sender
		field  string
		saying string
	}{
		{"NameLong", journal.Sender{Name: strings.Repeat("a", journal.MaxSenderNameChars+1)}, "name", "the name is 71 characters long; keep it to 70"},
		{"NameLines", journal.Sender{Name: "Ada\nLovelace"}, "name", "the name must be on one line"},
		{"NameControl", journal.Sender{Name: "Ada\x1b[31m"}, "name", "the name holds a control character (U+001B)"},
		{"NameTab", journal.Sender{Name: "Ada\tL"}, "name", "the name holds a tab"},
		{"NameUTF8", journal.Sender{Name: "Ada\xff"}, "name", "not valid UTF-8"},
		{"SignatureLines", journal.Sender{Signature: strings.Repeat("x\n", journal.MaxSignatureLines+1)}, "signature", "the signature has 7 lines; keep it to 6"},
		{"SignatureLineLong", journal.Sender{Signature: "ok\n" + strings.Repeat("b", 79)}, "signature", "the signature (its line 2) is 79 characters long; keep it to 78"},
		{"SignatureControl", journal.Sender{Signature: "ok\x07"}, "signature", "the signature holds a control character (U+0007)"},
	} {
		t.Run("ErrInvalid/"+tc.name, func(t *testing.T) {
			err := tc.s.Validate()
			if journal.ErrorCode(err) != journal.EInvalid || journal.FieldPath(err) != tc.field {
				t.Fatalf("err = %v (field %q), want EInvalid about %s", err, journal.FieldPath(err), tc.field)
			}
			if msg := journal.ErrorMessage(err); !strings.Contains(msg, tc.saying) {
				t.Errorf("message %q, want it to say %q", msg, tc.saying)
			}
		})
	}
}
