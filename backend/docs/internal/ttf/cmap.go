package ttf

import (
	"errors"
	"fmt"
)

// Set holds one bit per BMP code point.
type Set [0x10000 / 64]uint64

// Has says whether r is in the set.
func (s *Set) Has(r rune) bool {
	return r >= 0 && r < 0x10000 && s[r/64]&(1<<(r%64)) != 0
}

func (s *Set) add(r rune) { s[r/64] |= 1 << (r % 64) }

// Len counts the members.
func (s *Set) Len() int {
	n := 0
	for r := range rune(0x10000) {
		if s.Has(r) {
			n++
		}
	}
	return n
}

// Characters returns the BMP characters ttf maps to a glyph other than
// .notdef, from its Unicode format 4 cmap subtable: the one gofpdf reads,
// so "the font has it" means "gofpdf can draw it".
func Characters(ttf []byte) (*Set, error) {
	f, err := Parse(ttf)
	if err != nil {
		return nil, err
	}
	set := new(Set)
	for r, g := range f.glyph {
		if g != 0 {
			set.add(rune(r))
		}
	}
	return set, nil
}

// readCmap fills f.glyph from the (3,1) or (0,x) format 4 subtable, the one
// gofpdf uses.
func (f *Font) readCmap() error {
	cm, err := f.table("cmap")
	if err != nil {
		return err
	}
	if len(cm) < 4 {
		return errShort
	}
	for j := range int(u16(cm, 2)) {
		e := 4 + 8*j
		if e+8 > len(cm) {
			return errShort
		}
		platform, encoding, at := u16(cm, e), u16(cm, e+2), int(u32(cm, e+4))
		if (platform == 3 && encoding == 1 || platform == 0) && at+2 <= len(cm) && u16(cm, at) == 4 {
			return f.segments(cm[at:])
		}
	}
	return errors.New("ttf: no Unicode format 4 cmap")
}

// segments walks the format 4 arrays (endCode, startCode, idDelta,
// idRangeOffset) and notes the glyph of every code point.
func (f *Font) segments(sub []byte) error {
	if len(sub) < 14 {
		return errShort
	}
	n := int(u16(sub, 6)) / 2
	ends, starts, deltas, ranges := 14, 16+2*n, 16+4*n, 16+6*n
	if ranges+2*n > len(sub) {
		return errShort
	}
	for i := range n {
		end, start := int(u16(sub, ends+2*i)), int(u16(sub, starts+2*i))
		delta, ro := int(u16(sub, deltas+2*i)), int(u16(sub, ranges+2*i))
		for c := start; c <= end && c < 0xFFFF; c++ {
			glyph := (c + delta) & 0xFFFF
			if ro != 0 {
				at := ranges + 2*i + ro + 2*(c-start)
				if at+2 > len(sub) {
					return fmt.Errorf("ttf: glyph of U+%04X lies outside the cmap", c)
				}
				if glyph = int(u16(sub, at)); glyph != 0 {
					glyph = (glyph + delta) & 0xFFFF
				}
			}
			if glyph >= f.numGlyphs {
				glyph = 0
			}
			f.glyph[c] = uint16(glyph)
		}
	}
	return nil
}

// writeCmap makes a cmap table with one (3,1) format 4 subtable mapping
// runes (sorted) to their glyphs, or false when it would not fit the
// format's 16-bit length.
func (f *Font) writeCmap(runes []rune) ([]byte, bool) {
	type seg struct{ start, end, delta int }
	var segs []seg
	for _, r := range runes {
		g := int(f.glyph[r])
		delta := (g - int(r)) & 0xFFFF
		if last := len(segs) - 1; last >= 0 && segs[last].end == int(r)-1 && segs[last].delta == delta {
			segs[last].end = int(r)
			continue
		}
		segs = append(segs, seg{int(r), int(r), delta})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	n := len(segs)
	length := 16 + 8*n
	if length > 0xFFFF {
		return nil, false
	}
	search, selector := 1, 0
	for search*2 <= n {
		search, selector = search*2, selector+1
	}
	out := make([]byte, 0, 12+length)
	out = be16(out, 0, 1, 3, 1)
	out = be32(out, 12)
	out = be16(out, 4, length, 0, 2*n, 2*search, selector, 2*n-2*search)
	for _, s := range segs {
		out = be16(out, s.end)
	}
	out = be16(out, 0)
	for _, s := range segs {
		out = be16(out, s.start)
	}
	for _, s := range segs {
		out = be16(out, s.delta)
	}
	for range segs {
		out = be16(out, 0)
	}
	return out, true
}
