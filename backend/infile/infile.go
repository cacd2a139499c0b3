// Package infile reads files a person chose to import without trusting
// them: a file's size is checked before anything is read, a workbook is
// opened with bounds on what its zip parts may unpack to, and its rows are
// streamed with bounds on their width. Refusals are typed field errors on
// "file", so the import screens show them beside the file.
package infile

import (
	"fmt"
	"io"

	"steady/backend/apperr"
)

// MaxFileBytes bounds a file chosen for import. 100,000 customers with
// every column filled take about 30 MB of CSV; far larger is not a list of
// customers or products.
const MaxFileBytes = 64 << 20

// TooLarge is the refusal of a file, or a workbook's unpacked content,
// larger than a bound; maxMB says the bound to people.
func TooLarge(bound int64) error {
	return apperr.Field("file", "validation.importTooLarge", map[string]any{"maxMB": bound >> 20})
}

// Size is the number of bytes from r's current position to its end when r
// can seek (a file, a bytes.Reader), found without reading; ok is false
// for a reader that cannot tell.
func Size(r io.Reader) (size int64, ok bool, err error) {
	s, isSeeker := r.(io.Seeker)
	if !isSeeker {
		return 0, false, nil
	}
	at, err := s.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, false, fmt.Errorf("infile: size: %w", err)
	}
	end, err := s.Seek(0, io.SeekEnd)
	if err != nil {
		return 0, false, fmt.Errorf("infile: size: %w", err)
	}
	if _, err := s.Seek(at, io.SeekStart); err != nil {
		return 0, false, fmt.Errorf("infile: size: %w", err)
	}
	return end - at, true, nil
}

// CheckSize refuses r when it can tell that more than limit bytes are
// left, before reading any of them.
func CheckSize(r io.Reader, limit int64) error {
	size, ok, err := Size(r)
	if err != nil {
		return err
	}
	if ok && size > limit {
		return TooLarge(limit)
	}
	return nil
}

// ReadAll reads r whole when it holds at most limit bytes, and refuses it
// after reading limit+1 bytes otherwise.
func ReadAll(r io.Reader, limit int64) ([]byte, error) {
	size, known, err := Size(r)
	switch {
	case err != nil:
		return nil, err
	case known && size > limit:
		return nil, TooLarge(limit)
	case known: // read into a buffer of the right size rather than a growing one
		b := make([]byte, size)
		if _, err := io.ReadFull(r, b); err != nil {
			return nil, fmt.Errorf("infile: read: %w", err)
		}
		return b, nil
	}
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("infile: read: %w", err)
	}
	if int64(len(b)) > limit {
		return nil, TooLarge(limit)
	}
	return b, nil
}

// IsTooLarge says whether err is a refusal for size.
func IsTooLarge(err error) bool {
	e, ok := apperr.As(err)
	return ok && e.Fields["file"].Code == "validation.importTooLarge"
}
