package export

import "io"

// ReadJSONLimited exposes the size limit to tests, which cannot afford to
// feed a gigabyte through the reader.
func ReadJSONLimited(r io.Reader, limit int64) (*Document, error) {
	return readJSONLimited(r, limit)
}
