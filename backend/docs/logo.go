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

// Logo is a company logo ready to place on a page; the zero Logo is none.
type Logo struct {
	Data   []byte
	Ext    string // ".png" or ".jpg"
	Width  int    // pixels
	Height int
}

// DecodeLogo reads a logo kept as a data URL; a missing or unreadable one
// gives the zero Logo (the document then prints without it).
func DecodeLogo(dataURL string) Logo {
	header, payload, found := strings.Cut(dataURL, ",")
	if !found {
		return Logo{}
	}
	raw, err := base64.StdEncoding.DecodeString(payload)
	if err != nil {
		return Logo{}
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(raw))
	if err != nil || cfg.Width == 0 || cfg.Height == 0 {
		return Logo{}
	}
	ext := ".jpg"
	if strings.Contains(header, "png") {
		ext = ".png"
	}
	return Logo{Data: raw, Ext: ext, Width: cfg.Width, Height: cfg.Height}
}

// Ok says whether there is a logo to place.
func (l Logo) Ok() bool { return len(l.Data) > 0 }

// Draw places the logo at x, y, h high and at most maxW wide, and returns
// the width it took.
func (l Logo) Draw(pdf *gofpdf.Fpdf, x, y, h, maxW float64) float64 {
	w := h * float64(l.Width) / float64(l.Height)
	if w > maxW {
		w, h = maxW, maxW*float64(l.Height)/float64(l.Width)
	}
	opts := gofpdf.ImageOptions{ImageType: map[string]string{".png": "PNG", ".jpg": "JPG"}[l.Ext]}
	pdf.RegisterImageOptionsReader("logo", opts, bytes.NewReader(l.Data))
	pdf.ImageOptions("logo", x, y, w, h, false, opts, 0, "")
	return w
}
