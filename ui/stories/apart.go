package stories

import (
	"errors"
	"fmt"
	"time"

	"github.com/debrief-journal/debrief/journal"

	"github.com/debrief-journal/debrief/ui/kit"
)

// While a part is held over a clash (another debrief changed it while the
// form changed it too), the story keeps the other debrief's text there, so
// the user's is kept apart: the whole story as the user has it, as a story
// of its own, titled so that they know it again ("The outage (your version
// from Sat 14 Mar)"). It is written with the rest of what is typed, a tick
// after a change and before the app ends, and taken out again once ctrl+s
// saves the user's version over the other change, or esc twice drops it.
// A copy changed or deleted elsewhere meanwhile is left alone: the user's
// version is then kept as a new one.

// apartTitle is the title of the user's version of a story titled title,
// kept apart on day.
func apartTitle(title string, day journal.Date) string {
	return fmt.Sprintf("%s (your version from %s)", title, kit.ShortDay(day))
}

// apartDue reports whether the form's version of the story is to be
// written apart: a part held over a clash holds words the story as stored
// lacks, and the copy does not hold them yet.
func (f *form) apartDue() bool {
	return f.heldUnsaved() && (f.apart.ID == 0 || !sameParts(f.story(), f.apartOf))
}

// apartStory is the form's version of the story as it is written apart
// on day: what the form holds, under the title of a copy, over the copy
// written before, if any. It answers no card and was started from no
// left-out story: the story itself does and was.
func (f *form) apartStory(day journal.Date) journal.Story {
	st := f.story()
	title := st.Title
	if title == "" {
		title = f.base.Title
	}
	if title == "" {
		title = untitled
	}
	st.Title = apartTitle(title, day)
	st.ID, st.CreatedAt, st.UpdatedAt = f.apart.ID, f.apart.CreatedAt, f.apart.UpdatedAt
	st.Cards, st.From, st.Note = nil, "", ""
	return st
}

// keptApart is how writing the user's version apart went.
type keptApart struct {
	// of is the form's story as written apart; stored the copy as stored.
	of, stored journal.Story
	err        error
}

// keepApartAs writes st, the user's version of a story, apart: over the
// copy written before, or as a new story when there is none, or when it
// was changed or deleted elsewhere since.
func keepApartAs(pr kit.Practice, of, st journal.Story) keptApart {
	err := pr.SaveStory(&st)
	if st.ID != 0 && (errors.Is(err, journal.ErrStoryChanged) || journal.ErrorCode(err) == journal.ENotFound) {
		st.ID, st.CreatedAt, st.UpdatedAt = 0, time.Time{}, time.Time{}
		err = pr.SaveStory(&st)
	}
	if err != nil {
		return keptApart{err: err}
	}
	return keptApart{of: of, stored: st}
}

// removeApart takes the copy written apart out of the bank once it is not
// needed, unless it was changed elsewhere since: then it is someone's
// work, and stays.
func removeApart(pr kit.Practice, apart journal.Story) error {
	if apart.ID == 0 {
		return nil
	}
	now, found, err := storyByID(pr, apart.ID)
	if err != nil || !found || !now.UpdatedAt.Equal(apart.UpdatedAt) {
		return err
	}
	if _, err := pr.DeleteStory(apart.ID); err != nil && journal.ErrorCode(err) != journal.ENotFound {
		return err
	}
	return nil
}
