package customer

import (
	"bufio"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"unicode/utf8"

	"steady/backend/apperr"
)

// textVerdict is the encoding a text file was found to be in and how sure
// that is, in percent.
type textVerdict struct {
	encoding   string
	confidence int
}

// Bounds of the encoding check.
const (
	maxLineBytes = 4 << 20 // one physical line; a CSV of customers has none near it
	// minGBConfidence is the share of two-byte characters that must be
	// common Chinese (GB2312) for a file to be read as GBK: Chinese text
	// is almost all common characters, while a Latin-1 or damaged UTF-8
	// file that happens to parse as GBK is almost all rare ones.
	minGBConfidence = 70
)

// lineFacts is what one physical line says about the file's encoding.
type lineFacts struct {
	ascii      bool
	utf8       bool
	cjk        int // UTF-8 runes of Chinese text or full-width forms: evidence of UTF-8
	gb         bool
	gbCommon   int // two-byte characters in GB2312's common range
	gbRare     int // other GBK/GB18030 characters
	nul        bool
	lineNumber int
}

// encodingTally collects the facts of every line.
type encodingTally struct {
	bom                    bool // the file starts with a UTF-8 byte order mark
	utf8Lines, notUTF8     int  // lines with non-ASCII text that are / are not UTF-8
	gbOnly                 int  // lines that are GBK and not UTF-8: evidence of GBK
	firstNotUTF8           int
	firstNeither           int // first line that is neither UTF-8 nor GBK
	firstForeign           int // first line that reads as UTF-8 Chinese but as rare GBK
	gbCommon, gbRare       int
	firstGBRare, firstNull int
	firstAnyRare           int
}

