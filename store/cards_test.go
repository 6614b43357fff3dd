package store_test

import (
	"bytes"
	"path/filepath"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/export"
	"github.com/debrief-journal/debrief/fsrs"
	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/practice"
	"github.com/debrief-journal/debrief/store"
)

var cardNow = time.Date(2026, 3, 14, 18, 0, 0, 0, time.UTC)

// cardInterview has one curveball with a better answer and one without.
func cardInterview(company string) *journal.Interview {
	return &journal.Interview{
		Company: company, Role: "Engineer", Date: journal.DateOf(cardNow),
		Curveballs: []journal.Curveball{
			{Question: "What number would you need?", BetterAnswer: "A range anchored on the market", Tags: []string{"salary"}},
			{Question: "Why leave?", Answer: "rambled"},
		},
		Outcome: journal.Outcome{Status: journal.StatusPending},
	}
}

func openCards(t *testing.T) (*store.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return cardNow }
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestCardsMadeAndKept(t *testing.T) {
	s, _ := openCards(t)
	today := journal.DateOf(cardNow)
	// An interview saved before the journal had cards gets them on first
	// use; later ones as they are saved.
	if err := s.CreateInterview(cardInterview("Acme")); err != nil {
		t.Fatal(err)
	}
	cards, err := s.Cards()
	if err != nil || len(cards) != 1 || cards[0].Ref() != "1/1" || cards[0].Due != today {
		t.Fatalf("cards %+v, %v", cards, err)
	}
	if err := s.CreateInterview(cardInterview("Globex")); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountDueCards(today); n != 2 {
		t.Fatalf("%d due, want 2", n)
	}
	// Adding a better answer to the second curveball makes its card; a
	// second save makes no more.
	for range 2 {
		if _, err := s.ChangeInterview(1, func(iv *journal.Interview) error {
			iv.Curveballs[1].BetterAnswer = "I want to build payments"
			return nil
		}); err != nil {
			t.Fatal(err)
		}
	}
	if cards, _ := s.Cards(); len(cards) != 3 {
		t.Fatalf("%d cards, want 3", len(cards))
	}

	// Graded good, a card leaves today's list for three days.
	c, err := s.ChangeCard(1, 1, func(c *journal.Card) error { practice.Grade(c, fsrs.Good, today); return nil })
	if err != nil || c.Due != today.AddDays(3) {
		t.Fatalf("graded %+v, %v", c, err)
	}
	due, _ := s.DueCards(today)
	if len(due) != 2 {
		t.Fatalf("due %+v", due)
	}
	if due, _ := s.DueCards(today.AddDays(3)); len(due) != 3 {
		t.Fatalf("in three days %d due", len(due))
	}
	// Set aside, a card is never due.
	if _, err := s.ChangeCard(2, 1, func(c *journal.Card) error { c.Suspended = true; return nil }); err != nil {
		t.Fatal(err)
	}
	if n, _ := s.CountDueCards(today.AddDays(400)); n != 2 {
		t.Fatalf("%d due with one set aside", n)
	}
	days, _ := s.CardDueDays()
	if len(days) != 2 {
		t.Fatalf("due days %v", days)
	}
	if _, err := s.ChangeCard(9, 1, func(*journal.Card) error { return nil }); err != store.ErrNotFound {
		t.Fatalf("a missing card: %v", err)
	}
	// Deleting an interview deletes its cards.
	if _, err := s.DeleteInterview(1); err != nil {
		t.Fatal(err)
	}
	if cards, _ := s.Cards(); len(cards) != 1 || cards[0].InterviewID != 2 {
		t.Fatalf("after deleting: %+v", cards)
	}
	if n, _ := s.CountDueCards(today.AddDays(400)); n != 0 {
		t.Fatalf("a deleted interview's card is still due (%d)", n)
	}
}

