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
//     clipboard write or a title change is left to read;
//   - the same sequences started by C1 code points (U+009B and friends), which
//     many terminals honour just like their ESC spelling;
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
// emoji, zero-width joiners and U+FFFD itself, are never touched.
//
// The package keeps no state; all functions are safe for concurrent use.
package safetext
