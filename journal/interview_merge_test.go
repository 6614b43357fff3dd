package journal_test

import (
	"reflect"
	"slices"
	"testing"

	"github.com/debrief-journal/debrief/journal"
)

func TestMergeAnswers(t *testing.T) {
	base := journal.Interview{
		ID: 7, Company: "Acme", Role: "Engineer", Date: journal.NewDate(2026, 3, 10),
		WentWell: []string{"The demo"}, MoodAfter: 3,
		Answers: []journal.Answer{{Prompt: "energy", Title: "Energy", Value: "low"}},
		Outcome: journal.Outcome{Status: journal.StatusPending},
	}
	refs := []journal.AnswerRef{
		{Field: "company", Title: "Company"},
		{Field: "role", Title: "Role"},
		{Field: "went_well", Title: "What went well"},
		{Field: "mood_after", Title: "Mood after"},
		{Field: "lessons", Title: "Lessons"},
		{Field: "energy", Custom: true, Title: "Energy"},
	}
	edit := func(change func(*journal.Interview)) journal.Interview {
		iv := base.Clone()
		change(&iv)
		return iv
	}
	tests := []struct {
		name    string
		base    *journal.Interview
		mine    journal.Interview
		theirs  journal.Interview
		want    func(*journal.Interview)
		clashes []string
	}{
		{
			name:   "OnlyMine",
			base:   &base,
			mine:   edit(func(iv *journal.Interview) { iv.Company = "Acme Ltd" }),
			theirs: base,
			want:   func(iv *journal.Interview) { iv.Company = "Acme Ltd" },
		},
		{
			name:   "TheirsKeptWhereMineIsUnchanged",
			base:   &base,
			mine:   edit(func(iv *journal.Interview) { iv.Company = "Acme Ltd" }),
			theirs: edit(func(iv *journal.Interview) { iv.Role = "Staff engineer"; iv.Outcome.Status = journal.StatusRejected }),
			want: func(iv *journal.Interview) {
				iv.Company, iv.Role, iv.Outcome.Status = "Acme Ltd", "Staff engineer", journal.StatusRejected
			},
		},
		{
			name:   "TheirsCustomAnswerKept",
			base:   &base,
			mine:   edit(func(iv *journal.Interview) { iv.WentWell = []string{"The demo", "The questions"} }),
			theirs: edit(func(iv *journal.Interview) { iv.Answers[0].Value = "high" }),
			want: func(iv *journal.Interview) {
				iv.WentWell = []string{"The demo", "The questions"}
				iv.Answers = []journal.Answer{{Prompt: "energy", Title: "Energy", Value: "high"}}
			},
		},
		{
			name:    "BothChangedMineWins",
			base:    &base,
			mine:    edit(func(iv *journal.Interview) { iv.Role = "Lead"; iv.MoodAfter = 5 }),
			theirs:  edit(func(iv *journal.Interview) { iv.Role = "Staff engineer"; iv.MoodAfter = 4 }),
			want:    func(iv *journal.Interview) { iv.Role = "Lead"; iv.MoodAfter = 5 },
			clashes: []string{"Role", "Mood after"},
		},
		{
			name:    "BothChangedCustomAnswer",
			base:    &base,
			mine:    edit(func(iv *journal.Interview) { iv.Answers = nil }),
			theirs:  edit(func(iv *journal.Interview) { iv.Answers[0].Value = "high" }),
			want:    func(iv *journal.Interview) { iv.Answers = iv.Answers[:0] },
			clashes: []string{"Energy"},
		},
		{
			name:   "SameChangeIsNoClash",
			base:   &base,
			mine:   edit(func(iv *journal.Interview) { iv.Role = "Lead" }),
			theirs: edit(func(iv *journal.Interview) { iv.Role = "Lead" }),
			want:   func(iv *journal.Interview) { iv.Role = "Lead" },
		},
		{
			name:   "TypedAsStoredIsUnchanged",
			base:   &base,
			mine:   edit(func(iv *journal.Interview) { iv.Role = "  Engineer " }),
			theirs: edit(func(iv *journal.Interview) { iv.Role = "Staff engineer" }),
			want:   func(iv *journal.Interview) { iv.Role = "Staff engineer" },
		},
		{
			name:   "EmptyListIsNone",
			base:   &base,
			mine:   edit(func(iv *journal.Interview) { iv.Lessons = []string{} }),
			theirs: edit(func(iv *journal.Interview) { iv.Company = "Acme Labs" }),
			want:   func(iv *journal.Interview) { iv.Company = "Acme Labs" },
		},
		{
			name:   "NoBaseWritesEveryAnswer",
			mine:   edit(func(iv *journal.Interview) { iv.Company = "Acme Ltd" }),
			theirs: edit(func(iv *journal.Interview) { iv.Role = "Staff engineer"; iv.Outcome.Status = journal.StatusOffer }),
			// Every answer is mine, the role too; the rest is theirs.
			want: func(iv *journal.Interview) { iv.Company, iv.Role = "Acme Ltd", "Engineer" },
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			theirsBefore := tc.theirs.Clone()
			got, clashes, err := journal.MergeAnswers(tc.base, tc.mine, tc.theirs, refs)
			if err != nil {
				t.Fatal(err)
			}
			// Theirs in everything but the answers the merge writes.
			want := tc.theirs.Clone()
			tc.want(&want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("merged\n %+v\nwant\n %+v", got, want)
			}
			if !slices.Equal(clashes, tc.clashes) {
				t.Errorf("clashes %q, want %q", clashes, tc.clashes)
			}
			if !reflect.DeepEqual(tc.theirs, theirsBefore) {
				t.Errorf("theirs changed to %+v", tc.theirs)
			}
		})
	}
}

