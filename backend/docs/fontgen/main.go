// Command fontgen cuts the CJK fonts that PDFs embed down to the characters
// Chinese business documents use, and gzips them, so the installer carries
// about 3 MB of fonts instead of 21 MB.
//
// The source fonts are Noto Sans SC Regular and Bold (SIL Open Font License
// 1.1) from the npm package @expo-google-fonts/noto-sans-sc:
//
//	cd "$(mktemp -d)" && npm pack @expo-google-fonts/noto-sans-sc && tar xzf *.tgz
//	go run ./backend/docs/fontgen -src "$PWD/package" -out backend/docs/fonts
//
// The character set is ASCII and Latin, common punctuation and symbols, all
// of GB 2312 (6,763 hanzi and its symbols) and a list of name characters
// outside GB 2312 that people and companies often use.
package main

import (
	"bytes"
	"compress/gzip"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// nameExtras are characters outside GB 2312 common in Chinese personal and
// company names.
const nameExtras = "喆堃昇旻玥珺瑄镕赟祎晞翀昉垚犇嫚瑧璟暐芃淏浛洺沄湉溦琤玹琎瑀璠烜炘燊晅暻曈旸婳彧玙珣琭妘姮嬿媱妧" +
	"邨堉垟垕峣淯渼濛焜燚珅瑢瑱璘瓅皞祐禛紘翚蒨虓袆訸詝谞鹍龑禤勍叡埈奭姞媞忞悰惇慜敔棨玠琇璆瓀畯盺秾竑綝翃萩衎" +
	"镃铖锴钰嘚啰喔咔哒"

// ranges are blocks kept whole (only the characters the font has end up in the subset).
var ranges = [][2]rune{
	{0x20, 0x17F},    // ASCII, Latin-1, Latin Extended-A
	{0x2000, 0x206F}, // general punctuation
	{0x20A0, 0x20CF}, // currency symbols
	{0x2100, 0x218F}, // letterlike symbols, number forms (№, ℃, Ⅻ)
	{0x2190, 0x21FF}, // arrows
	{0x2460, 0x24FF}, // enclosed numbers ①
	{0x2500, 0x25FF}, // box drawing, geometric shapes
	{0x3000, 0x303F}, // CJK symbols and punctuation
	{0xFF00, 0xFFEF}, // full-width forms
}

func main() {
	src := flag.String("src", "", "the unpacked npm package folder")
	out := flag.String("out", "backend/docs/fonts", "folder to write the gzipped subsets into")
	flag.Parse()
	set := charset()
	for _, f := range []struct{ in, out string }{
		{"400Regular/NotoSansSC_400Regular.ttf", "NotoSansSC-Regular.ttf.gz"},
		{"700Bold/NotoSansSC_700Bold.ttf", "NotoSansSC-Bold.ttf.gz"},
	} {
		if err := cut(filepath.Join(*src, f.in), filepath.Join(*out, f.out), set); err != nil {
			fmt.Fprintln(os.Stderr, "fontgen:", err)
			os.Exit(1)
		}
	}
}

// charset lists every character to keep.
func charset() string {
	var b bytes.Buffer
	for _, r := range ranges {
		for c := r[0]; c <= r[1]; c++ {
			b.WriteRune(c)
		}
	}
	dec := simplifiedchinese.GBK.NewDecoder()
	for hi := 0xA1; hi <= 0xF7; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			if out, err := dec.Bytes([]byte{byte(hi), byte(lo)}); err == nil {
				if r, _ := utf8.DecodeRune(out); r != utf8.RuneError {
					b.WriteRune(r)
				}
			}
		}
	}
	b.WriteString(nameExtras)
	return b.String()
}

func cut(in, out, set string) error {
	font, err := os.ReadFile(in)
	if err != nil {
		return err
	}
	subset := gofpdf.UTF8CutFont(font, set)
	if len(subset) == 0 {
		return fmt.Errorf("%s: not a TrueType font gofpdf can cut", in)
	}
	var z bytes.Buffer
	w, _ := gzip.NewWriterLevel(&z, gzip.BestCompression)
	if _, err := w.Write(subset); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	fmt.Printf("%s: %d → %d bytes, %d gzipped\n", out, len(font), len(subset), z.Len())
	return os.WriteFile(out, z.Bytes(), 0o644)
}
