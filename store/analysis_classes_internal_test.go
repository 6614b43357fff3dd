package store

import (
	"bytes"
	"encoding/binary"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/debrief-journal/debrief/insight"
	"github.com/debrief-journal/debrief/journal"
)

// plantClasses rewrites the analysis record of every interview with
// classes stamped version that put every question in the topic
// "topic:planted" and every lesson in no topic with the term "planted";
// version 0 is a record with no classes.
func plantClasses(t *testing.T, s *Store, version uint64) {
	t.Helper()
	err := s.update(func(tx *bolt.Tx) error {
		b, cd := tx.Bucket(bucketAnalysis), codecOf(tx)
		var keys, values [][]byte
		err := b.ForEach(func(k, v []byte) error {
			var rec analysisRecord
			if err := cd.decode(bucketAnalysis, k, v, &rec, "a record"); err != nil {
				return err
			}
			payload := binary.AppendUvarint(encodeAnalysisInterview(rec.iv), version)
			if version == 0 {
				rec.iv.Curveballs, rec.iv.Lessons, rec.iv.FeedbackLessons = nil, nil, nil
			}
			for _, cb := range rec.iv.Curveballs {
				block := appendTexts(appendText(nil, "topic:planted"), nil)
				for range cb.Tags {
					block = appendText(appendText(block, "planted"), "")
				}
				payload = appendText(payload, string(block))
			}
			for range len(rec.iv.Lessons) + len(rec.iv.FeedbackLessons) {
				payload = appendText(payload, string(appendTexts(appendText(nil, ""), []string{"planted"})))
			}
			data, err := cd.wrap(bucketAnalysis, k, payload)
			keys, values = append(keys, bytes.Clone(k)), append(values, data)
			return err
		})
		for i, k := range keys {
			if err == nil {
				err = b.Put(k, values[i])
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// analysisBytes returns the stored analysis records by key.
func analysisBytes(t *testing.T, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	if err := s.view(func(tx *bolt.Tx) error {
		return tx.Bucket(bucketAnalysis).ForEach(func(k, v []byte) error {
			out[string(k)] = string(v)
			return nil
		})
	}); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestClassesOfAnotherVersion: classes kept by a classifier of another
// TopicsVersion are never taken (the analysis classifies those texts
// again, and the patterns are those of a full analysis), while classes of
// this version are; a command that only reads leaves the old ones as they
// are, and the app, keeping a result, writes them anew.
func TestClassesOfAnotherVersion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "journal.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 3, 20, 12, 0, 0, 0, time.UTC)
	for i, co := range []string{"Acme", "Globex", "Initech"} {
		iv := &journal.Interview{Company: co, Date: journal.NewDate(2026, 3, 1+i), Lessons: []string{"Slow down"},
			Curveballs: []journal.Curveball{{Question: "What are your salary expectations?", Tags: []string{"money"}}}}
		if err := s.CreateInterview(iv); err != nil {
			t.Fatal(err)
		}
	}
	whole, err := s.Interviews()
	if err != nil {
		t.Fatal(err)
	}
	full := insight.AnalyzeAt(whole, now)
	patterns := func(t *testing.T, s *Store) (insight.Patterns, insight.Known) {
		t.Helper()
		aj, err := s.AnalysisJournal()
		if err != nil {
			t.Fatal(err)
		}
		return insight.AnalyzeKnownAt(aj.Interviews, aj.Known, now), aj.Known
	}

	t.Run("ThisVersionTaken", func(t *testing.T) {
		plantClasses(t, s, classesVersion())
		p, known := patterns(t, s)
		if topic, _, ok := known.Question("What are your salary expectations?"); !ok || topic != "topic:planted" {
			t.Fatalf("known question: %q, %v; want the planted topic", topic, ok)
		}
		if reflect.DeepEqual(p, full) {
			t.Fatal("classes of this version were not taken")
		}
	})
	t.Run("OtherVersionIgnored", func(t *testing.T) {
		for _, v := range []uint64{0, classesVersion() + 1} {
			plantClasses(t, s, v)
			p, known := patterns(t, s)
			if _, _, ok := known.Question("What are your salary expectations?"); ok {
				t.Errorf("version %d: classes of another version taken", v)
			}
			if !reflect.DeepEqual(p, full) {
				t.Errorf("version %d: patterns differ from a full analysis:\n got %+v\nwant %+v", v, p, full)
			}
		}
	})
	draw := func(aj AnalysisJournal) ([]byte, error) { return []byte("drawn"), nil }
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	t.Run("ReadingWritesNothing", func(t *testing.T) {
		r, err := OpenReading(path)
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		before := analysisBytes(t, r)
		if _, err := r.AnalysisResultKnown("test", "stamp", draw); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(analysisBytes(t, r), before) {
			t.Error("a command that only reads rewrote analysis records")
		}
	})
	t.Run("AppRefreshes", func(t *testing.T) {
		w, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer w.Close()
		if _, err := w.AnalysisResultKnown("test", "stamp", draw); err != nil {
			t.Fatal(err)
		}
		aj, err := w.AnalysisJournal()
		if err != nil {
			t.Fatal(err)
		}
		if aj.stale != 0 {
			t.Errorf("%d records still hold classes of another version", aj.stale)
		}
		if topic, _, ok := aj.Known.Question("What are your salary expectations?"); !ok || topic == "topic:planted" {
			t.Errorf("known question after the refresh: %q, %v", topic, ok)
		}
		if p, _ := patterns(t, w); !reflect.DeepEqual(p, full) {
			t.Error("patterns after the refresh differ from a full analysis")
		}
		if kept, err := w.AnalysisResultKnown("test", "stamp", func(AnalysisJournal) ([]byte, error) { return []byte("again"), nil }); err != nil || string(kept) != "drawn" {
			t.Errorf("after the refresh: %q, %v; want the result kept before it", kept, err)
		}
	})
}

// TestCheckAnalysisClasses: check holds the classes a record keeps of
// this classifier's version to what the classifier makes of the record's
// texts, and takes classes of another version as out of date, not
// damaged.
func TestCheckAnalysisClasses(t *testing.T) {
	s, err := Open(filepath.Join(t.TempDir(), "journal.db"))
	must(t, err)
	defer s.Close()
	for i := range 3 {
		must(t, s.CreateInterview(&journal.Interview{Company: "Acme", Date: journal.NewDate(2026, 2, 1).AddDays(i),
			Curveballs: []journal.Curveball{{Question: "What are your salary expectations?"}}, Lessons: []string{"Slow down"}}))
	}
	_, err = s.AnalysisInterviews()
	must(t, err)
	for _, c := range []struct {
		version  uint64
		problems int
	}{{classesVersion() + 1, 0}, {0, 0}, {classesVersion(), 3}} {
		plantClasses(t, s, c.version)
		rep, err := s.Check()
		must(t, err)
		if len(rep.Problems) != c.problems {
			t.Errorf("classes of version %d: %d problems, want %d: %+v", c.version, len(rep.Problems), c.problems, rep.Problems)
		}
		for _, p := range rep.Problems {
			if !strings.Contains(p.Message, "does not match it") {
				t.Errorf("classes of version %d: %q", c.version, p.Message)
			}
		}
	}
}
