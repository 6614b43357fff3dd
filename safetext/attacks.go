package safetext

import (
	"slices"
	"strings"
)

// Attack is one hostile piece of text that must be harmless once shown.
//
// Marker is a substring of Seq whose presence in anything written to the
// terminal means the attack got through. It is chosen so that the check
// "the output never contains Marker" is sound in both directions:
//
//   - For string sequences (OSC, DCS, SOS, PM, APC) started by ESC and
//     terminated on their line, Marker is a unique token inside the body,
//     such as the base64 clipboard payload or the window title. Cleaning
//     removes the body with its introducer, so the token cannot appear at
//     all, whether the sequence went through live or a weaker filter left its
//     body on screen as litter. Matching the body rather than the introducer also catches a
//     renderer that re-encodes the sequence (Bubble Tea rewrites OSC 8
//     hyperlinks, for example).
//   - For sequences with no room for a token (CSI, the short ESC forms, C0
//     controls) Marker is a unique anchor word followed directly by the
//     sequence, as in "PWNED-ris\x1bc". The app draws CSI sequences of its
//     own (ESC [2J included) but never right after that word, and once the
//     introducer is gone the pair cannot occur.
//   - When cleaning keeps the text after an introducer on screen (a C1
//     code point is dropped alone, a raw 0x9b byte becomes U+FFFD, a string
//     with no terminator on its line loses only its ESC), Marker is the
//     introducer plus that text, which can only appear if the introducer
//     reached the terminal, and Visible is that text, which must appear.
//   - Invalid UTF-8 and bidirectional controls are their own markers: valid
//     output never contains those bytes and debrief never draws bidi controls.
//
// Visible, when not empty, is plain text in Seq that cleaning must leave
// readable. It is the second check, for attacks that work by hiding text
// rather than by sending a command: a carriage return or backspaces that let
// later text cover earlier text, or a conceal attribute. A renderer can
// apply those itself before any byte reaches the terminal, so the absence of
// Marker alone does not prove them harmless; the presence of Visible does.
type Attack struct {
	Name    string
	Seq     string
	Marker  string
	Visible string
}

// Attacks returns a fresh list of terminal attacks for tests across debrief.
// Every Seq needs cleaning, contains its Marker and contains its Visible text.
func Attacks() []Attack {
	return slices.Concat(
		oscAttacks(),
		stringAttacks(),
		csiAttacks(),
		shortEscapeAttacks(),
		c1Attacks(),
		malformedAttacks(),
		controlAttacks(),
		bidiAttacks(),
		invalidUTF8Attacks(),
	)
}

func oscAttacks() []Attack {
	return []Attack{
		{Name: "osc52-clipboard-bel", Seq: "\x1b]52;c;UFdORUQtY2xpcC1iZWw=\x07", Marker: "UFdORUQtY2xpcC1iZWw="},
		{Name: "osc52-clipboard-st", Seq: "\x1b]52;c;UFdORUQtY2xpcC1zdA==\x1b\\", Marker: "UFdORUQtY2xpcC1zdA=="},
		{Name: "osc52-clipboard-query", Seq: "PWNED-clipq\x1b]52;c;?\x07", Marker: "PWNED-clipq\x1b]52", Visible: "PWNED-clipq"},
		{
			Name:    "osc8-hyperlink",
			Seq:     "\x1b]8;;https://pwned.example/PWNED-link\x1b\\click me\x1b]8;;\x1b\\",
			Marker:  "pwned.example/PWNED-link",
			Visible: "click me",
		},
		{Name: "osc0-title", Seq: "\x1b]0;PWNED-title0\x07", Marker: "PWNED-title0"},
		{Name: "osc2-title", Seq: "\x1b]2;PWNED-title2\x1b\\", Marker: "PWNED-title2"},
		{Name: "osc4-palette-set", Seq: "\x1b]4;1;rgb:de/ad/01\x07", Marker: "rgb:de/ad/01"},
		{Name: "osc10-foreground-set", Seq: "\x1b]10;rgb:de/ad/10\x1b\\", Marker: "rgb:de/ad/10"},
		{Name: "osc11-background-set", Seq: "\x1b]11;rgb:de/ad/11\x07", Marker: "rgb:de/ad/11"},
		// Bubble Tea sends this very query itself, so the anchor carries the marker.
		{Name: "osc11-background-query", Seq: "PWNED-bgq\x1b]11;?\x07", Marker: "PWNED-bgq\x1b]11", Visible: "PWNED-bgq"},
		{Name: "osc7-working-dir", Seq: "\x1b]7;file://pwned.example/PWNED-cwd\x07", Marker: "PWNED-cwd"},
	}
}