// TestInterviewClone checks that a clone shares no list with the
// interview it was made from, so a new list field cannot be forgotten.
func TestInterviewClone(t *testing.T) {
	var iv journal.Interview
	v := reflect.ValueOf(&iv).Elem()
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice {
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		}
	}
	iv.Curveballs[0].Tags = []string{"x"}
	c := iv.Clone()
	cv := reflect.ValueOf(&c).Elem()
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice && f.Pointer() == cv.Field(i).Pointer() {
			t.Errorf("the clone shares %s", v.Type().Field(i).Name)
		}
	}
	if &c.Curveballs[0].Tags[0] == &iv.Curveballs[0].Tags[0] {
		t.Error("the clone shares a curveball's tags")
	}
}

func TestChangesAnswers(t *testing.T) {
	base := journal.Interview{Company: "Acme", Lessons: []string{"Breathe"}}
	base.SetAnswer("gut", "Gut", "Fine")
	refs := []journal.AnswerRef{{Field: "company", Title: "Company"}, {Field: "lessons", Title: "Next time"}, {Field: "gut", Custom: true, Title: "Gut"}}
	same := base.Clone()
	if journal.ChangesAnswers(&base, &same, refs) {
		t.Fatal("a copy changes answers")
	}
	for name, change := range map[string]func(*journal.Interview){
		"company": func(iv *journal.Interview) { iv.Company = "Acme Ltd" },
		"lessons": func(iv *journal.Interview) { iv.Lessons = append(iv.Lessons, "Pause") },
		"custom":  func(iv *journal.Interview) { iv.SetAnswer("gut", "Gut", "Worried") },
	} {
		mine := base.Clone()
		change(&mine)
		if !journal.ChangesAnswers(&base, &mine, refs) {
			t.Errorf("a changed %s is not seen", name)
		}
	}
	mine := base.Clone()
	mine.Tags = []string{"remote"}
	if journal.ChangesAnswers(&base, &mine, refs) {
		t.Fatal("a change outside the answers named counts")
	}
}
