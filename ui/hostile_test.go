package ui

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/debrief-journal/debrief/journal"
	"github.com/debrief-journal/debrief/prompts"
	"github.com/debrief-journal/debrief/safetext"

	"github.com/debrief-journal/debrief/ui/kit"
)

// TestHostileImportedText imports interviews and reviews with a terminal
// attack in every text they hold, checks that the journal keeps each byte
// as imported, and that no screen draws an attack: every screen that shows
// journal text, at two sizes, scrolled to its end.
func TestHostileImportedText(t *testing.T) {
	attacks := safetext.Attacks()
	s := hostileJournal(t)
	var ivs []journal.Interview
	var reviews []journal.Review
	for i, a := range attacks {
		ivs = append(ivs, hostileInterview(a.Seq, i))
		reviews = append(reviews, hostileReview(a.Seq, i))
	}
	if _, err := s.Import(ivs, reviews, false, false); err != nil {
		t.Fatal(err)
	}
	stored, err := s.Interviews()
	if err != nil {
		t.Fatal(err)
	}
	var ivIDs, reviewIDs []uint64
	for i, got := range stored {
		if !utf8.ValidString(attacks[i].Seq) {
			// An export file cannot carry invalid UTF-8 (import refuses it);
			// the store keeps such text as JSON does, with U+FFFD.
			ivIDs = append(ivIDs, got.ID)
			continue
		}
		want := ivs[i]
		want.ID, want.UpdatedAt = got.ID, got.UpdatedAt
		if !reflect.DeepEqual(*got, want) {
			t.Fatalf("%s: the journal did not keep the imported interview byte for byte:\n%+v\nwant\n%+v", attacks[i].Name, *got, want)
		}
		ivIDs = append(ivIDs, got.ID)
	}
	storedReviews, err := s.Reviews()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range storedReviews {
		reviewIDs = append(reviewIDs, r.ID)
	}
	views := 0
	for _, size := range [][2]int{{100, 30}, {44, 12}} {
		m := appOn(t, s, size[0], size[1])
		everyScreen(t, m, ivIDs, reviewIDs, func(where, view string) {
			views++
			if p := viewProblem(view, attacks); p != "" {
				t.Fatalf("%dx%d, %s: %s\n%s", size[0], size[1], where, p, plainView(m))
			}
		})
	}
	t.Logf("%d attacks × every text of an interview and a review, imported; %d screens checked", len(attacks), views)
}

// inputPath is a way text gets into an answer: typed (a key press carrying
// text, as a terminal delivers a burst of typing) or pasted.
type inputPath struct {
	name string
	msg  func(string) tea.Msg
}

var inputPaths = []inputPath{
	{"typed", func(s string) tea.Msg { return tea.KeyPressMsg{Text: s} }},
	{"pasted", func(s string) tea.Msg { return tea.PasteMsg{Content: s} }},
}

// TestHostileTypedAndPasted enters each attack into every input of a
// reflection, typed and pasted, and checks each screen on the way, the
// summary, and the screens that show the finished interview; then that what
// was stored is what was entered, less what made it an attack.
func TestHostileTypedAndPasted(t *testing.T) {
	attacks := safetext.Attacks()
	set := prompts.AfterInterview()
	var placements atomic.Int64
	t.Cleanup(func() {
		t.Logf("%d attacks × %d inputs of a reflection × %d ways in = %d placements", len(attacks), placements.Load()/int64(len(attacks)*len(inputPaths)), len(inputPaths), placements.Load())
	})
	for _, path := range inputPaths {
		t.Run(path.name, func(t *testing.T) {
			t.Parallel()
			for _, a := range attacks {
				s := hostileJournal(t)
				m := appOn(t, s, 100, 30)
				press(t, m, keyN)
				look := func(where string) {
					if p := viewProblem(m.View().Content, attacks); p != "" {
						t.Fatalf("%s %s, %s: %s\n%s", path.name, a.Name, where, p, plainView(m))
					}
				}
				for i, p := range set.Prompts {
					if m.reflect.Prompt().ID != p.ID {
						t.Fatalf("%s %s: at %q, want step %d (%s)", path.name, a.Name, m.reflect.Prompt().ID, i, p.ID)
					}
					switch p.Kind {
					case journal.KindRating, journal.KindChoice, journal.KindDate:
						press(t, m, keyEnter)
						continue
					case journal.KindCurveballs:
						for part := range kit.CurveballParts {
							m.Update(path.msg(a.Seq))
							placements.Add(1)
							look(fmt.Sprintf("curveball part %d", part))
							if part == 0 && m.reflect.Text() == "" {
								break // nothing is left of it: an empty question ends the curveballs
							}
							press(t, m, keyEnter)
						}
						press(t, m, keyEnter)
						continue
					}
					m.Update(path.msg(a.Seq))
					placements.Add(1)
					look(p.ID)
					press(t, m, keyEnter)
				}
				if strings.TrimSpace(strings.ReplaceAll(safetext.Text(a.Seq), "\uFFFD", "")) == "" {
					// Nothing of the attack is text: nothing was answered,
					// and a blank reflection keeps nothing.
					if ivs, err := s.Interviews(); err != nil || len(ivs) != 0 || !strings.Contains(plainView(m), nothingSavedText) {
						t.Fatalf("%s %s: a reflection with nothing left of what was entered: %d interviews (%v)\n%s", path.name, a.Name, len(ivs), err, plainView(m))
					}
					continue
				}
				if m.reflect.Saved() == nil {
					t.Fatalf("%s %s: the reflection did not finish: %s", path.name, a.Name, plainView(m))
				}
				look("the summary")
				ivs, err := s.Interviews()
				if err != nil || len(ivs) != 1 {
					t.Fatalf("%d interviews (%v)", len(ivs), err)
				}
				checkEnteredText(t, a, path.name, ivs[0])
				if path.name == "typed" {
					continue // stored just as the pasted text is: one tour is enough
				}
				// The screens that show one interview; TestHostileImportedText
				// tours them all.
				for _, to := range []kit.ScreenID{kit.ScreenHome, kit.ScreenBrowse, kit.ScreenDetail, kit.ScreenOutcome, kit.ScreenFeedback} {
					visitPages(t, m, to, ivs[0].ID, 3, func(where, view string) {
						if p := viewProblem(view, attacks); p != "" {
							t.Fatalf("%s %s, %s: %s\n%s", path.name, a.Name, where, p, plainView(m))
						}
					})
				}
			}
		})
	}
}

