package safetext_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/safetext"
)

type textCase struct {
	name, in, want string
}

func runTextCases(t *testing.T, cases []textCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := safetext.Text(tc.in)
			if got != tc.want {
				t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if clean := safetext.IsClean(tc.in); clean != (got == tc.in) {
				t.Errorf("IsClean(%q) = %v, but Text changed it: %v", tc.in, clean, got != tc.in)
			}
		})
	}
}

func TestTextKeepsOrdinaryText(t *testing.T) {
	for _, s := range []string{
		"",
		"Asked about a time I failed; answered with the migration story.",
		"two\nlines\n\nand a blank one",
		"Café, naïve, Ångström, São Paulo, Łódź",
		"e\u0301 (e plus a combining acute) and \u0915\u094d\u0937",
		"面接の後でメモを書く",
		"인터뷰 회고",
		"مقابلة عمل", // right-to-left script without any bidi control
		"emoji 👍🏽 🎉 and a family 👩‍👩‍👧 joined by ZWJ",
		"flags 🇫🇷🇯🇵 and keycap 1️⃣",
		"zero\u200bwidth space and a literal \uFFFD stays",
		"symbols ~!@#$%^&*()_+{}|:\"<>?`-=[]\\;',./",
		"non-breaking\u00a0space and soft\u00adhyphen",
	} {
		if got := safetext.Text(s); got != s {
			t.Errorf("Text(%q) = %q, want it unchanged", s, got)
		}
		if !safetext.IsClean(s) {
			t.Errorf("IsClean(%q) = false, want true", s)
		}
	}
}

func TestTextRemovesCSI(t *testing.T) {
	runTextCases(t, []textCase{
		{"Clear", "a\x1b[2Jb", "ab"},
		{"SGR", "\x1b[1;31mred\x1b[0m", "red"},
		{"PrivateParams", "x\x1b[?1049hy", "xy"},
		{"Intermediate", "x\x1b[2 qy", "xy"},
		{"CursorReport", "\x1b[6n", ""},
		{"Unterminated", "text\x1b[12;3", "text"},
		{"IntroducerOnly", "text\x1b[", "text"},
		{"EndsAtControl", "a\x1b[2\x07J", "aJ"},
		{"EndsAtNonASCII", "a\x1b[2éb", "aéb"},
		{"EndsAtESC", "a\x1b[2\x1b[3mb", "ab"},
		// A C1 introducer goes alone; what follows is plain text once it has.
		{"C1Rune", "a\u009b2Jb", "a2Jb"},
		{"C1RuneUnterminated", "a\u009b?25", "a?25"},
	})
}

func TestTextRemovesOSC(t *testing.T) {
	runTextCases(t, []textCase{
		{"BEL", "a\x1b]0;title\x07b", "ab"},
		{"ST", "a\x1b]52;c;aGk=\x1b\\b", "ab"},
		{"C1ST", "a\x1b]2;t\u009cb", "ab"},
		{"C1Introducer", "a\u009d0;t\x07b", "a0;tb"},
		{"C1IntroducerKeepsTheRest", "He said \u00e2\u0080\u009cyes\u00e2\u0080\u009d and left.", "He said \u00e2yes\u00e2 and left."},
		{"Hyperlink", "\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x1b\\", "link"},
		// With no terminator, it is not a sequence: only the ESC goes.
		{"Unterminated", "keep\x1b]0;rest of the text", "keep]0;rest of the text"},
		{"UnterminatedOnItsLine", "a\x1b]0;rest\nnext\x07b", "a]0;rest\nnextb"},
		{"UnterminatedBeforeCRLF", "a\x1b]0;rest\r\nb\x1b\\", "a]0;rest\nb"},
		{"UnterminatedBeforeNEL", "a\x1b]0;x\u0085b\x07", "a]0;x\nb"},
		{"UnterminatedBeforeLineSeparator", "a\x1b]0;x\u2028b\x07", "a]0;x\nb"},
		{"NotEndedByAnotherESC", "a\x1b]0;t\x1b[1mb", "a]0;tb"},
		{"BodyKeepsTabs", "a\x1b]0;x\ty\x07b", "ab"},
		{"BodyWithInvalidUTF8", "a\x1b]0;\xff\xfe\x07b", "ab"},
		{"RawST", "a\x1b]0;t\x9cb", "a]0;t\uFFFDb"},
		// U+2020 is encoded e2 80 a0, close to the separators' e2 80 a8.
		{"NotFooledByNearSeparator", "a\x1b]0;\u2020\x07b", "ab"},
	})
}

