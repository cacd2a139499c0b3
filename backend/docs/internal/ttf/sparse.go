package ttf

import (
	"slices"
	"sort"
)

// Sparse returns a copy of the font that maps only runes (those it has) and
// keeps only their glyphs (with the components of composite glyphs, and
// .notdef); every glyph keeps its number and metrics, the others are left
// empty. It is a small font quick to subset again (gofpdf re-reads the
// whole cmap of the font it is given, for every document). ok is false when
// runes are too scattered for a single format 4 cmap.
func (f *Font) Sparse(runes []rune) (out []byte, ok bool) {
	var mapped []rune
	for _, r := range runes {
		if r > 0 && r < 0xFFFF && f.glyph[r] != 0 {
			mapped = append(mapped, r)
		}
	}
	slices.Sort(mapped)
	mapped = slices.Compact(mapped)
	cmap, ok := f.writeCmap(mapped)
	if !ok {
		return nil, false
	}
	glyf, loca := f.keepGlyphs(mapped)
	head := slices.Clone(f.tables["head"])
	head[50], head[51] = 0, 1 // long glyph offsets
	tables := map[string][]byte{}
	for tag, t := range f.tables {
		tables[tag] = t
	}
	tables["cmap"], tables["glyf"], tables["loca"], tables["head"] = cmap, glyf, loca, head
	return assemble(f.data[:4], tables), true
}

// keepGlyphs copies the glyphs of runes, their components and .notdef into
// a new glyf table, and the long loca table that finds them.
func (f *Font) keepGlyphs(runes []rune) (glyf, loca []byte) {
	keep := make([]bool, f.numGlyphs)
	todo := []int{0}
	for _, r := range runes {
		todo = append(todo, int(f.glyph[r]))
	}
	for len(todo) > 0 {
		g := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		keep[g] = true
		for _, c := range f.components(g) {
			if !keep[c] && c < f.numGlyphs {
				todo = append(todo, c)
			}
		}
	}
	src := f.tables["glyf"]
	loca = make([]byte, 0, 4*(f.numGlyphs+1))
	for g := range f.numGlyphs {
		loca = be32(loca, len(glyf))
		if keep[g] {
			glyf = append(glyf, src[f.loca[g]:f.loca[g+1]]...)
			for len(glyf)%4 != 0 {
				glyf = append(glyf, 0)
			}
		}
	}
	return glyf, be32(loca, len(glyf))
}

// components lists the glyphs a composite glyph is made of.
func (f *Font) components(g int) []int {
	data := f.tables["glyf"][f.loca[g]:f.loca[g+1]]
	if len(data) < 10 || int16(u16(data, 0)) >= 0 {
		return nil
	}
	var out []int
	for at := 10; at+4 <= len(data); {
		flags := u16(data, at)
		out = append(out, int(u16(data, at+2)))
		at += 4
		if flags&0x0001 != 0 { // arguments are words
			at += 4
		} else {
			at += 2
		}
		switch {
		case flags&0x0008 != 0: // one scale
			at += 2
		case flags&0x0040 != 0: // x and y scales
			at += 4
		case flags&0x0080 != 0: // a 2×2 matrix
			at += 8
		}
		if flags&0x0020 == 0 { // no more components
			break
		}
	}
	return out
}

// assemble writes a TrueType file: the header (version from the original),
// a table directory sorted by tag, and each table 4-byte aligned.
func assemble(version []byte, tables map[string][]byte) []byte {
	tags := make([]string, 0, len(tables))
	size := 12 + 16*len(tables)
	for tag, t := range tables {
		tags = append(tags, tag)
		size += (len(t) + 3) &^ 3
	}
	sort.Strings(tags)
	n := len(tags)
	search, selector := 1, 0
	for search*2 <= n {
		search, selector = search*2, selector+1
	}
	out := make([]byte, 0, size)
	out = append(out, version...)
	out = be16(out, n, 16*search, selector, 16*n-16*search)
	off := 12 + 16*n
	for _, tag := range tags {
		t := tables[tag]
		out = append(out, tag...)
		out = be32(out, int(checksum(t)), off, len(t))
		off += (len(t) + 3) &^ 3
	}
	for _, tag := range tags {
		out = append(out, tables[tag]...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	return out
}

func checksum(t []byte) uint32 {
	var sum uint32
	for i := 0; i < len(t); i += 4 {
		var w [4]byte
		copy(w[:], t[i:])
		sum += u32(w[:], 0)
	}
	return sum
}
