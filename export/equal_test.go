package export_test

import (
	"fmt"
	"reflect"
	"time"

	"github.com/debrief-journal/debrief/journal"
)

// sameData reports where a and b differ, treating an empty list like an
// absent one (the JSON leaves both out), times as equal when they are the
// same instant with the same offset, and dates by their day. It returns ""
// when they hold the same data.
func sameData(a, b any) string {
	return diffValue(reflect.ValueOf(a), reflect.ValueOf(b), "")
}

func diffValue(a, b reflect.Value, path string) string {
	if a.Type() != b.Type() {
		return path + ": types differ"
	}
	switch v := a.Interface().(type) {
	case time.Time:
		w := b.Interface().(time.Time)
		_, ao := v.Zone()
		_, bo := w.Zone()
		if !v.Equal(w) || ao != bo {
			return fmt.Sprintf("%s: %s != %s", path, v.Format(time.RFC3339Nano), w.Format(time.RFC3339Nano))
		}
		return ""
	case journal.Date:
		if v.String() != b.Interface().(journal.Date).String() {
			return fmt.Sprintf("%s: %s != %s", path, v, b.Interface())
		}
		return ""
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return path + ": one is nil"
			}
			return ""
		}
		return diffValue(a.Elem(), b.Elem(), path)
	case reflect.Slice:
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: %d items != %d items", path, a.Len(), b.Len())
		}
		for i := range a.Len() {
			if d := diffValue(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); d != "" {
				return d
			}
		}
	case reflect.Struct:
		for i := range a.NumField() {
			if d := diffValue(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); d != "" {
				return d
			}
		}
	default:
		if !reflect.DeepEqual(a.Interface(), b.Interface()) {
			return fmt.Sprintf("%s: %#v != %#v", path, a.Interface(), b.Interface())
		}
	}
	return ""
}