// TestCardsReadOnly: a journal that has never had cards, opened to read,
// shows the cards it would have and is not changed.
func TestCardsReadOnly(t *testing.T) {
	s, path := openCards(t)
	if err := s.CreateInterview(cardInterview("Acme")); err != nil {
		t.Fatal(err)
	}
	s.Close()
	r, err := store.OpenReading(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	r.Now = func() time.Time { return cardNow }
	cards, err := r.Cards()
	if err != nil || len(cards) != 1 {
		t.Fatalf("cards %+v, %v", cards, err)
	}
	if n, err := r.CountDueCards(journal.DateOf(cardNow)); err != nil || n != 1 {
		t.Fatalf("due %d, %v", n, err)
	}
}

func TestCardRulesHold(t *testing.T) {
	s, _ := openCards(t)
	if err := s.CreateInterview(cardInterview("Acme")); err != nil {
		t.Fatal(err)
	}
	s.Cards()
	_, err := s.ChangeCard(1, 1, func(c *journal.Card) error { c.Reviews = append(c.Reviews, journal.CardReview{Grade: 7}); return nil })
	if journal.ErrorCode(err) != journal.EInvalid {
		t.Fatalf("a card with a grade of 7 was saved: %v", err)
	}
	if cards, _ := s.Cards(); len(cards[0].Reviews) != 0 {
		t.Fatal("the failed change stuck")
	}
}

// TestCardsPassCheck: a journal with cards, graded and set aside, is whole
// by check.
func TestCardsPassCheck(t *testing.T) {
	s, path := openCards(t)
	for _, co := range []string{"Acme", "Globex"} {
		if err := s.CreateInterview(cardInterview(co)); err != nil {
			t.Fatal(err)
		}
	}
	s.Cards()
	s.ChangeCard(1, 1, func(c *journal.Card) error { practice.Grade(c, fsrs.Hard, journal.DateOf(cardNow)); return nil })
	s.ChangeCard(2, 1, func(c *journal.Card) error { c.Suspended = true; return nil })
	s.Close()
	rep, err := store.CheckFile(path)
	if err != nil || !rep.OK() {
		t.Fatalf("check: %v %+v", err, rep.Problems)
	}
}

// TestCheckFindsCardIndexOutOfStep: an index entry lost, or one left
// behind, is a problem check names.
func TestCheckFindsCardIndexOutOfStep(t *testing.T) {
	s, path := openCards(t)
	if err := s.CreateInterview(cardInterview("Acme")); err != nil {
		t.Fatal(err)
	}
	s.Cards()
	s.Close()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("cards_due"))
		k, v := b.Cursor().First()
		if k == nil {
			t.Fatal("no index entry")
		}
		k, v = bytes.Clone(k), bytes.Clone(v)
		if err := b.Delete(k); err != nil {
			return err
		}
		return b.Put(append([]byte("20990101"), v...), v)
	})
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	rep, err := store.CheckFile(path)
	if err != nil || len(rep.Problems) != 2 {
		t.Fatalf("check: %v %v", err, rep.Problems)
	}
}

func TestStoryBank(t *testing.T) {
	s, path := openCards(t)
	if st, _ := s.Stories(); len(st) != 0 {
		t.Fatal("a new journal has stories")
	}
	if err := s.CreateInterview(cardInterview("Acme")); err != nil {
		t.Fatal(err)
	}
	st := journal.Story{Title: "The outage", Situation: "Payments down on Black Friday", Themes: []string{"pressure"}, Cards: []string{"1/1"}}
	if err := s.SaveStory(&st); err != nil || st.ID != 1 || !st.CreatedAt.Equal(cardNow) {
		t.Fatalf("saved %+v, %v", st, err)
	}
	st.Result = "Back in 40 minutes"
	if err := s.SaveStory(&st); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveStory(&journal.Story{ID: 7, Title: "x"}); err != store.ErrNotFound {
		t.Fatalf("saving a story that is not there: %v", err)
	}
	bad := journal.Story{Title: " "}
	if err := s.SaveStory(&bad); journal.ErrorCode(err) != journal.EInvalid || bad.ID != 0 {
		t.Fatalf("a story with no title: %v, id %d", err, bad.ID)
	}
	stories, _ := s.Stories()
	if len(stories) != 1 || stories[0].Result != "Back in 40 minutes" {
		t.Fatalf("stories %+v", stories)
	}
	s.Close()
	if rep, err := store.CheckFile(path); err != nil || !rep.OK() || rep.Stories != 1 {
		t.Fatalf("check %v %+v", err, rep)
	}
	s2, _ := store.Open(path)
	defer s2.Close()
	if old, err := s2.DeleteStory(1); err != nil || old.Title != "The outage" {
		t.Fatalf("delete %+v %v", old, err)
	}
}

