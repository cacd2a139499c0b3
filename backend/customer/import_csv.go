package customer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"

	"steady/backend/apperr"
	"steady/backend/infile"
)

// Encodings an import file can be in.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF8BOM = "utf-8-bom"
	EncodingUTF16   = "utf-16"
	EncodingGB18030 = "gb18030" // also reads GBK and GB2312, as Excel on Chinese Windows saves CSV
)

// ReadCSV reads a CSV file: UTF-16 with a byte order mark (Excel's
// "Unicode text"), else UTF-8 with or without one, or GBK/GB18030 (as Excel
// on Chinese Windows saves CSV). The encoding is decided from the whole
// file first (detectEncoding), which refuses a file that is neither or
// mixes them with the line at fault; then the rows are read in it, one at
// a time, stopping at the first one past the row limit. Commas, tabs or
// semicolons separate the cells, whichever the header line uses most.
func ReadCSV(r io.Reader) (ImportTable, error) {
	rs, err := seekable(r)
	if err != nil {
		return ImportTable{}, err
	}
	start, err := rs.Seek(0, io.SeekCurrent)
	if err != nil {
		return ImportTable{}, fmt.Errorf("customer: read csv: %w", err)
	}
	v := textVerdict{EncodingUTF16, 100}
	if head := make([]byte, 2); !isUTF16(head[:readHead(rs, head)]) {
		if v, err = detectEncoding(rs); err != nil {
			return ImportTable{}, err
		}
	}
	if _, err := rs.Seek(start, io.SeekStart); err != nil {
		return ImportTable{}, fmt.Errorf("customer: read csv: %w", err)
	}
	return readCSVRows(decodedText(rs, v.encoding), v)
}

// readCSVRows reads the rows of UTF-8 text.
func readCSVRows(text io.Reader, v textVerdict) (ImportTable, error) {
	br := bufio.NewReaderSize(text, 64<<10)
	first, _ := br.Peek(64 << 10) // the header line, to pick the separator by
	cr := csv.NewReader(br)
	cr.Comma = separatorOf(string(first))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	t := ImportTable{Format: "csv", Encoding: v.encoding, Confidence: v.confidence}
	for {
		cells, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return ImportTable{}, apperr.Field("file", "validation.unreadableFile", nil)
		}
		line, _ := cr.FieldPos(0)
		if slices.ContainsFunc(cells, func(c string) bool { return strings.IndexByte(c, 0) >= 0 }) {
			return ImportTable{}, lineProblem("validation.nulByte", line)
		}
		if err := t.add(line, cells); err != nil {
			return ImportTable{}, err
		}
	}
	return t, t.check()
}

// seekable is r when it can seek (a file: it is read twice, never held
// whole); anything else is read into memory, up to the size limit.
func seekable(r io.Reader) (io.ReadSeeker, error) {
	if rs, ok := r.(io.ReadSeeker); ok {
		return rs, infile.CheckSize(rs, infile.MaxFileBytes)
	}
	b, err := infile.ReadAll(r, infile.MaxFileBytes)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(b), nil
}

// readHead reads the first bytes of rs into head and steps back over them.
func readHead(rs io.ReadSeeker, head []byte) int {
	n, _ := io.ReadFull(rs, head)
	if _, err := rs.Seek(int64(-n), io.SeekCurrent); err != nil {
		return 0
	}
	return n
}

func isUTF16(head []byte) bool {
	return bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF})
}

// decodedText reads r, in the encoding found, as UTF-8 without a byte order mark.
func decodedText(r io.Reader, encoding string) io.Reader {
	switch encoding {
	case EncodingUTF16:
		return transform.NewReader(r, unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder())
	case EncodingGB18030:
		return transform.NewReader(r, simplifiedchinese.GB18030.NewDecoder())
	case EncodingUTF8BOM:
		return transform.NewReader(r, unicode.UTF8BOM.NewDecoder())
	}
	return r
}

// separatorOf picks the separator its first line uses most.
func separatorOf(text string) rune {
	first, _, _ := strings.Cut(text, "\n")
	best, most := ',', strings.Count(first, ",")
	for _, sep := range []rune{'\t', ';'} {
		if n := strings.Count(first, string(sep)); n > most {
			best, most = sep, n
		}
	}
	return best
}
