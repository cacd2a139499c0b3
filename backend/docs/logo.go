package docs

import (
	"bytes"
	"encoding/base64"
	"image"
	_ "image/jpeg" // logos are PNG or JPEG
	_ "image/png"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// Logo is a company logo ready to place on a PDF page.
type Logo struct {
	data []byte
	kind string // "PNG" or "JPG"
	w, h int
}

// DecodeLogo reads a logo kept as a data URL; ok is false when there is none
// or it cannot be read (the document then prints without it).
func DecodeLogo(dataURL string) (Logo, bool) {
	header, payload, found := strings.Cut(dataURL, ",")
	if !found {
		return Logo{}, false
	}
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		return Logo{}, false
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil || cfg.Width == 0 || cfg.Height == 0 {
		return Logo{}, false
	}
	kind := "JPG"
	if strings.Contains(header, "png") {
		kind = "PNG"
	}
	return Logo{data: raw, kind: kind, w: cfg.Width, h: cfg.Height}, true
}

// Draw places the logo at x, y, h high and at most maxW wide, and returns
// the width it took.
func (l Logo) Draw(pdf *gofpdf.Fpdf, x, y, h, maxW float64) float64 {
	w := h * float64(l.w) / float64(l.h)
	if w > maxW {
		w, h = maxW, maxW*float64(l.h)/float64(l.w)
	}
	opts := gofpdf.ImageOptions{ImageType: l.kind}
	pdf.RegisterImageOptionsReader("logo", opts, bytes.NewReader(l.data))
	pdf.ImageOptions("logo", x, y, w, h, false, opts, 0, "")
	return w
}
