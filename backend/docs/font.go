package docs

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"log/slog"
	"runtime/debug"
	"sync"

	"github.com/jung-kurt/gofpdf"

	"steady/backend/docs/internal/ttf"
)

// The PDF font family every document uses; Bold is style "B".
const Font = "notosans"

//go:embed fonts/NotoSansSC-Regular.ttf.gz fonts/NotoSansSC-Bold.ttf.gz
var fontFiles embed.FS

// embedded is what the process knows about the embedded fonts, made once:
// the font files, the characters both have a glyph for, and gofpdf's
// parsed form of them.
type embedded struct {
	regular, bold []byte
	glyphs        *ttf.Set
	parsed        *parsedFonts // nil when gofpdf's internals are not as expected
}

var (
	fontOnce  sync.Once
	fontState embedded
	fontErr   error
)

// fonts decompresses and reads the embedded fonts once per process.
func fonts() (*embedded, error) {
	fontOnce.Do(func() { fontErr = fontState.load() })
	return &fontState, fontErr
}

func (e *embedded) load() error {
	var err error
	if e.regular, err = gunzip("fonts/NotoSansSC-Regular.ttf.gz"); err != nil {
		return err
	}
	if e.bold, err = gunzip("fonts/NotoSansSC-Bold.ttf.gz"); err != nil {
		return err
	}
	regular, err := ttf.Characters(e.regular)
	if err != nil {
		return fmt.Errorf("docs: regular font: %w", err)
	}
	bold, err := ttf.Characters(e.bold)
	if err != nil {
		return fmt.Errorf("docs: bold font: %w", err)
	}
	for i := range regular {
		regular[i] &= bold[i]
	}
	e.glyphs = regular
	e.parsed, err = parseFonts(e.regular, e.bold)
	if err != nil {
		// Documents still print, each parsing the fonts itself (slower).
		slog.Warn("docs: the parsed PDF fonts cannot be shared between documents", "err", err)
	}
	return nil
}

func gunzip(name string) ([]byte, error) {
	raw, err := fontFiles.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("docs: font %s: %w", name, err)
	}
	r, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("docs: font %s: %w", name, err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("docs: font %s: %w", name, err)
	}
	return out, nil
}

// newPDF makes an A4 portrait document in millimetres with "{nb}" standing
// for the page count (set before the fonts: gofpdf reserves the digits'
// glyphs for it when a font is added).
func newPDF() *gofpdf.Fpdf {
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(true)
	pdf.AliasNbPages("{nb}")
	return pdf
}

// pdfMu lets one PDF be built at a time: gofpdf writes into the font bytes
// while it subsets them (getMetrics appends to a slice of them), and
// documents share the bytes and the parsed fonts.
var pdfMu sync.Mutex

// RenderPDF builds one A4 portrait document (millimetres, the CJK font
// registered, "{nb}" standing for the page count) with build and writes it
// to w. Documents are built one at a time. Text drawn through this
// package's helpers (Cell, Text, Width, Wrap) or Printable never crashes
// the document: characters the font cannot draw print as Mark and are
// logged once per document. A panic inside build is returned as an error.
func RenderPDF(w io.Writer, build func(pdf *gofpdf.Fpdf) error) (err error) {
	f, err := fonts()
	if err != nil {
		return err
	}
	pdfMu.Lock()
	defer pdfMu.Unlock()
	pdf := newPDF()
	if f.parsed != nil {
		f.parsed.install(pdf)
	} else {
		pdf.AddUTF8FontFromBytes(Font, "", f.regular)
		pdf.AddUTF8FontFromBytes(Font, "B", f.bold)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("docs: pdf fonts: %w", err)
	}
	defer beginDocument()()
	defer func() {
		if r := recover(); r != nil {
			slog.Error("docs: building a pdf panicked", "panic", r, "stack", string(debug.Stack()))
			err = fmt.Errorf("docs: pdf: %v", r)
		}
	}()
	if err := build(pdf); err != nil {
		return err
	}
	if f.parsed != nil {
		if err := f.parsed.slimAtClose(pdf); err != nil {
			return err
		}
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("docs: write pdf: %w", err)
	}
	return nil
}
