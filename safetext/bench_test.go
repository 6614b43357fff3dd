package safetext_test

import (
	"strings"
	"testing"

	"github.com/debrief-journal/debrief/safetext"
)

// cleanKB is about 1 KB (1,035 bytes) of typical reflection text: mostly
// ASCII with some accents, CJK and an emoji, all of which Text leaves alone.
var cleanKB = strings.Repeat("Answered the design question with the cache story; café 面接 👍\n", 15)

// dirtyKB is the same text with a pasted escape sequence, a tab and a CR LF
// in every line.
var dirtyKB = strings.Repeat("Answered\tthe design \x1b[31mquestion\x1b[0m; \x1b]0;title\x07café 面接 👍\r\n", 12)

func BenchmarkTextClean(b *testing.B) {
	b.SetBytes(int64(len(cleanKB)))
	b.ReportAllocs()
	for b.Loop() {
		if safetext.Text(cleanKB) != cleanKB {
			b.Fatal("clean text was changed")
		}
	}
}

func BenchmarkTextDirty(b *testing.B) {
	b.SetBytes(int64(len(dirtyKB)))
	b.ReportAllocs()
	for b.Loop() {
		if safetext.Text(dirtyKB) == dirtyKB {
			b.Fatal("dirty text was not changed")
		}
	}
}

func BenchmarkLineClean(b *testing.B) {
	line := strings.Join(strings.Fields(cleanKB), " ")
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		if safetext.Line(line) != line {
			b.Fatal("clean line was changed")
		}
	}
}

func BenchmarkLineDirty(b *testing.B) {
	b.SetBytes(int64(len(dirtyKB)))
	b.ReportAllocs()
	for b.Loop() {
		safetext.Line(dirtyKB)
	}
}
