package store

import (
	"encoding/binary"
	"fmt"

	"github.com/debrief-journal/debrief/journal"
)

// planningFormat is the first byte of an entry of the follow-up index (see
// followups.go): a planning copy in a compact form read by hand rather than
// JSON, because the agenda, the prompt's status and the weekly glance read
// every open entry each time, and decoding them as JSON was most of their
// cost on a large journal. A higher byte means a newer debrief wrote it.
const planningFormat byte = 1

// The statuses of a follow-up record, as one byte each; a status outside
// these (which Validate refuses, but an old record may hold) is written as
// planText and its text. The numbers are part of the format: add new ones
// at the end.
const (
	planText byte = iota
	planOpen
	planDone
	planSnoozed
	planSkipped
)

// planStatuses lists the statuses by their byte.
var planStatuses = [...]journal.FollowUpStatus{planOpen: journal.FollowUpOpen, planDone: journal.FollowUpDone,
	planSnoozed: journal.FollowUpSnoozed, planSkipped: journal.FollowUpSkipped}

// encodePlanning returns the compact form of a planning copy (see
// planningCopy): the format byte, then its fields in a fixed order, each
// number as a varint, each day as one varint (packedDay) and each text as
// its length and its bytes.
func encodePlanning(iv *journal.Interview) []byte {
	b := make([]byte, 0, 64+len(iv.Company)+len(iv.Role)+24*len(iv.FollowUps))
	b = append(b, planningFormat)
	b = binary.AppendUvarint(b, iv.ID)
	b = appendText(appendText(b, iv.Company), iv.Role)
	b = appendDate(appendDate(b, iv.Date), iv.DecisionExpected)
	for _, r := range []journal.Rating{iv.MoodBefore, iv.MoodAfter, iv.Nerves} {
		b = binary.AppendVarint(b, int64(r))
	}
	b = appendText(b, string(iv.Outcome.Status))
	b = appendDate(appendDate(b, iv.Outcome.Date), iv.Outcome.ReplyBy)
	if iv.StillInterested {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(iv.Interviewers)))
	for _, p := range iv.Interviewers {
		b = appendText(appendText(b, p.Name), p.Title)
	}
	b = binary.AppendUvarint(b, uint64(len(iv.Feedback)))
	for _, f := range iv.Feedback {
		b = appendDate(b, f.Date)
	}
	b = binary.AppendUvarint(b, uint64(len(iv.FollowUps)))
	for _, f := range iv.FollowUps {
		b = appendFollowUpRecord(b, f)
	}
	return b
}

// appendFollowUpRecord appends a follow-up record: its ID, then its kind (0
// when it is the ID up to its number, as every ID the rules make has it),
// its status, its three days, its note and its message.
func appendFollowUpRecord(b []byte, f journal.FollowUp) []byte {
	b = appendText(b, f.ID)
	if string(f.Kind) == kindOfID(f.ID) {
		b = append(b, 0)
	} else {
		b = appendText(append(b, 1), string(f.Kind))
	}
	code := planText
	for c, s := range planStatuses {
		if c != int(planText) && s == f.Status {
			code = byte(c)
		}
	}
	b = append(b, code)
	if code == planText {
		b = appendText(b, string(f.Status))
	}
	b = appendDate(appendDate(appendDate(b, f.Due), f.DoneAt), f.SnoozedUntil)
	return appendText(appendText(b, f.Note), f.Message)
}

// kindOfID returns the part of a follow-up ID before its number: the kind
// of every ID the rules make ("keep_in_touch" of "keep_in_touch-2"), as a
// part of id itself.
func kindOfID(id string) string {
	for i := 0; i < len(id); i++ {
		if id[i] == '-' {
			return id[:i]
		}
	}
	return id
}

// planningDecoder decodes entries of the follow-up index. It hands out
// the lists of the copies it decodes from larger blocks, and keeps the
// days it has made, so that a thousand copies cost a few allocations
// rather than thousands. One decoder serves one goroutine.
type planningDecoder struct {
	followUps pool[journal.FollowUp]
	people    pool[journal.Person]
	feedback  pool[journal.Feedback]
	days      dayCache
}

// rewind lets the decoder hand out again the room of the lists it handed
// out so far, once the copies that hold them are no longer used.
func (pd *planningDecoder) rewind() {
	pd.followUps.rewind()
	pd.people.rewind()
	pd.feedback.rewind()
}

// planningBlock is how many items a block of a decoder's pools holds.
const planningBlock = 1024

// pool hands out lists from blocks of items, which it keeps to hand out
// again after a rewind.
type pool[T any] struct {
	blocks [][]T
	block  int // the block lists are taken from
	next   int // the first item of it not handed out
}

