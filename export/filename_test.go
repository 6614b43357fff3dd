package export_test

import (
	"strings"
	"testing"
	"time"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/journal"
)

func TestMarkdownFileName(t *testing.T) {
	day := journal.NewDate(2026, time.March, 14)
	cases := []struct {
		name string
		iv   journal.Interview
		want string
	}{
		{"OK", journal.Interview{ID: 42, Company: "Acme", Role: "Backend Engineer", Date: day}, "2026-03-14-acme-backend-engineer-42.md"},
		{"Accents", journal.Interview{ID: 7, Company: "Société Générale", Role: "Ingénieur Straße", Date: day}, "2026-03-14-societe-generale-ingenieur-strasse-7.md"},
		{"Punctuation", journal.Interview{ID: 1, Company: "../../etc/passwd", Role: `C:\Windows "x" <y>|*?`, Date: day}, "2026-03-14-etc-passwd-c-windows-x-y-1.md"},
		{"OnlyNonLatin", journal.Interview{ID: 5, Company: "株式会社テスト", Date: day}, "2026-03-14-interview-5.md"},
		{"Empty", journal.Interview{ID: 9}, "undated-interview-9.md"},
		{"LongIsCapped", journal.Interview{ID: 3, Company: strings.Repeat("Very long company name ", 20), Date: day},
			"2026-03-14-very-long-company-name-very-long-company-name-very-long-3.md"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := export.MarkdownFileName(&tc.iv)
			if got != tc.want {
				t.Fatalf("got %q, want %q", got, tc.want)
			}
			requireSafeName(t, got)
		})
	}
	t.Run("UniqueByID", func(t *testing.T) {
		a := journal.Interview{ID: 1, Company: "Acme", Date: day}
		b := a
		b.ID = 2
		if export.MarkdownFileName(&a) == export.MarkdownFileName(&b) {
			t.Fatal("two interviews share a file name")
		}
	})
	t.Run("HostileValuesStaySafe", func(t *testing.T) {
		for _, h := range hostile {
			iv := journal.Interview{ID: 1, Company: h, Role: h, Date: day}
			requireSafeName(t, export.MarkdownFileName(&iv))
		}
	})
}

func TestReviewFileName(t *testing.T) {
	r := journal.Review{ID: 5, WeekOf: journal.NewDate(2026, time.March, 9)}
	if got, want := export.ReviewFileName(&r), "2026-03-09-weekly-review-5.md"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
	if got := export.ReviewFileName(&journal.Review{ID: 6}); got != "undated-weekly-review-6.md" {
		t.Fatalf("got %q for an undated review", got)
	}
}

// requireSafeName checks that name uses only lower-case ASCII letters,
// digits, hyphens and the ".md" ending, and is of sensible length.
func requireSafeName(t *testing.T, name string) {
	t.Helper()
	base, ok := strings.CutSuffix(name, ".md")
	if !ok || len(name) > 100 || strings.HasPrefix(base, "-") || strings.Contains(base, "--") {
		t.Fatalf("unsafe name %q", name)
	}
	for _, r := range base {
		if (r < 'a' || r > 'z') && (r < '0' || r > '9') && r != '-' {
			t.Fatalf("name %q holds %q", name, r)
		}
	}
}
