// Package safetext makes text typed by the user, or read from an import,
// harmless to draw on a terminal.
//
// A journal entry is stored exactly as it was written, but a terminal acts on
// what it is sent: a pasted escape sequence could set the clipboard, rename
// the window, clear the screen, answer a query into the input stream or hide
// the words around it. Every screen and every printed line therefore passes
// such text through [Text] or [Line] on its way out, and never on its way in.
//
// What is removed, and why:
//   - whole escape sequences (CSI, OSC, DCS, SOS, PM, APC and the short ESC
//     forms), including their parameters and payload, so that nothing of a
//     clipboard write or a title change is left to read. A string sequence
//     (OSC and the like) counts only when its terminator comes before the
//     end of its line; an ESC ] that never ends loses just its ESC, so it can
//     never hide the text after it;
//   - C1 code points (U+0080 to U+009F), each on its own: many terminals
//     honour U+009D or U+009B like their ESC spelling, but in stored text
//     they are nearly always a misread curly quote or dash, so the text that
//     follows one is kept, inert once the control is gone;
//   - every other control character and DEL, which can ring the bell, move the
//     cursor back over text, or switch the character set;
//   - Unicode bidirectional controls, which reorder what is shown so the screen
//     no longer matches what was stored.
//
// Invalid UTF-8 bytes become U+FFFD one for one, so a stray byte can neither
// pass for a C1 control nor vanish silently. Line breaks (LF, CR, CR LF, VT,
// FF, NEL, U+2028, U+2029) are kept as "\n" by [Text], because dropping them
// would glue words together and a lone CR would otherwise let later text
// overwrite earlier text. Ordinary characters, including combining marks,
// emoji, zero-width joiners and U+FFFD itself, are never touched, and none
// is ever removed except inside a complete escape sequence.
//
// The package keeps no state; all functions are safe for concurrent use.
package safetext