// take returns n items, from the current block or the next one with room.
// Each result has no room to grow, so that appending to one never writes
// over the next.
func (p *pool[T]) take(n int) []T {
	for p.block < len(p.blocks) && p.next+n > len(p.blocks[p.block]) {
		p.block, p.next = p.block+1, 0
	}
	if p.block == len(p.blocks) {
		p.blocks = append(p.blocks, make([]T, max(n, planningBlock)))
	}
	b := p.blocks[p.block]
	out := b[p.next : p.next+n : p.next+n]
	p.next += n
	return out
}

// rewind makes every block's items available again.
func (p *pool[T]) rewind() { p.block, p.next = 0, 0 }

// decode reads an entry of the follow-up index into iv, which must be
// zero. what names it in an error.
func (pd *planningDecoder) decode(data []byte, iv *journal.Interview, what func() string) error {
	switch {
	case len(data) == 0:
		return corruptf(nil, "%s is damaged (empty)", what())
	case data[0] > planningFormat:
		return &journal.Error{Code: journal.ENewer, Message: fmt.Sprintf("%s was written by a newer debrief (record version %d; this one reads up to %d). Update debrief to read it.", what(), data[0], planningFormat)}
	case data[0] != planningFormat:
		return corruptf(nil, "%s is damaged (unknown format)", what())
	}
	// One copy out of the database's memory; every text shares it.
	r := planningReader{summaryReader: summaryReader{s: string(data[1:])}, days: &pd.days}
	iv.ID = r.uvarint()
	iv.Company, iv.Role = r.text(), r.text()
	iv.Date, iv.DecisionExpected = r.day(), r.day()
	// Ratings are read as written, even out of range: check names such an
	// interview, and its follow-ups still show.
	iv.MoodBefore, iv.MoodAfter, iv.Nerves = journal.Rating(r.varint()), journal.Rating(r.varint()), journal.Rating(r.varint())
	iv.Outcome.Status = journal.Status(r.text())
	iv.Outcome.Date, iv.Outcome.ReplyBy = r.day(), r.day()
	switch r.byte() {
	case 0:
	case 1:
		iv.StillInterested = true
	default:
		r.bad = true
	}
	if n := r.count(2); n > 0 {
		iv.Interviewers = pd.people.take(n)
		for i := range iv.Interviewers {
			iv.Interviewers[i] = journal.Person{Name: r.text(), Title: r.text()}
		}
	}
	if n := r.count(1); n > 0 {
		iv.Feedback = pd.feedback.take(n)
		for i := range iv.Feedback {
			iv.Feedback[i] = journal.Feedback{Date: r.day()}
		}
	}
	if n := r.count(8); n > 0 {
		iv.FollowUps = pd.followUps.take(n)
		for i := range iv.FollowUps {
			r.followUpRecord(&iv.FollowUps[i])
		}
	}
	if r.bad || len(r.s) != 0 {
		return corruptf(nil, "%s is damaged and cannot be read", what())
	}
	return nil
}

// planningReader adds to summaryReader the parts only planning copies
// have.
type planningReader struct {
	summaryReader
	days *dayCache
}

// followUpRecord reads a record written by appendFollowUpRecord into f.
func (r *planningReader) followUpRecord(f *journal.FollowUp) {
	*f = journal.FollowUp{ID: r.text()}
	switch r.byte() {
	case 0:
		f.Kind = journal.FollowUpKind(kindOfID(f.ID))
	case 1:
		f.Kind = journal.FollowUpKind(r.text())
	default:
		r.bad = true
	}
	switch code := r.byte(); {
	case code == planText:
		f.Status = journal.FollowUpStatus(r.text())
	case int(code) < len(planStatuses):
		f.Status = planStatuses[code]
	default:
		r.bad = true
	}
	f.Due, f.DoneAt, f.SnoozedUntil = r.day(), r.day(), r.day()
	f.Note, f.Message = r.text(), r.text()
}

// day reads a day written by appendDate.
func (r *planningReader) day() journal.Date {
	day, ok := r.days.day(r.uvarint())
	if !ok {
		r.bad = true
	}
	return day
}

// count reads a number of items, each at least least bytes long.
func (r *planningReader) count(least int) int {
	n := r.uvarint()
	if n > uint64(len(r.s)/least) {
		r.bad = true
		return 0
	}
	return int(n)
}

// decodePlanningEntry reads the entry stored under key in the follow-up
// index into iv, as codec.decode does, but names the entry only when it is
// damaged (see codec.read).
func (c codec) decodePlanningEntry(pd *planningDecoder, key, data []byte, iv *journal.Interview) error {
	what := func() string { return followUpEntryName(key) }
	return c.read(bucketFollowUps, key, data, what, func(payload []byte) error {
		return pd.decode(payload, iv, what)
	})
}

// followUpEntryName names an entry of the follow-up index in an error.
func followUpEntryName(k []byte) string {
	return fmt.Sprintf("The follow-up index of interview %d", btoi(k))
}