// detectEncoding reads r (a text file without a UTF-16 byte order mark)
// line by line and says which encoding it is in: UTF-8 (with or without a
// byte order mark) or GBK/GB18030. A file that is neither, mixes them, is
// UTF-8 but for some bytes, or holds NUL bytes is refused with the line
// at fault. Memory stays bounded by the longest line.
func detectEncoding(r io.Reader) (textVerdict, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	var t encodingTally
	if head, _ := br.Peek(3); bytes.Equal(head, []byte{0xEF, 0xBB, 0xBF}) {
		t.bom = true
		_, _ = br.Discard(3)
	}
	var line []byte
	for n := 1; ; n++ {
		var err error
		line, err = readLine(br, line[:0])
		if len(line) > 0 {
			t.add(factsOf(line, n))
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if errors.Is(err, errLineTooLong) {
			return textVerdict{}, apperr.Field("file", "validation.lineTooLong", map[string]any{"line": n})
		}
		if err != nil {
			return textVerdict{}, fmt.Errorf("customer: read csv: %w", err)
		}
	}
	return t.verdict()
}

var errLineTooLong = errors.New("customer: line too long")

// readLine appends the next physical line of br (with its newline) to buf.
func readLine(br *bufio.Reader, buf []byte) ([]byte, error) {
	for {
		part, err := br.ReadSlice('\n')
		buf = append(buf, part...)
		if len(buf) > maxLineBytes {
			return buf, errLineTooLong
		}
		if !errors.Is(err, bufio.ErrBufferFull) {
			return buf, err
		}
	}
}

// factsOf looks at one line; a newline is never inside a UTF-8 or GB18030
// character, so lines can be judged one by one.
func factsOf(line []byte, n int) lineFacts {
	f := lineFacts{lineNumber: n, nul: bytes.IndexByte(line, 0) >= 0, ascii: true}
	for _, b := range line {
		if b >= 0x80 {
			f.ascii = false
			break
		}
	}
	if f.ascii {
		f.utf8, f.gb = true, true
		return f
	}
	f.utf8 = utf8.Valid(line)
	if f.utf8 {
		for _, r := range string(line) {
			if (r >= 0x3000 && r <= 0x9FFF) || (r >= 0xFF00 && r <= 0xFFEF) {
				f.cjk++
			}
		}
	}
	f.gb, f.gbCommon, f.gbRare = scanGB18030(line)
	return f
}

// scanGB18030 says whether line is well-formed GB18030 (which includes GBK
// and GB2312) and counts its common and rare characters.
func scanGB18030(line []byte) (valid bool, common, rare int) {
	for i := 0; i < len(line); {
		b := line[i]
		switch {
		case b < 0x80:
			i++
			continue
		case b == 0x80 || b == 0xFF || i+1 >= len(line):
			return false, common, rare
		}
		c := line[i+1]
		switch {
		case c >= 0x40 && c <= 0xFE && c != 0x7F:
			if isCommonGB(b, c) {
				common++
			} else {
				rare++
			}
			i += 2
		case c >= 0x30 && c <= 0x39 && i+3 < len(line) && line[i+2] >= 0x81 && line[i+2] <= 0xFE &&
			line[i+3] >= 0x30 && line[i+3] <= 0x39:
			rare++
			i += 4
		default:
			return false, common, rare
		}
	}
	return true, common, rare
}

// isCommonGB: GB2312's Chinese characters (rows B0–F7) and its punctuation
// and full-width forms (rows A1–A3).
func isCommonGB(b, c byte) bool {
	return c >= 0xA1 && c <= 0xFE && ((b >= 0xB0 && b <= 0xF7) || (b >= 0xA1 && b <= 0xA3))
}

func (t *encodingTally) add(f lineFacts) {
	if f.nul && t.firstNull == 0 {
		t.firstNull = f.lineNumber
	}
	if f.ascii {
		return
	}
	switch {
	case f.utf8 && f.cjk > 0:
		t.utf8Lines++
	case !f.utf8:
		t.notUTF8++
		if t.firstNotUTF8 == 0 {
			t.firstNotUTF8 = f.lineNumber
		}
	}
	if !f.utf8 && f.gb {
		t.gbOnly++
	}
	if !f.utf8 && !f.gb && t.firstNeither == 0 {
		t.firstNeither = f.lineNumber
	}
	// a line of UTF-8 Chinese among GBK lines: read as GBK it is broken or
	// mostly rare characters
	if f.utf8 && f.cjk >= 2 && (!f.gb || f.gbRare > f.gbCommon) && t.firstForeign == 0 {
		t.firstForeign = f.lineNumber
	}
	t.gbCommon += f.gbCommon
	t.gbRare += f.gbRare
	if f.gbRare > 0 && t.firstAnyRare == 0 {
		t.firstAnyRare = f.lineNumber
	}
	if f.gbRare > 0 && f.gbRare >= f.gbCommon && t.firstGBRare == 0 {
		t.firstGBRare = f.lineNumber
	}
}

// verdict decides. UTF-8 wins when every line is UTF-8; a file that is
// UTF-8 in most of its lines, or has UTF-8 lines and no line that reads
// only as GBK, is damaged UTF-8, never GBK; GBK needs every line
// well-formed, no line of UTF-8 Chinese, and mostly common characters.
func (t *encodingTally) verdict() (textVerdict, error) {
	switch {
	case t.firstNull != 0:
		return textVerdict{}, lineProblem("validation.nulByte", t.firstNull)
	case t.notUTF8 == 0 && t.bom:
		return textVerdict{EncodingUTF8BOM, 100}, nil
	case t.notUTF8 == 0:
		return textVerdict{EncodingUTF8, 100}, nil
	case t.bom || t.utf8Lines > t.notUTF8 || (t.utf8Lines > 0 && t.gbOnly == 0):
		return textVerdict{}, lineProblem("validation.invalidUtf8", t.firstNotUTF8)
	}
	// GBK, unless a line says otherwise; the earliest such line is named
	confidence := 100 * t.gbCommon / max(1, t.gbCommon+t.gbRare)
	var found []filePlace
	if t.firstNeither != 0 {
		found = append(found, filePlace{"validation.unknownEncoding", t.firstNeither})
	}
	if t.firstForeign != 0 {
		found = append(found, filePlace{"validation.mixedEncoding", t.firstForeign})
	}
	if confidence < minGBConfidence { // the line most unlike Chinese text
		found = append(found, filePlace{"validation.unknownEncoding", cmp.Or(t.firstGBRare, t.firstAnyRare)})
	}
	if len(found) > 0 {
		first := slices.MinFunc(found, func(a, b filePlace) int { return cmp.Compare(a.line, b.line) })
		return textVerdict{}, lineProblem(first.code, first.line)
	}
	return textVerdict{EncodingGB18030, confidence}, nil
}

// filePlace is a problem found on a line.
type filePlace struct {
	code string
	line int
}

func lineProblem(code string, line int) error {
	return apperr.Field("file", code, map[string]any{"line": line})
}