func stringAttacks() []Attack {
	return []Attack{
		{Name: "dcs-decrqss", Seq: "PWNED-decrqss\x1bP$qm\x1b\\", Marker: "PWNED-decrqss\x1bP", Visible: "PWNED-decrqss"},
		{Name: "dcs-sixel", Seq: "\x1bPq#0;2;0;0;0#0~~PWNEDSIXEL~~\x1b\\", Marker: "PWNEDSIXEL"},
		{Name: "dcs-tmux-passthrough", Seq: "\x1bPtmux;\x1b\x1b]0;PWNED-tmux\x07\x1b\\", Marker: "PWNED-tmux"},
		{Name: "apc-kitty-graphics", Seq: "\x1b_Ga=T,f=100;UFdORUQta2l0dHk=\x1b\\", Marker: "UFdORUQta2l0dHk="},
		{Name: "pm-string", Seq: "\x1b^PWNED-pm\x1b\\", Marker: "PWNED-pm"},
		{Name: "sos-string", Seq: "\x1bXPWNED-sos\x1b\\", Marker: "PWNED-sos"},
	}
}

func csiAttacks() []Attack {
	return []Attack{
		{Name: "csi-6n-cursor-report", Seq: "PWNED-dsr6\x1b[6n", Marker: "PWNED-dsr6\x1b[", Visible: "PWNED-dsr6"},
		{Name: "csi-5n-status-report", Seq: "PWNED-dsr5\x1b[5n", Marker: "PWNED-dsr5\x1b[", Visible: "PWNED-dsr5"},
		{Name: "csi-2j-clear", Seq: "PWNED-clear\x1b[2J", Marker: "PWNED-clear\x1b[", Visible: "PWNED-clear"},
		{Name: "csi-alt-screen", Seq: "PWNED-alt\x1b[?1049h", Marker: "PWNED-alt\x1b[", Visible: "PWNED-alt"},
		{Name: "csi-bracketed-paste-off", Seq: "PWNED-paste\x1b[?2004l", Marker: "PWNED-paste\x1b[", Visible: "PWNED-paste"},
		{Name: "csi-paste-end", Seq: "PWNED-pasteend\x1b[201~", Marker: "PWNED-pasteend\x1b[", Visible: "PWNED-pasteend"},
		{Name: "csi-cursor-home", Seq: "PWNED-home\x1b[H", Marker: "PWNED-home\x1b[", Visible: "PWNED-home"},
		{Name: "csi-sgr-conceal", Seq: "PWNED-conceal\x1b[8mhidden words", Marker: "PWNED-conceal\x1b[", Visible: "hidden words"},
		{Name: "csi-window-op", Seq: "PWNED-winop\x1b[21t", Marker: "PWNED-winop\x1b[", Visible: "PWNED-winop"},
	}
}

