package quote

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
)

// excelize marks every formula cell as a text result (t="str"), so a viewer
// that shows cached values without calculating (phone and chat previews,
// Quick Look) would print our cached amounts as unformatted text. Every
// formula in a quote is numeric: numericFormulas drops that mark from the
// sheet, leaving the cached numbers typed as numbers.
func numericFormulas(book []byte, w io.Writer) error {
	r, err := zip.NewReader(bytes.NewReader(book), int64(len(book)))
	if err != nil {
		return fmt.Errorf("quote: xlsx: reopen: %w", err)
	}
	out := zip.NewWriter(w)
	for _, f := range r.File {
		if err := copyPart(out, f); err != nil {
			return fmt.Errorf("quote: xlsx: %s: %w", f.Name, err)
		}
	}
	if err := out.Close(); err != nil {
		return fmt.Errorf("quote: xlsx: write: %w", err)
	}
	return nil
}

func copyPart(out *zip.Writer, f *zip.File) error {
	src, err := f.Open()
	if err != nil {
		return err
	}
	defer src.Close()
	body, err := io.ReadAll(src)
	if err != nil {
		return err
	}
	if f.Name == "xl/worksheets/sheet1.xml" {
		body = bytes.ReplaceAll(body, []byte(` t="str"><f>`), []byte(`><f>`))
	}
	dst, err := out.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
	if err != nil {
		return err
	}
	_, err = dst.Write(body)
	return err
}
