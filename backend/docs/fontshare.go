package docs

import (
	"errors"
	"maps"
	"reflect"
	"unsafe"

	"github.com/jung-kurt/gofpdf"

	"steady/backend/docs/internal/ttf"
)

// gofpdf handles the full Noto Sans SC (30,000 characters) slowly: adding
// a font parses its whole cmap and widths (about 12 ms per font), and
// Output parses the whole font again to cut the subset it embeds (about
// 12 ms more), for every document. So the fonts are parsed once per
// process (parseFonts) and each new document gets a copy of gofpdf's
// parsed form (install); before Output, each font is swapped for a sparse
// copy holding only the characters the document used (slim), which gofpdf
// cuts in well under a millisecond, into the same subset it would have cut
// from the full font.
//
// gofpdf keeps fonts in an unexported map (Fpdf.fonts, of fontDefType), so
// this reaches it with reflect. A document changes only its own set of
// used characters (usedRunes), which install gives it afresh, and its own
// parsed file (utf8File), which slim gives it afresh; the widths (Cw) are
// only read. gofpdf is pinned (go.mod) and archived; if its internals ever
// differ, parseFonts says so and every document parses the fonts itself.

// parsedFonts holds gofpdf's font definitions for the embedded fonts.
type parsedFonts struct {
	defs  map[string]reflect.Value // font key ("notosans", "notosansB") → fontDefType
	fonts map[string]*ttf.Font     // font key → the font, to cut sparse copies from
}