func shortEscapeAttacks() []Attack {
	return []Attack{
		{Name: "esc-c-full-reset", Seq: "PWNED-ris\x1bc", Marker: "PWNED-ris\x1bc", Visible: "PWNED-ris"},
		{Name: "esc-7-save-cursor", Seq: "PWNED-decsc\x1b7", Marker: "PWNED-decsc\x1b7", Visible: "PWNED-decsc"},
		{Name: "esc-8-restore-cursor", Seq: "PWNED-decrc\x1b8", Marker: "PWNED-decrc\x1b8", Visible: "PWNED-decrc"},
		{Name: "esc-keypad-mode", Seq: "PWNED-deckpam\x1b=", Marker: "PWNED-deckpam\x1b=", Visible: "PWNED-deckpam"},
		{Name: "esc-charset-line-drawing", Seq: "PWNED-g0\x1b(0abc", Marker: "PWNED-g0\x1b(", Visible: "PWNED-g0"},
		{Name: "esc-charset-ascii", Seq: "PWNED-g0b\x1b(B", Marker: "PWNED-g0b\x1b(", Visible: "PWNED-g0b"},
		{Name: "esc-screen-alignment", Seq: "PWNED-decaln\x1b#8", Marker: "PWNED-decaln\x1b#", Visible: "PWNED-decaln"},
		{Name: "esc-reverse-index", Seq: "PWNED-ri\x1bM", Marker: "PWNED-ri\x1bM", Visible: "PWNED-ri"},
		{Name: "esc-lone-at-end", Seq: "PWNED-lone\x1b", Marker: "PWNED-lone\x1b", Visible: "PWNED-lone"},
		{Name: "esc-double", Seq: "PWNED-double\x1b\x1b[2J", Marker: "PWNED-double\x1b", Visible: "PWNED-double"},
	}
}

func c1Attacks() []Attack {
	return []Attack{
		{Name: "c1-csi-rune", Seq: "PWNED-c1csi\u009b2J", Marker: "PWNED-c1csi\u009b", Visible: "PWNED-c1csi"},
		{Name: "c1-osc-rune", Seq: "\u009d0;PWNED-c1osc\u0007", Marker: "\u009d0;PWNED-c1osc", Visible: "PWNED-c1osc"},
		{
			Name:    "c1-osc52-rune-st",
			Seq:     "\u009d52;c;UFdORUQtY2xpcC1jMQ==\u009c",
			Marker:  "\u009d52;c;UFdORUQtY2xpcC1jMQ==",
			Visible: "UFdORUQtY2xpcC1jMQ==",
		},
		{Name: "c1-dcs-rune", Seq: "\u0090$qPWNED-c1dcs\u009c", Marker: "\u0090$qPWNED-c1dcs", Visible: "PWNED-c1dcs"},
		{Name: "c1-apc-rune", Seq: "\u009fGPWNED-c1apc\u009c", Marker: "\u009fGPWNED-c1apc", Visible: "PWNED-c1apc"},
		// "”" (e2 80 9d) read as Latin-1: an everyday U+009D with words after it.
		{Name: "c1-osc-mojibake", Seq: "\u00e2\u0080\u009dPWNED-mojibake", Marker: "\u009dPWNED-mojibake", Visible: "PWNED-mojibake"},
		{Name: "c1-reverse-index-rune", Seq: "PWNED-c1ri\u008d", Marker: "PWNED-c1ri\u008d", Visible: "PWNED-c1ri"},
		{Name: "c1-csi-byte", Seq: "PWNED-c1b\x9b2J", Marker: "PWNED-c1b\x9b", Visible: "PWNED-c1b"},
		{Name: "c1-osc-byte", Seq: "\x9d0;PWNED-c1bosc\x07", Marker: "\x9d0;PWNED-c1bosc"},
		{Name: "c1-dcs-byte", Seq: "\x90$qPWNED-c1bdcs\x9c", Marker: "\x90$qPWNED-c1bdcs"},
	}
}

