package customer

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"steady/backend/apperr"
)

// Encodings an import file can be in.
const (
	EncodingUTF8    = "utf-8"
	EncodingUTF8BOM = "utf-8-bom"
	EncodingUTF16   = "utf-16"
	EncodingGB18030 = "gb18030" // also reads GBK and GB2312, as Excel on Chinese Windows saves CSV
)

// ReadCSV reads a CSV file: UTF-8 with or without a byte order mark,
// UTF-16 with one (Excel's "Unicode text"), or else GB18030. Commas, tabs
// or semicolons separate the cells, whichever the header line uses most.
func ReadCSV(r io.Reader) (ImportTable, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return ImportTable{}, fmt.Errorf("customer: read csv: %w", err)
	}
	text, enc, err := decodeText(raw)
	if err != nil {
		return ImportTable{}, apperr.Field("file", "validation.unreadableFile", nil)
	}
	cr := csv.NewReader(strings.NewReader(text))
	cr.Comma = separatorOf(text)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	t := ImportTable{Format: "csv", Encoding: enc}
	for {
		cells, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return ImportTable{}, apperr.Field("file", "validation.unreadableFile", nil)
		}
		line, _ := cr.FieldPos(0)
		t.add(line, cells)
	}
	return t, t.check()
}

// decodeText turns the bytes of a text file into a string and names the
// encoding it found.
func decodeText(raw []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		return string(raw[3:]), EncodingUTF8BOM, nil
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(raw)
		return string(out), EncodingUTF16, err
	case utf8.Valid(raw):
		return string(raw), EncodingUTF8, nil
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(raw)
	return string(out), EncodingGB18030, err
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