func parseFonts(regular, bold []byte) (*parsedFonts, error) {
	p := &parsedFonts{defs: map[string]reflect.Value{}, fonts: map[string]*ttf.Font{}}
	pdf := newPDF()
	for _, f := range []struct {
		style string
		data  []byte
	}{{"", regular}, {"B", bold}} {
		pdf.AddUTF8FontFromBytes(Font, f.style, f.data)
		if err := pdf.Error(); err != nil {
			return nil, err
		}
		font, err := ttf.Parse(f.data)
		if err != nil {
			return nil, err
		}
		if err := p.take(pdf, font); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// take copies the font pdf registered last, checking it has the shape
// install and slim rely on.
func (p *parsedFonts) take(pdf *gofpdf.Fpdf, font *ttf.Font) error {
	src, err := fontMap(pdf)
	if err != nil {
		return err
	}
	for it := src.MapRange(); it.Next(); {
		key := it.Key().String()
		if _, ok := p.defs[key]; ok {
			continue
		}
		def := reflect.New(it.Value().Type()).Elem()
		def.Set(it.Value())
		if runes, err := field(def, "usedRunes"); err != nil || runes.Type() != reflect.TypeFor[map[int]int]() {
			return errors.New("gofpdf's usedRunes is not a map[int]int")
		}
		if _, err := newFontFile(def, nil); err != nil {
			return err
		}
		p.defs[key], p.fonts[key] = def, font
		return nil
	}
	return errors.New("gofpdf registered no font")
}

// install adds the parsed fonts to a new document, as AddUTF8FontFromBytes
// would have, each with its own copy of the used-characters set. The set
// starts with the digits: gofpdf writes the page count ("{nb}") into the
// pages at Output without noting its digits as used, so a document that
// printed "共 {nb} 页" and no page number of its own would lack them.
func (p *parsedFonts) install(pdf *gofpdf.Fpdf) {
	dst, err := fontMap(pdf)
	if err != nil { // parseFonts checked the same shape
		panic(err)
	}
	for key, tmpl := range p.defs {
		def := reflect.New(tmpl.Type()).Elem()
		def.Set(tmpl)
		runes, _ := field(def, "usedRunes")
		used := maps.Clone(runes.Interface().(map[int]int))
		for d := '0'; d <= '9'; d++ {
			used[int(d)] = int(d)
		}
		runes.Set(reflect.ValueOf(used))
		dst.SetMapIndex(reflect.ValueOf(key), def)
	}
}

// slimAtClose arranges for slim to run when Output closes pdf: after the
// last page's footer (the last text drawn), before the fonts are written.
func (p *parsedFonts) slimAtClose(pdf *gofpdf.Fpdf) error {
	v := reflect.ValueOf(pdf).Elem()
	footer, err := field(v, "footerFnc")
	if err != nil || footer.Type() != reflect.TypeFor[func()]() {
		return errors.New("gofpdf has no footer function")
	}
	footerLpi, err := field(v, "footerFncLpi")
	if err != nil || footerLpi.Type() != reflect.TypeFor[func(bool)]() {
		return errors.New("gofpdf has no last-page footer function")
	}
	plain, last := footer.Interface().(func()), footerLpi.Interface().(func(bool))
	pdf.SetFooterFuncLpi(func(lastPage bool) {
		if plain != nil {
			plain()
		} else if last != nil {
			last(lastPage)
		}
		if lastPage {
			p.slim(pdf)
		}
	})
	return nil
}

// slim gives each font of pdf a parsed file of its own: a sparse copy of
// the font with just the characters pdf used. A font whose characters do
// not fit a sparse copy keeps the full one.
func (p *parsedFonts) slim(pdf *gofpdf.Fpdf) {
	fonts, err := fontMap(pdf)
	if err != nil {
		panic(err)
	}
	for key, font := range p.fonts {
		v := fonts.MapIndex(reflect.ValueOf(key))
		if !v.IsValid() {
			continue
		}
		def := reflect.New(v.Type()).Elem()
		def.Set(v)
		runes, _ := field(def, "usedRunes")
		var used []rune
		for _, r := range runes.Interface().(map[int]int) { // gofpdf reads the values
			used = append(used, rune(r))
		}
		data, ok := font.Sparse(used)
		if !ok {
			continue
		}
		if _, err := newFontFile(def, data); err != nil {
			panic(err)
		}
		fonts.SetMapIndex(reflect.ValueOf(key), def)
	}
}

// newFontFile sets def.utf8File to a new, unparsed file reading data, as
// gofpdf's Output needs it (it parses the file from the start). With nil
// data it only checks that it could.
func newFontFile(def reflect.Value, data []byte) (reflect.Value, error) {
	file, err := field(def, "utf8File")
	if err != nil || file.Kind() != reflect.Pointer || file.Type().Elem().Kind() != reflect.Struct {
		return reflect.Value{}, errors.New("gofpdf's font has no parsed UTF-8 file")
	}
	f := reflect.New(file.Type().Elem())
	reader, err := field(f.Elem(), "fileReader")
	if err != nil || reader.Kind() != reflect.Pointer || reader.Type().Elem().Kind() != reflect.Struct {
		return reflect.Value{}, errors.New("gofpdf's font file has no reader")
	}
	r := reflect.New(reader.Type().Elem())
	array, err := field(r.Elem(), "array")
	if err != nil || array.Type() != reflect.TypeFor[[]byte]() {
		return reflect.Value{}, errors.New("gofpdf's font reader does not read bytes")
	}
	if data != nil {
		array.Set(reflect.ValueOf(data))
		reader.Set(r)
		file.Set(f)
	}
	return f, nil
}

// fontMap returns pdf's font map, writable.
func fontMap(pdf *gofpdf.Fpdf) (reflect.Value, error) {
	m, err := field(reflect.ValueOf(pdf).Elem(), "fonts")
	if err != nil {
		return reflect.Value{}, err
	}
	if m.Kind() != reflect.Map || m.Type().Key().Kind() != reflect.String || m.Type().Elem().Kind() != reflect.Struct {
		return reflect.Value{}, errors.New("gofpdf's font map has another type")
	}
	return m, nil
}

// field returns the named (unexported) field of the addressable struct v,
// writable.
func field(v reflect.Value, name string) (reflect.Value, error) {
	f := v.FieldByName(name)
	if !f.IsValid() {
		return reflect.Value{}, errors.New("gofpdf has no field " + name)
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem(), nil
}
