package export

import (
	"fmt"
	"strconv"

	"github.com/debrief-journal/debrief/journal"
)

// readCard reads the i-th practice card of the file, checks it and keeps
// it. Whether its interview is in the file is checked once every field is
// read (see cardsHaveInterviews), since a file may list cards first.
func (dr *docReader) readCard(i int) error {
	place := "cards[" + strconv.Itoa(i) + "]"
	var c journal.Card
	start, err := dr.readRecord(place, &c)
	if err != nil {
		return err
	}
	label := fmt.Sprintf("%s (card %s)", place, c.Ref())
	if first, ok := dr.cardRefs[c.Ref()]; ok {
		return dr.failAt(start, label, "card %s is already cards[%d]", c.Ref(), first)
	}
	dr.cardRefs[c.Ref()] = i
	if err := c.Validate(); err != nil {
		return dr.ruleBroken(start, label, err)
	}
	dr.doc.Cards = append(dr.doc.Cards, c)
	return nil
}

// readStory reads the i-th story of the file, checks it and keeps it.
func (dr *docReader) readStory(i int) error {
	place := "stories[" + strconv.Itoa(i) + "]"
	var st journal.Story
	start, err := dr.readRecord(place, &st)
	if err != nil {
		return err
	}
	label := fmt.Sprintf("%s (id %d)", place, st.ID)
	if st.ID == 0 {
		return dr.failAt(start, place, "the id is missing; every story needs one above 0")
	}
	if first, ok := dr.storyIDs[st.ID]; ok {
		return dr.failAt(start, label, "id %d is already used by stories[%d]", st.ID, first)
	}
	dr.storyIDs[st.ID] = i
	if err := st.Validate(); err != nil {
		return dr.ruleBroken(start, label, err)
	}
	dr.doc.Stories = append(dr.doc.Stories, st)
	return nil
}

// cardsHaveInterviews refuses a card whose interview is not in the file:
// imported alone it would stand for nothing.
func (dr *docReader) cardsHaveInterviews() error {
	for i, c := range dr.doc.Cards {
		if _, ok := dr.interviewIDs[c.InterviewID]; !ok {
			return journal.Errorf(journal.EInvalid, "cards[%d] (card %s) belongs to interview %d, which is not in this export", i, c.Ref(), c.InterviewID)
		}
	}
	return nil
}
