package journal

import (
	"strconv"
	"strings"
)

// FollowUpID returns the ID of a follow-up within its interview: the kind
// itself ("thank_you"), or the kind and a number from 1 for a kind that
// repeats ("keep_in_touch-2"). The ID stays the same however the interview
// is edited, so a record of what the user did keeps finding its follow-up.
func FollowUpID(kind FollowUpKind, n int) string {
	if !kind.repeats() {
		return string(kind)
	}
	return string(kind) + "-" + strconv.Itoa(max(n, 1))
}

// ParseFollowUpID returns the kind and number of a follow-up ID (the number
// is 0 for a kind that does not repeat). An ID that no rule could have made
// is an *Error with code EInvalid.
func ParseFollowUpID(id string) (FollowUpKind, int, error) {
	name, num, numbered := strings.Cut(id, "-")
	kind := FollowUpKind(name)
	if !kind.Valid() {
		return "", 0, Errorf(EInvalid, "%q is not a follow-up debrief knows", id)
	}
	if !kind.repeats() {
		if numbered {
			return "", 0, Errorf(EInvalid, "%q is not a follow-up debrief knows; use %q", id, name)
		}
		return kind, 0, nil
	}
	n, err := strconv.Atoi(num)
	if !numbered || err != nil || n < 1 || strconv.Itoa(n) != num {
		return "", 0, Errorf(EInvalid, "%q needs a number from 1, such as %q", id, name+"-1")
	}
	return kind, n, nil
}

// FollowUpUID returns an identifier of the follow-up that is unique across
// the whole journal, for calendar entries that must be recognised again
// when they are exported a second time.
func FollowUpUID(interviewID uint64, f FollowUp) string {
	return "followup-" + strconv.FormatUint(interviewID, 10) + "-" + f.ID + "@debrief"
}