func malformedAttacks() []Attack {
	return []Attack{
		{Name: "unterminated-osc", Seq: "\x1b]0;PWNED-open-osc", Marker: "\x1b]0;PWNED-open-osc", Visible: "PWNED-open-osc"},
		{Name: "unterminated-csi", Seq: "PWNED-open-csi\x1b[?1049", Marker: "PWNED-open-csi\x1b[", Visible: "PWNED-open-csi"},
		{Name: "unterminated-dcs", Seq: "\x1bP1$rPWNED-open-dcs", Marker: "\x1bP1$rPWNED-open-dcs", Visible: "PWNED-open-dcs"},
		{Name: "unterminated-apc", Seq: "\x1b_GPWNED-open-apc", Marker: "\x1b_GPWNED-open-apc", Visible: "PWNED-open-apc"},
		{Name: "osc-broken-by-newline", Seq: "\x1b]0;PWNED-osc-split\nnext\x07", Marker: "\x1b]0;PWNED-osc-split", Visible: "PWNED-osc-split"},
		{Name: "nested-osc", Seq: "\x1b]0;PWNED-outer\x1b]52;c;UFdORUQtbmVzdA==\x07\x07", Marker: "UFdORUQtbmVzdA=="},
		{Name: "csi-inside-osc", Seq: "\x1b]2;PWNED-mixed\x1b[2J\x07", Marker: "\x1b]2;PWNED-mixed", Visible: "PWNED-mixed"},
		{
			Name:    "overlong-params",
			Seq:     "PWNED-params\x1b[" + strings.Repeat("1;", 4096) + "31m",
			Marker:  "PWNED-params\x1b[",
			Visible: "PWNED-params",
		},
		{Name: "huge-number", Seq: "PWNED-bignum\x1b[99999999999999999999999J", Marker: "PWNED-bignum\x1b[", Visible: "PWNED-bignum"},
		{Name: "csi-broken-by-newline", Seq: "PWNED-split\x1b[2\n2J", Marker: "PWNED-split\x1b[", Visible: "PWNED-split"},
	}
}

func controlAttacks() []Attack {
	return []Attack{
		{Name: "bel", Seq: "PWNED-bel\x07ding", Marker: "bel\x07ding", Visible: "PWNED-bel"},
		{Name: "backspace-overwrite", Seq: "PWNED-bs\b\b\b\b\b\b\b\bharmless", Marker: "PWNED-bs\b", Visible: "PWNED-bs"},
		{Name: "cr-overwrite", Seq: "Offer PWNED-accepted\rRejected", Marker: "accepted\rRejected", Visible: "Offer PWNED-accepted"},
		{Name: "del", Seq: "PWNED-del\x7fx", Marker: "PWNED-del\x7f", Visible: "PWNED-del"},
		{Name: "nul", Seq: "PWNED-nul\x00x", Marker: "PWNED-nul\x00", Visible: "PWNED-nul"},
		{Name: "shift-out", Seq: "PWNED-so\x0eabc", Marker: "PWNED-so\x0e", Visible: "PWNED-so"},
		{Name: "can-sub", Seq: "PWNED-can\x18\x1a", Marker: "PWNED-can\x18", Visible: "PWNED-can"},
	}
}

func bidiAttacks() []Attack {
	return []Attack{
		{Name: "bidi-rlo", Seq: "invoice\u202Efdp.exe", Marker: "\u202E", Visible: "invoice"},
		{Name: "bidi-lri-pdi", Seq: "PWNED-lri\u2066reversed\u2069", Marker: "\u2066", Visible: "reversed"},
		{Name: "bidi-rli", Seq: "PWNED-rli\u2067text\u2069", Marker: "\u2067", Visible: "PWNED-rli"},
		{Name: "bidi-fsi", Seq: "PWNED-fsi\u2068text\u2069", Marker: "\u2068", Visible: "PWNED-fsi"},
		{Name: "bidi-lre-pdf", Seq: "PWNED-lre\u202Atext\u202C", Marker: "\u202A", Visible: "PWNED-lre"},
		{Name: "bidi-marks", Seq: "PWNED-marks\u200E\u200F\u061C", Marker: "\u200F", Visible: "PWNED-marks"},
	}
}

func invalidUTF8Attacks() []Attack {
	return []Attack{
		{Name: "utf8-invalid-bytes", Seq: "PWNED-utf8\xff\xfe", Marker: "\xff\xfe", Visible: "PWNED-utf8"},
		{Name: "utf8-overlong-slash", Seq: "PWNED-overlong\xc0\xaf", Marker: "\xc0\xaf", Visible: "PWNED-overlong"},
		{Name: "utf8-truncated", Seq: "PWNED-trunc\xe2\x82!", Marker: "\xe2\x82!", Visible: "PWNED-trunc"},
		{Name: "utf8-surrogate", Seq: "PWNED-surrogate\xed\xa0\x80", Marker: "\xed\xa0\x80", Visible: "PWNED-surrogate"},
		{Name: "utf8-overlong-esc", Seq: "PWNED-overesc\xc0\x9b2J", Marker: "\xc0\x9b", Visible: "PWNED-overesc"},
	}
}
