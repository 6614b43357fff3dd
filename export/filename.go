package export

import (
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// maxSlugBytes caps the descriptive part of a file name, so names stay
// readable and far below every file system's limit.
const maxSlugBytes = 60

// MarkdownFileName returns the file name of an interview's Markdown page,
// such as "2026-03-14-acme-backend-engineer-42.md": the date (or
// "undated"), an ASCII slug of company and role, and the ID, which keeps
// names unique. The same interview always gets the same name, and the name
// is safe on any common file system.
func MarkdownFileName(iv *journal.Interview) string {
	slug := slugify(iv.Company + " " + iv.Role)
	if slug == "" {
		slug = "interview"
	}
	return datePart(iv.Date) + "-" + slug + "-" + strconv.FormatUint(iv.ID, 10) + ".md"
}

// ReviewFileName returns the file name of a weekly review's Markdown page,
// such as "2026-03-09-weekly-review-5.md", which sorts among the interviews
// of the same days.
func ReviewFileName(r *journal.Review) string {
	return datePart(r.WeekOf) + "-weekly-review-" + strconv.FormatUint(r.ID, 10) + ".md"
}

func datePart(d journal.Date) string {
	if d.IsZero() {
		return "undated"
	}
	return d.String()
}

// slugify keeps ASCII letters and digits of s in lower case, spells common
// accented Latin letters without their accents, and turns every run of
// anything else into one hyphen. The result is at most maxSlugBytes long,
// cut at a hyphen where possible.
func slugify(s string) string {
	var b strings.Builder
	pendingHyphen := false
	for _, r := range strings.ToLower(s) {
		var part string
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			part = string(r)
		default:
			part = foldLatin(r)
		}
		if part == "" {
			pendingHyphen = b.Len() > 0
			continue
		}
		if pendingHyphen {
			b.WriteByte('-')
			pendingHyphen = false
		}
		b.WriteString(part)
	}
	slug := b.String()
	if len(slug) > maxSlugBytes {
		slug = slug[:maxSlugBytes]
		if cut := strings.LastIndexByte(slug, '-'); cut > maxSlugBytes/2 {
			slug = slug[:cut]
		}
		slug = strings.TrimRight(slug, "-")
	}
	return slug
}

// foldLatin spells a lower-case accented Latin letter in plain ASCII, or
// returns "" for anything it does not know.
func foldLatin(r rune) string {
	switch r {
	case 'à', 'á', 'â', 'ã', 'ä', 'å', 'ā', 'ă', 'ą':
		return "a"
	case 'æ':
		return "ae"
	case 'ç', 'ć', 'č', 'ĉ', 'ċ':
		return "c"
	case 'ď', 'đ', 'ð':
		return "d"
	case 'è', 'é', 'ê', 'ë', 'ē', 'ĕ', 'ė', 'ę', 'ě':
		return "e"
	case 'ğ', 'ĝ', 'ġ', 'ģ':
		return "g"
	case 'ì', 'í', 'î', 'ï', 'ĩ', 'ī', 'ĭ', 'į', 'ı':
		return "i"
	case 'ķ':
		return "k"
	case 'ĺ', 'ļ', 'ľ', 'ŀ', 'ł':
		return "l"
	case 'ñ', 'ń', 'ņ', 'ň':
		return "n"
	case 'ò', 'ó', 'ô', 'õ', 'ö', 'ø', 'ō', 'ŏ', 'ő':
		return "o"
	case 'œ':
		return "oe"
	case 'ŕ', 'ř':
		return "r"
	case 'ś', 'š', 'ş', 'ș', 'ŝ':
		return "s"
	case 'ß':
		return "ss"
	case 'ť', 'ţ', 'ț':
		return "t"
	case 'þ':
		return "th"
	case 'ù', 'ú', 'û', 'ü', 'ũ', 'ū', 'ŭ', 'ů', 'ű', 'ų':
		return "u"
	case 'ý', 'ÿ':
		return "y"
	case 'ź', 'ż', 'ž':
		return "z"
	}
	return ""
}
