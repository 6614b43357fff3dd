package store

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/journal"
)

// canary is a word written into every text field; an encrypted journal
// must not hold it anywhere in its file.
const canary = "quokkamarmalade"

var testPass = []byte("correct horse battery staple")

// fastKDF makes sealing keys cheap for the length of a test.
func fastKDF(t testing.TB) {
	old := defaultKDF
	defaultKDF = kdfParams{logN: minLogN, r: 8, p: 1}
	t.Cleanup(func() { defaultKDF = old })
}

func passOf(p []byte) func() ([]byte, error) { return PassphraseOf(p) }

// withCanary returns iv with the canary in every plain text field, at
// any depth (named string types such as a stage keep their values).
func withCanary(iv journal.Interview) journal.Interview {
	fillCanary(reflect.ValueOf(&iv).Elem())
	return iv
}

func fillCanary(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if v.Type() == reflect.TypeOf("") && v.CanSet() {
			v.SetString("say " + canary)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillCanary(v.Field(i))
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			fillCanary(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			fillCanary(v.Elem())
		}
	}
}

func canaryInterview() *journal.Interview {
	iv := withCanary(journal.Interview{
		Company: "x", Role: "x", Date: journal.NewDate(2026, 3, 14),
		Stage: journal.StageFirst, Format: journal.FormatVideo,
		Interviewers:     []journal.Person{{Name: "x", Title: "x", Contact: "x"}},
		DecisionExpected: journal.NewDate(2026, 3, 20),
		MoodBefore:       2, MoodAfter: 3, Authenticity: 4, Nerves: 2,
		WentWell:   []string{"x"},
		Curveballs: []journal.Curveball{{Question: "x", Answer: "x", BetterAnswer: "x", Tags: []string{"x"}}},
		Scripted:   []string{"x"}, AuthenticityWhy: "x", ShouldHaveTold: []string{"x"},
		FirstImpression: "x", QuestionsAsked: []string{"x"}, Fit: "x", OutsideControl: "x",
		Lessons: []string{"x"}, ProudOf: "x",
		Answers:  []journal.Answer{{Prompt: "x", Title: "x", Value: "x"}},
		Tags:     []string{"x"},
		Feedback: []journal.Feedback{{From: "x", Text: "x"}},
	})
	return &iv
}

// fillSealTest writes one record of every kind through the store's own
// methods, the follow-up index included.
func fillSealTest(t *testing.T, s *Store) {
	t.Helper()
	iv := canaryInterview()
	must(t, s.CreateInterview(iv))
	iv2 := canaryInterview()
	iv2.Date = journal.NewDate(2026, 4, 1)
	must(t, s.CreateInterview(iv2))
	if _, err := s.Agenda(journal.NewDate(2026, 3, 15)); err != nil {
		t.Fatal(err)
	}
	d := &journal.Draft{Kind: journal.DraftInterview, Interview: *canaryInterview()}
	must(t, s.SaveDraft(d))
	r := &journal.Review{WeekOf: journal.NewDate(2026, 3, 9), Focus: "say " + canary, PreviousFocusNote: "say " + canary,
		Answers: []journal.Answer{{Prompt: "x", Title: "say " + canary, Value: "say " + canary}}}
	must(t, s.SaveReview(r))
	// Stories, practice cards (made from the better answers above) and a
	// kept analysis result.
	st := &journal.Story{Title: "say " + canary, Situation: "say " + canary, Action: "say " + canary, Result: "say " + canary}
	must(t, s.SaveStory(st))
	if cards, err := s.Cards(); err != nil || len(cards) == 0 {
		t.Fatalf("%d practice cards: %v", len(cards), err)
	}
	if _, err := s.AnalysisResult("patterns", "stamp", func([]*journal.Interview) ([]byte, error) {
		return []byte("say " + canary), nil
	}); err != nil {
		t.Fatal(err)
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// allowedPlain reports whether a value an encrypted journal keeps unsealed
// may be so: the journal's version, marks and sealed key, and the
// pointers of the follow-up and card indexes, whose values are keys found
// elsewhere in the file. Anything else found unsealed
// fails TestEveryValueSealed: a new bucket or record must be written
// through the codec.
func allowedPlain(tx *bolt.Tx, bucket, key, value []byte) bool {
	switch string(bucket) {
	case string(bucketMeta):
		return true
	case string(bucketFollowUps):
		return len(key) == reverseKeyLen && key[0] == 'i' && tx.Bucket(bucket).Get(value) != nil
	case string(bucketCardsDue):
		// The key of a card, itself a key of the cards.
		return tx.Bucket(bucketCards).Get(value) != nil
	}
	return false
}

// rawSealCheck walks every bucket of the file at path and reports each
// value that does not open with sl under its own bucket and key.
func rawSealCheck(t *testing.T, path string, sl *sealer) (filled map[string]bool) {
	filled = map[string]bool{}
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true, Timeout: time.Second})
	must(t, err)
	defer db.Close()
	must(t, db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				filled[string(name)] = true
				if v == nil {
					t.Errorf("bucket %s holds a nested bucket %q: its values are not walked", name, k)
					return nil
				}
				if allowedPlain(tx, name, k, v) {
					return nil
				}
				if _, ok := sl.openValue(name, k, v); !ok {
					t.Errorf("bucket %s, key %x: the value is not sealed under its bucket and key", name, k)
				}
				return nil
			})
		})
	}))
	return filled
}

