package ui

import "github.com/debrief-journal/debrief/ui/internal/uitest"

// fakeJournal is the in-memory journal of screen tests (see
// uitest.FakeJournal).
type fakeJournal = uitest.FakeJournal

func newFakeJournal() *fakeJournal { return uitest.NewFakeJournal() }
