package store

import (
	"strconv"
	"strings"

	"github.com/debrief-journal/debrief/journal"
)

// cards writes the file's practice cards with their interviews: those of
// an interview written by this import replace the cards it has here (the
// ones just made for it included), under its ID here; those of a skipped
// interview are skipped with it. Every written interview then gets cards
// for the curveballs the file had none for.
func (im *importer) cards(cards []journal.Card) error {
	if err := ensureCardsTx(im.tx); err != nil {
		return err
	}
	byInterview := map[uint64][]journal.Card{}
	var order []uint64
	for _, c := range cards {
		if !im.written[c.InterviewID] {
			im.rep.CardsSkipped++
			continue
		}
		if byInterview[c.InterviewID] == nil {
			order = append(order, c.InterviewID)
		}
		byInterview[c.InterviewID] = append(byInterview[c.InterviewID], c)
	}
	for _, fileID := range order {
		id := im.ids[fileID]
		if err := deleteCards(im.tx, id); err != nil {
			return err
		}
		for _, c := range byInterview[fileID] {
			c.InterviewID = id
			c.Reviews = append([]journal.CardReview(nil), c.Reviews...)
			if err := putCard(im.tx, nil, &c); err != nil {
				return err
			}
			im.rep.CardsAdded++
		}
		iv, err := getInterview(im.tx, id)
		if err != nil {
			return err
		}
		if err := syncCards(im.tx, iv, cardTime(iv)); err != nil {
			return err
		}
	}
	return nil
}

// stories writes the file's stories: one the same as a stored one (the
// same ID and creation time) is skipped, or replaced with replace; a new
// one keeps its ID when it can, as reviews do. The cards a story names
// follow their interviews to their IDs here.
func (im *importer) stories(stories []journal.Story) error {
	if len(stories) == 0 {
		return nil
	}
	b, err := im.tx.CreateBucketIfNotExists(bucketStories)
	if err != nil {
		return err
	}
	given := b.Sequence()
	cd := codecOf(im.tx)
	var renumber []*journal.Story
	for i := range stories {
		st := stories[i]
		st.Cards = im.cardRefs(st.Cards)
		same := false
		if v := b.Get(itob(st.ID)); v != nil {
			var stored journal.Story
			if err := cd.decode(bucketStories, itob(st.ID), v, &stored, "Story "+strconv.FormatUint(st.ID, 10)); err != nil {
				return err
			}
			same = stored.CreatedAt.Equal(st.CreatedAt)
		}
		switch {
		case same && !im.replace:
			im.rep.StoriesSkipped++
		case same:
			im.rep.StoriesReplaced++
			if err := putStory(im.tx, &st); err != nil {
				return err
			}
		case keepsID(b, given, st.ID):
			if err := b.SetSequence(max(b.Sequence(), st.ID)); err != nil {
				return err
			}
			im.rep.StoriesAdded++
			if err := putStory(im.tx, &st); err != nil {
				return err
			}
		default:
			renumber = append(renumber, &st)
		}
	}
	for _, st := range renumber {
		if st.ID, err = nextID(b, "story"); err != nil {
			return err
		}
		im.rep.StoriesAdded++
		if err := putStory(im.tx, st); err != nil {
			return err
		}
	}
	return nil
}

// cardRefs returns refs ("12/1") with each interview's ID in the file
// replaced by its ID here.
func (im *importer) cardRefs(refs []string) []string {
	out := make([]string, 0, len(refs))
	for _, ref := range refs {
		iv, n, ok := strings.Cut(ref, "/")
		if id, err := strconv.ParseUint(iv, 10, 64); ok && err == nil && im.ids[id] != 0 {
			ref = strconv.FormatUint(im.ids[id], 10) + "/" + n
		}
		out = append(out, ref)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