// checkEnteredText checks that every answer holds what was entered, made
// safe: the escape sequences, controls, bidirectional controls and invalid
// bytes that made it an attack are gone, and everything else is kept.
func checkEnteredText(t *testing.T, a safetext.Attack, path string, iv *journal.Interview) {
	t.Helper()
	clean := strings.ReplaceAll(safetext.Text(a.Seq), "\uFFFD", "")
	line := strings.TrimSpace(strings.ReplaceAll(clean, "\n", " "))
	long := strings.TrimRight(clean, " \n\t")
	var items []string
	for _, l := range strings.Split(clean, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			items = append(items, l)
		}
	}
	wants := []struct {
		field string
		got   any
		want  any
	}{
		{"company", iv.Company, line},
		{"role", iv.Role, line},
		{"first_impression", iv.FirstImpression, long},
		{"fit", iv.Fit, long},
		{"went_well", iv.WentWell, items},
		{"lessons", iv.Lessons, items},
	}
	if line != "" {
		wants = append(wants, []struct {
			field string
			got   any
			want  any
		}{
			{"curveball question", iv.Curveballs[0].Question, line},
			{"curveball answer", iv.Curveballs[0].Answer, long},
		}...)
	} else if len(iv.Curveballs) != 0 {
		t.Errorf("%s %s: a curveball was kept although nothing of it was left", path, a.Name)
	}
	for _, w := range wants {
		if !reflect.DeepEqual(w.got, w.want) && !(isEmpty(w.got) && isEmpty(w.want)) {
			t.Errorf("%s %s: %s holds %q, want %q", path, a.Name, w.field, w.got, w.want)
		}
	}
	if a.Visible != "" && !strings.Contains(iv.FirstImpression, a.Visible) {
		t.Errorf("%s %s: the visible text %q was lost: %q", path, a.Name, a.Visible, iv.FirstImpression)
	}
}

func isEmpty(v any) bool {
	switch v := v.(type) {
	case string:
		return v == ""
	case []string:
		return len(v) == 0
	}
	return false
}

// rawMarker is what betrays an attack in the bytes sent to the terminal.
// Where the marker is a word followed by the attack's escape sequence, the
// renderer's own sequences (a style ending, a cursor move) may follow the
// same word legitimately, so the attack's whole remaining sequence and the
// letter entered after it are looked for instead: they reach the terminal
// together only if the attack does.
func rawMarker(a safetext.Attack) string {
	if !strings.Contains(a.Marker, "\x1b") {
		return a.Marker
	}
	return a.Seq[strings.Index(a.Seq, a.Marker):] + rawTail
}

// rawTail follows each attack entered in the raw test. Some attacks end with
// a sequence the renderer also writes after text (ESC [ H, a lone ESC); with
// a letter after them, their raw marker can only come from the attack.
const rawTail = "Z"