func TestTextRemovesControlStrings(t *testing.T) {
	runTextCases(t, []textCase{
		{"DCS", "a\x1bP$qm\x1b\\b", "ab"},
		{"DCSIgnoresBEL", "a\x1bPq\x07still inside\x1b\\b", "ab"},
		{"SOS", "a\x1bXhidden\x1b\\b", "ab"},
		{"PM", "a\x1b^hidden\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"C1DCS", "a\u0090x\u009cb", "axb"},
		{"C1SOS", "a\u0098x\u009cb", "axb"},
		{"C1PM", "a\u009ex\u009cb", "axb"},
		{"C1APC", "a\u009fx\u009cb", "axb"},
		{"Unterminated", "a\x1bPq#0;2;0;0;0", "aPq#0;2;0;0;0"},
		{"EndedByC1ST", "a\x1bPq\u009cb", "ab"},
		// U+071C is encoded dc 9c: its second byte must not end the string.
		{"NotFooledByContinuationByte", "a\x1bPx\u071cy\x1b\\b", "ab"},
	})
}

func TestTextRemovesShortEscapes(t *testing.T) {
	runTextCases(t, []textCase{
		{"FullReset", "a\x1bcb", "ab"},
		{"SaveRestoreCursor", "a\x1b7b\x1b8c", "abc"},
		{"Keypad", "a\x1b=b\x1b>c", "abc"},
		{"Charset", "a\x1b(Bb\x1b)0c", "abc"},
		{"Alignment", "a\x1b#8b", "ab"},
		{"IntermediateAtEnd", "a\x1b(", "a"},
		{"LoneAtEnd", "a\x1b", "a"},
		{"Double", "a\x1b\x1bcb", "ab"},
		{"BeforeNonASCII", "a\x1bé", "aé"},
		{"BeforeNewline", "a\x1b\nb", "a\nb"},
	})
}

func TestTextRemovesControls(t *testing.T) {
	runTextCases(t, []textCase{
		{"BEL", "ding\x07", "ding"},
		{"Backspace", "abc\b\b\bxyz", "abcxyz"},
		{"NUL", "a\x00b", "ab"},
		{"DEL", "a\x7fb", "ab"},
		{"ShiftOutIn", "a\x0eb\x0fc", "abc"},
		{"OtherC0", "\x01\x02\x03\x04\x05\x06\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1c\x1d\x1e\x1f", ""},
		{"C1Other", "a\u0084b\u008dc\u009cd", "abcd"},
	})
}

func TestTextLineBreaksAndTabs(t *testing.T) {
	runTextCases(t, []textCase{
		{"LF", "a\nb", "a\nb"},
		{"CRLF", "a\r\nb\r\n", "a\nb\n"},
		{"LoneCR", "accepted\rrejected", "accepted\nrejected"},
		{"CRCRLF", "a\r\r\nb", "a\n\nb"},
		{"VerticalTabAndFormFeed", "a\vb\fc", "a\nb\nc"},
		{"NEL", "a\u0085b", "a\nb"},
		{"LineAndParagraphSeparators", "a\u2028b\u2029c", "a\nb\nc"},
		{"Tab", "a\tb", "a    b"},
		{"LeadingTabs", "\t\tx", "        x"},
	})
}

func TestTextRemovesBidiControls(t *testing.T) {
	runTextCases(t, []textCase{
		{"RLO", "invoice\u202Efdp.exe", "invoicefdp.exe"},
		{"Embeddings", "\u202Aa\u202Bb\u202Cc\u202Dd", "abcd"},
		{"Isolates", "\u2066a\u2067b\u2068c\u2069", "abc"},
		{"Marks", "a\u200Eb\u200Fc\u061Cd", "abcd"},
	})
}

func TestTextReplacesInvalidUTF8(t *testing.T) {
	runTextCases(t, []textCase{
		{"SingleBytes", "a\xffb\xfec", "a\uFFFDb\uFFFDc"},
		{"RawC1Byte", "a\x9b2J", "a\uFFFD2J"},
		{"Overlong", "\xc0\xaf", "\uFFFD\uFFFD"},
		{"Truncated", "x\xe2\x82", "x\uFFFD\uFFFD"},
		{"Surrogate", "\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
	})
}

func TestLine(t *testing.T) {
	for _, tc := range []textCase{
		{"Empty", "", ""},
		{"AlreadyOneLine", "Follow up with Dana on Friday", "Follow up with Dana on Friday"},
		{"Newlines", "first\nsecond\r\nthird", "first second third"},
		{"Tabs", "a\tb\t\tc", "a b c"},
		{"RunsCollapse", "a  \n\n\t  b", "a b"},
		{"Trimmed", "  \n padded \t\n", "padded"},
		{"OnlyBlanks", " \n\t\r ", ""},
		{"TrailingSpace", "word ", "word"},
		{"LeadingSpace", " word", "word"},
		{"SequenceBetweenBlanks", "a \x1b[2J b", "a b"},
		{"SequenceGlued", "a\x1b]0;t\x07b", "ab"},
		{"SeparatorsAndNEL", "a\u2028b\u2029c\u0085d", "a b c d"},
		{"UnicodeKept", "面接 👩‍👩‍👧 café", "面接 👩‍👩‍👧 café"},
		{"NonBreakingSpaceKept", "a\u00a0\u00a0b", "a\u00a0\u00a0b"},
		{"Attack", "\x1b]52;c;aGk=\x07 title\u202E\n", "title"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := safetext.Line(tc.in)
			if got != tc.want {
				t.Errorf("Line(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if reason := lineReason(got); reason != "" {
				t.Errorf("Line(%q) = %q: %s", tc.in, got, reason)
			}
			if again := safetext.Line(got); again != got {
				t.Errorf("Line is not idempotent: %q then %q", got, again)
			}
		})
	}
}

func TestLargeInputsStayLinear(t *testing.T) {
	// A long unterminated string and many short sequences must each be
	// handled in one pass; a quadratic scan would make this test crawl.
	open := "\x1b]0;" + strings.Repeat("x", 1<<20)
	if got := safetext.Text(open); got != open[1:] {
		t.Errorf("unterminated OSC of 1 MiB: got %d bytes, want all but the ESC", len(got))
	}
	opens := strings.Repeat("\x1b]0;x", 1<<18)
	if got := safetext.Text(opens); got != strings.Repeat("]0;x", 1<<18) {
		t.Errorf("many unterminated OSCs: got %d bytes", len(got))
	}
	c1 := strings.Repeat("\u009dx", 1<<18)
	if got := safetext.Text(c1); got != strings.Repeat("x", 1<<18) {
		t.Errorf("many C1 introducers: got %d bytes", len(got))
	}
	many := strings.Repeat("a\x1b[1m", 1<<18)
	if got := safetext.Text(many); got != strings.Repeat("a", 1<<18) {
		t.Errorf("many short sequences: got %d bytes, want %d", len(got), 1<<18)
	}
	escapes := strings.Repeat("\x1b", 1<<20)
	if got := safetext.Line(escapes); got != "" {
		t.Errorf("a run of ESC left %q", got[:min(len(got), 20)])
	}
}