// TestPracticeExportImport: cards with their history and stories go out
// in an export and come back byte for byte; imported into a journal whose
// IDs are taken, they follow their interviews.
func TestPracticeExportImport(t *testing.T) {
	s, _ := openCards(t)
	for _, co := range []string{"Acme", "Globex"} {
		if err := s.CreateInterview(cardInterview(co)); err != nil {
			t.Fatal(err)
		}
	}
	today := journal.DateOf(cardNow)
	s.ChangeCard(2, 1, func(c *journal.Card) error {
		practice.Grade(c, fsrs.Good, today)
		c.Answer = "Sharpened"
		return nil
	})
	st := journal.Story{Title: "The raise", Cards: []string{"2/1"}, Themes: []string{"salary"}}
	if err := s.SaveStory(&st); err != nil {
		t.Fatal(err)
	}
	var first bytes.Buffer
	if err := export.WriteJSONFrom(&first, s); err != nil {
		t.Fatal(err)
	}
	doc, err := export.ReadJSON(bytes.NewReader(first.Bytes()))
	if err != nil || len(doc.Cards) != 2 || len(doc.Stories) != 1 {
		t.Fatalf("%v: %d cards, %d stories", err, len(doc.Cards), len(doc.Stories))
	}
	rec := store.Records{Interviews: doc.Interviews, Reviews: doc.Reviews, Cards: doc.Cards, Stories: doc.Stories}

	fresh, _ := openCards(t)
	if rep, err := fresh.ImportAll(rec, false, false); err != nil || rep.CardsAdded != 2 || rep.StoriesAdded != 1 {
		t.Fatalf("import %+v %v", rep, err)
	}
	var second bytes.Buffer
	if err := export.WriteJSONFrom(&second, fresh); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("the second export differs:\n%s\n---\n%s", first.String(), second.String())
	}

	// Into a journal that has interviews 1 and 2 of its own.
	busy, _ := openCards(t)
	busy.Now = func() time.Time { return cardNow.Add(time.Hour) }
	for _, co := range []string{"Initech", "Umbrella"} {
		busy.CreateInterview(cardInterview(co))
	}
	rep, err := busy.ImportAll(rec, false, false)
	if err != nil || rep.Added != 2 || rep.CardsAdded != 2 {
		t.Fatalf("import %+v %v", rep, err)
	}
	card, err := busy.ChangeCard(4, 1, func(*journal.Card) error { return nil })
	if err != nil || card.Answer != "Sharpened" || len(card.Reviews) != 1 {
		t.Fatalf("Globex's card as interview 4: %+v %v", card, err)
	}
	stories, _ := busy.Stories()
	if len(stories) != 1 || stories[0].Cards[0] != "4/1" {
		t.Fatalf("the story's card did not follow: %+v", stories)
	}
	// Imported again, everything is skipped.
	again, err := busy.ImportAll(rec, false, false)
	if err != nil || again.Skipped != 2 || again.CardsSkipped != 2 || again.StoriesAdded != 0 || again.StoriesSkipped != 1 {
		t.Fatalf("again %+v %v", again, err)
	}
}

// BenchmarkDueCards10k times what home and remind ask of the cards of a
// journal of 10,000 interviews (two cards each): how many are due, from
// the index alone.
func BenchmarkDueCards10k(b *testing.B) {
	path := filepath.Join(b.TempDir(), "journal.db")
	s, err := store.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	s.SetNoSync(true)
	ivs := make([]journal.Interview, 10000)
	for i := range ivs {
		iv := cardInterview("Acme")
		iv.Curveballs[1].BetterAnswer = "Because the work is what I want to grow in"
		iv.Date = journal.NewDate(2020, 1, 1).AddDays(i / 5)
		iv.CreatedAt, iv.UpdatedAt = cardNow, cardNow
		ivs[i] = *iv
	}
	if _, err := s.Import(ivs, nil, false, false); err != nil {
		b.Fatal(err)
	}
	today := journal.DateOf(cardNow)
	if n, err := s.CountDueCards(today); err != nil || n != 20000 {
		b.Fatalf("%d due, %v", n, err)
	}
	b.ResetTimer()
	for range b.N {
		if _, err := s.CountDueCards(today); err != nil {
			b.Fatal(err)
		}
	}
}