// TestEveryValueSealed encrypts a journal holding every kind of record,
// writes more through every path, and walks the raw file: every value of
// every bucket must be sealed, and the canary appear nowhere.
func TestEveryValueSealed(t *testing.T) {
	fastKDF(t)
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	must(t, err)
	fillSealTest(t, s)
	must(t, s.Close())
	rep, err := Encrypt(path, passOf(testPass), time.Now())
	if err != nil {
		t.Fatal(err, errors.Unwrap(err))
	}
	if rep.Backup == "" || len(rep.Plain) != 0 {
		t.Fatalf("report %+v", rep)
	}
	s, err = Open(path, Options{Passphrase: passOf(testPass)})
	must(t, err)
	fillSealTest(t, s)
	iv, err := s.Interview(1)
	must(t, err)
	if !strings.Contains(iv.Lessons[0], canary) {
		t.Fatalf("read back %q", iv.Lessons[0])
	}
	iv.ProudOf = "changed " + canary
	must(t, s.UpdateInterview(iv))
	if _, err := s.DeleteInterview(2); err != nil {
		t.Fatal(err)
	}
	sl := s.sealer
	must(t, s.Close())
	filled := rawSealCheck(t, path, sl)
	// Every kind of record the journal keeps was written, so each is
	// walked: a new kind belongs in fillSealTest.
	for _, name := range [][]byte{bucketInterviews, bucketSummaries, bucketDrafts, bucketReviews, bucketFollowUps, bucketAnalysis, bucketAnalysisResults, bucketCards, bucketCardsDue, bucketStories} {
		if !filled[string(name)] {
			t.Errorf("nothing was written in %s, so its values were not walked", name)
		}
	}
	assertNoCanary(t, filepath.Dir(path))
}

// assertNoCanary fails when any file under dir holds the canary.
func assertNoCanary(t *testing.T, dir string) {
	t.Helper()
	_ = filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return nil
		}
		b, _ := os.ReadFile(p)
		if bytes.Contains(b, []byte(canary)) {
			t.Errorf("%s holds the canary in plain text", p)
		}
		return nil
	})
}

// TestUnsealedWriteRefused: a handle with no sealer registered cannot
// write a record into an encrypted journal, nor read one.
func TestUnsealedWriteRefused(t *testing.T) {
	fastKDF(t)
	path := filepath.Join(t.TempDir(), "journal.db")
	if _, err := Encrypt(path, passOf(testPass), time.Now()); err != nil {
		t.Fatal(err)
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	must(t, err)
	defer db.Close()
	iv := canaryInterview()
	iv.ID = 1
	err = db.Update(func(tx *bolt.Tx) error { return putInterview(tx, iv, true) })
	if journal.ErrorCode(err) != journal.ESealed {
		t.Fatalf("a write without the key gave %v", err)
	}
}

func TestUnlock(t *testing.T) {
	fastKDF(t)
	path := filepath.Join(t.TempDir(), "journal.db")
	if _, err := Encrypt(path, passOf(testPass), time.Now()); err != nil {
		t.Fatal(err)
	}
	t.Run("IsEncrypted", func(t *testing.T) {
		if yes, err := IsEncrypted(path); !yes || err != nil {
			t.Fatalf("encrypted journal: %v %v", yes, err)
		}
		if yes, err := IsEncrypted(filepath.Join(t.TempDir(), "none.db")); yes || err != nil {
			t.Fatalf("no journal: %v %v", yes, err)
		}
	})
	t.Run("ESealed", func(t *testing.T) {
		_, err := Open(path)
		if journal.ErrorCode(err) != journal.ESealed {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("EPassphrase", func(t *testing.T) {
		_, err := Open(path, Options{Passphrase: passOf([]byte("wrong"))})
		if journal.ErrorCode(err) != journal.EPassphrase {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("PassphraseError", func(t *testing.T) {
		want := errors.New("no terminal")
		_, err := Open(path, Options{Passphrase: func() ([]byte, error) { return nil, want }})
		if !errors.Is(err, want) {
			t.Fatalf("got %v", err)
		}
	})
	t.Run("Retry", func(t *testing.T) {
		given := [][]byte{[]byte("wrong"), []byte("still wrong"), testPass}
		next := func() ([]byte, error) {
			p := given[0]
			given = given[1:]
			return append([]byte(nil), p...), nil
		}
		s, err := Open(path, Options{Passphrase: next, Attempts: 3})
		must(t, err)
		s.Close()
		given = [][]byte{[]byte("wrong"), testPass}
		if _, err := Open(path, Options{Passphrase: next}); journal.ErrorCode(err) != journal.EPassphrase {
			t.Fatalf("one attempt: %v", err)
		}
	})
	t.Run("OK", func(t *testing.T) {
		s, err := Open(path, Options{Passphrase: passOf(testPass)})
		must(t, err)
		defer s.Close()
		if !s.Encrypted() {
			t.Fatal("not encrypted")
		}
	})
}
