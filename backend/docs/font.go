package docs

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"sync"

	"github.com/jung-kurt/gofpdf"
)

// The PDF font family every document uses; Bold is style "B".
const Font = "notosans"

//go:embed fonts/NotoSansSC-Regular.ttf.gz fonts/NotoSansSC-Bold.ttf.gz
var fontFiles embed.FS

var (
	fontOnce    sync.Once
	fontRegular []byte
	fontBold    []byte
	fontErr     error
)

// fonts decompresses the embedded fonts once per process.
func fonts() ([]byte, []byte, error) {
	fontOnce.Do(func() {
		fontRegular, fontErr = gunzip("fonts/NotoSansSC-Regular.ttf.gz")
		if fontErr == nil {
			fontBold, fontErr = gunzip("fonts/NotoSansSC-Bold.ttf.gz")
		}
	})
	return fontRegular, fontBold, fontErr
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

// pdfMu lets one PDF be built at a time: gofpdf documents that share font
// bytes are not safe to build concurrently.
var pdfMu sync.Mutex

// RenderPDF builds one A4 portrait document (millimetres, the CJK font
// registered, "{nb}" standing for the page count) with build and writes it
// to w. Documents are built one at a time.
func RenderPDF(w io.Writer, build func(pdf *gofpdf.Fpdf) error) error {
	regular, bold, err := fonts()
	if err != nil {
		return err
	}
	pdfMu.Lock()
	defer pdfMu.Unlock()
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetCompression(true)
	pdf.AliasNbPages("{nb}")
	pdf.AddUTF8FontFromBytes(Font, "", regular)
	pdf.AddUTF8FontFromBytes(Font, "B", bold)
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("docs: pdf fonts: %w", err)
	}
	if err := build(pdf); err != nil {
		return err
	}
	if err := pdf.Output(w); err != nil {
		return fmt.Errorf("docs: write pdf: %w", err)
	}
	return nil
}
