//go:build !linux

package store_test

import "testing"

// mountTinyFS needs Linux; elsewhere the test that wants it skips.
func mountTinyFS(t *testing.T, _ string) string {
	t.Skip("small file systems are mounted on Linux only")
	return ""
}
