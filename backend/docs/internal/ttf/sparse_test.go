package ttf

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"slices"
	"testing"
)

func regular(t *testing.T) *Font {
	t.Helper()
	raw, err := os.ReadFile("../../fonts/NotoSansSC-Regular.ttf.gz")
	if err != nil {
		t.Fatal(err)
	}
	r, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *Font) outline(g int) []byte { return f.tables["glyf"][f.loca[g]:f.loca[g+1]] }

func TestSparseKeepsTheGlyphsOfItsCharactersAndTheirComponents(t *testing.T) {
	f := regular(t)
	composite := -1
	for r, g := range f.glyph {
		if g != 0 && len(f.components(int(g))) > 0 {
			composite = r
			break
		}
	}
	runes := []rune("臺灣資訊堃㎡㎏ Ab1,。")
	if composite >= 0 {
		runes = append(runes, rune(composite))
	} else {
		t.Log("the font has no composite glyph")
	}
	data, ok := f.Sparse(append(runes, 0x1F600, 0xE000)) // characters the font lacks are left out
	if !ok {
		t.Fatal("a few characters must fit a sparse font")
	}
	s, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	if s.numGlyphs != f.numGlyphs {
		t.Fatalf("glyphs keep their numbers: %d glyphs, want %d", s.numGlyphs, f.numGlyphs)
	}
	var got []rune
	for r, g := range s.glyph {
		if g != 0 {
			got = append(got, rune(r))
		}
	}
	want := slices.Clone(runes)
	slices.Sort(want)
	if !slices.Equal(got, slices.Compact(want)) {
		t.Fatalf("the sparse font maps %q, want %q", string(got), string(want))
	}
	for _, r := range runes {
		g := int(f.glyph[r])
		if s.glyph[r] != f.glyph[r] || !bytes.Equal(s.outline(g), f.outline(g)) {
			t.Errorf("%q lost its glyph", r)
		}
		for _, c := range f.components(g) {
			if !bytes.Equal(s.outline(c), f.outline(c)) || len(f.outline(c)) == 0 {
				t.Errorf("%q lost its component glyph %d", r, c)
			}
		}
	}
	if len(data) > 400_000 { // the glyph locations and metrics of all 30,000 glyphs stay
		t.Errorf("a sparse font of %d characters is %d bytes", len(runes), len(data))
	}
}

func TestSparseRefusesWhatAFormat4CmapCannotHold(t *testing.T) {
	f := regular(t)
	var every []rune
	for r, g := range f.glyph {
		if g != 0 && r%2 == 0 { // no two neighbours: a segment each
			every = append(every, rune(r))
		}
	}
	if _, ok := f.Sparse(every); ok {
		t.Error("15,000 scattered characters cannot fit one format 4 cmap")
	}
}

// Noto Sans SC has no composite glyphs; a made-up one checks the walk.
func TestComponentsOfACompositeGlyph(t *testing.T) {
	glyph := be16(nil, 0xFFFF, 0, 0, 0, 0)                // numberOfContours -1, bounding box
	glyph = be16(glyph, 0x0020|0x0001|0x0008, 7, 1, 2, 3) // more; word arguments; a scale
	glyph = be16(glyph, 0x0020|0x0040, 9, 0, 1, 2)        // more; byte arguments; x and y scales
	glyph = be16(glyph, 0x0080, 11, 0, 1, 2, 3, 4)        // last; a 2×2 matrix
	f := &Font{tables: map[string][]byte{"glyf": glyph}, loca: []uint32{0, uint32(len(glyph))}, numGlyphs: 1}
	if got := f.components(0); !slices.Equal(got, []int{7, 9, 11}) {
		t.Errorf("components = %v, want [7 9 11]", got)
	}
}
