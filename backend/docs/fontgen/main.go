// Command fontgen prepares the CJK fonts that PDFs embed: it keeps every
// Basic Multilingual Plane character the source font has (gofpdf draws no
// other), drops what gofpdf does not use (OpenType layout tables, the
// characters beyond the BMP), checks that no character was lost, and
// gzips the result.
//
// The source fonts are Noto Sans SC Regular and Bold (SIL Open Font License
// 1.1) from the npm package @expo-google-fonts/noto-sans-sc:
//
//	cd "$(mktemp -d)" && npm pack @expo-google-fonts/noto-sans-sc && tar xzf *.tgz
//	go run ./backend/docs/fontgen -src "$PWD/package" -out backend/docs/fonts
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"steady/backend/docs/internal/ttf"
)

func main() {
	src := flag.String("src", "", "the unpacked npm package folder")
	out := flag.String("out", "backend/docs/fonts", "folder to write the gzipped fonts into")
	flag.Parse()
	for _, f := range []struct{ in, out string }{
		{"400Regular/NotoSansSC_400Regular.ttf", "NotoSansSC-Regular.ttf.gz"},
		{"700Bold/NotoSansSC_700Bold.ttf", "NotoSansSC-Bold.ttf.gz"},
	} {
		if err := cut(filepath.Join(*src, f.in), filepath.Join(*out, f.out)); err != nil {
			fmt.Fprintln(os.Stderr, "fontgen:", err)
			os.Exit(1)
		}
	}
}

func cut(in, out string) error {
	font, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	have, err := ttf.Characters(font)
	if err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	var set strings.Builder
	for r := rune(1); r < 0x10000; r++ {
		if have.Has(r) {
			set.WriteRune(r)
		}
	}
	subset := gofpdf.UTF8CutFont(font, set.String())
	if len(subset) == 0 {
		return fmt.Errorf("%s: not a TrueType font gofpdf can cut", in)
	}
	if err := sameCharacters(have, subset); err != nil {
		return fmt.Errorf("%s: %w", in, err)
	}
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if _, err := w.Write(subset); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	fmt.Printf("%s: %d characters; %d → %d bytes, %d gzipped\n", out, have.Len(), len(font), len(subset), z.Len())
	return os.WriteFile(out, z.Bytes(), 0o644)
}

// sameCharacters checks that the cut font maps exactly the characters the
// source does.
func sameCharacters(want *ttf.Set, subset []byte) error {
	got, err := ttf.Characters(subset)
	if err != nil {
		return fmt.Errorf("reading the cut font: %w", err)
	}
	for r := rune(1); r < 0x10000; r++ {
		if want.Has(r) != got.Has(r) {
			return fmt.Errorf("the cut font and the source differ at U+%04X", r)
		}
	}
	return nil
}
