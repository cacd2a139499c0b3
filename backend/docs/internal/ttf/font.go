// Package ttf reads the little of a TrueType font that printing needs:
// which Basic Multilingual Plane characters it has (its format 4 cmap,
// the one gofpdf reads), and it cuts, fast, a sparse copy that keeps only
// the glyphs of the characters a document uses.
package ttf

import (
	"encoding/binary"
	"errors"
	"fmt"
)

var errShort = errors.New("ttf: font is truncated")

// Font is a parsed TrueType (glyf) font.
type Font struct {
	data      []byte
	tables    map[string][]byte
	numGlyphs int
	loca      []uint32        // glyph g's outline is glyf[loca[g]:loca[g+1]]
	glyph     [0x10000]uint16 // glyph of each BMP code point, 0 for none
}

// Parse reads ttf's table directory, glyph locations and cmap. ttf is kept,
// never modified.
func Parse(ttf []byte) (*Font, error) {
	if len(ttf) < 12 {
		return nil, errShort
	}
	f := &Font{data: ttf, tables: map[string][]byte{}}
	for i := range int(u16(ttf, 4)) {
		rec := 12 + 16*i
		if rec+16 > len(ttf) {
			return nil, errShort
		}
		off, size := int(u32(ttf, rec+8)), int(u32(ttf, rec+12))
		if off+size > len(ttf) {
			return nil, errShort
		}
		f.tables[string(ttf[rec:rec+4])] = ttf[off : off+size : off+size]
	}
	if err := f.readLoca(); err != nil {
		return nil, err
	}
	if err := f.readCmap(); err != nil {
		return nil, err
	}
	return f, nil
}

func (f *Font) table(tag string) ([]byte, error) {
	t, ok := f.tables[tag]
	if !ok {
		return nil, fmt.Errorf("ttf: font has no %q table", tag)
	}
	return t, nil
}

func (f *Font) readLoca() error {
	head, err := f.table("head")
	if err != nil {
		return err
	}
	maxp, err := f.table("maxp")
	if err != nil {
		return err
	}
	loca, err := f.table("loca")
	if err != nil {
		return err
	}
	glyf, err := f.table("glyf")
	if err != nil {
		return err
	}
	if len(head) < 54 || len(maxp) < 6 {
		return errShort
	}
	f.numGlyphs = int(u16(maxp, 4))
	long := u16(head, 50) == 1
	f.loca = make([]uint32, f.numGlyphs+1)
	for g := range f.loca {
		switch {
		case long && 4*g+4 <= len(loca):
			f.loca[g] = u32(loca, 4*g)
		case !long && 2*g+2 <= len(loca):
			f.loca[g] = 2 * uint32(u16(loca, 2*g))
		default:
			return errShort
		}
		if int(f.loca[g]) > len(glyf) || g > 0 && f.loca[g] < f.loca[g-1] {
			return errors.New("ttf: glyph locations are out of order")
		}
	}
	return nil
}

func u16(b []byte, at int) uint16 { return binary.BigEndian.Uint16(b[at:]) }
func u32(b []byte, at int) uint32 { return binary.BigEndian.Uint32(b[at:]) }

func be16(b []byte, vs ...int) []byte {
	for _, v := range vs {
		b = binary.BigEndian.AppendUint16(b, uint16(v))
	}
	return b
}

func be32(b []byte, vs ...int) []byte {
	for _, v := range vs {
		b = binary.BigEndian.AppendUint32(b, uint32(v))
	}
	return b
}