// checkRaw fails when the terminal output holds an attack, or, when
// visible is set, lost the text an attack must leave readable. (The
// renderer writes only the cells that change, so text drawn where similar
// text was before reaches the terminal in pieces; then the view is checked
// instead.)
func checkRaw(t *testing.T, what string, out []byte, attacks []safetext.Attack, visible bool) {
	t.Helper()
	for _, a := range attacks {
		if m := rawMarker(a); bytes.Contains(out, []byte(m)) {
			i := bytes.Index(out, []byte(m))
			t.Errorf("%s: %s reached the terminal: …%q…", what, a.Name, out[max(0, i-40):min(len(out), i+len(m)+40)])
		}
		if visible && a.Visible != "" && !bytes.Contains(out, []byte(a.Visible)) {
			t.Errorf("%s: the text %q of %s never reached the terminal", what, a.Visible, a.Name)
		}
	}
}

// TestHostileRawTerminalBytes runs the real program and checks the bytes it
// writes to the terminal: with the attacks imported, on every screen; and
// with each attack typed and pasted into the inputs of reflections.
func TestHostileRawTerminalBytes(t *testing.T) {
	attacks := safetext.Attacks()
	t.Run("Imported", func(t *testing.T) {
		t.Parallel()
		s := hostileJournal(t)
		var ivs []journal.Interview
		var reviews []journal.Review
		for i, a := range attacks {
			ivs = append(ivs, hostileInterview(a.Seq+rawTail, i))
			reviews = append(reviews, hostileReview(a.Seq+rawTail, i))
		}
		if _, err := s.Import(ivs, reviews, false, false); err != nil {
			t.Fatal(err)
		}
		stored, _ := s.Interviews()
		storedReviews, _ := s.Reviews()
		lp := startProgram(t, appOn(t, s, 100, 30), 100, 30)
		show := func(to kit.ScreenID, id uint64) {
			lp.send(kit.NavigateMsg{To: to, ID: id})
			lp.waitUntil(fmt.Sprintf("%v %d", to, id), func(m *Model) bool { return m.screen == to })
		}
		for _, to := range []kit.ScreenID{kit.ScreenHome, kit.ScreenBrowse, kit.ScreenFollowUps, kit.ScreenPatterns, kit.ScreenReviewGlance, kit.ScreenReviews} {
			show(to, 0)
		}
		for _, iv := range stored {
			show(kit.ScreenDetail, iv.ID)
		}
		for _, r := range storedReviews {
			show(kit.ScreenReview, r.ID)
		}
		checkRaw(t, "imported", lp.stop(), attacks, true)
	})
	for _, path := range inputPaths {
		t.Run(path.name, func(t *testing.T) {
			t.Parallel()
			s := hostileJournal(t)
			lp := startProgram(t, appOn(t, s, 100, 30), 100, 30)
			set := prompts.AfterInterview()
			next, inputs := 0, 3 // the three texts of a curveball
			for _, p := range set.Prompts {
				switch p.Kind {
				case journal.KindRating, journal.KindChoice, journal.KindDate, journal.KindCurveballs:
				default:
					inputs++
				}
			}
			// Each reflection puts a different attack in each input, so that
			// every attack is drawn at least once.
			for range (len(attacks) + inputs - 1) / inputs {
				lp.send(keyN)
				lp.waitUntil("a new reflection", func(m *Model) bool { return m.screen == kit.ScreenReflect })
				for _, p := range set.Prompts {
					switch p.Kind {
					case journal.KindRating, journal.KindChoice, journal.KindDate:
					case journal.KindCurveballs:
						// One curveball: its question, answer, better answer.
						for range 3 {
							lp.send(path.msg("Q " + attacks[next%len(attacks)].Seq + rawTail))
							next++
							lp.drawn()
							lp.send(keyEnter)
						}
						lp.send(keyEnter)
					default:
						a := attacks[next%len(attacks)]
						lp.send(path.msg(a.Seq + rawTail))
						next++
						lp.drawn()
						lp.inspect(func(m *Model) {
							if !strings.Contains(plainView(m), a.Visible) {
								t.Errorf("%s %s: %q is not on screen:\n%s", path.name, a.Name, a.Visible, plainView(m))
							}
						})
					}
					lp.send(keyEnter)
				}
				lp.waitUntil("the summary", func(m *Model) bool { return m.screen == kit.ScreenReflect && m.reflect.Saved() != nil })
				// h goes home; enter would open the first next step.
				lp.send(tea.KeyPressMsg{Code: 'h', Text: "h"})
				lp.waitUntil("home", func(m *Model) bool { return m.screen == kit.ScreenHome })
			}
			checkRaw(t, path.name, lp.stop(), attacks, false)
		})
	}
}
