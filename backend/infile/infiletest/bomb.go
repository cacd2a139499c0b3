// Package infiletest builds hostile workbooks for the import tests of every
// area that reads a workbook a person chose.
package infiletest

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// Bomb is a workbook of a few hundred kilobytes whose first sheet's XML
// unpacks to about sheetMB megabytes: the same small row, repeated.
func Bomb(t testing.TB, sheetMB int) []byte {
	t.Helper()
	row := `<row><c t="inlineStr"><is><t>爆炸公司</t></is></c><c t="inlineStr"><is><t>13800000000</t></is></c></row>`
	repeat := sheetMB << 20 / len(row)
	return withSheet(t, func(w io.Writer) error {
		if _, err := io.WriteString(w, sheetHead+`<row><c t="inlineStr"><is><t>客户名称</t></is></c><c t="inlineStr"><is><t>手机</t></is></c></row>`); err != nil {
			return err
		}
		chunk := strings.Repeat(row, 1024)
		for i := 0; i < repeat/1024; i++ {
			if _, err := io.WriteString(w, chunk); err != nil {
				return err
			}
		}
		_, err := io.WriteString(w, sheetTail)
		return err
	})
}

// WideRows is a small workbook whose rows each fill one cell in the last
// column Excel has (XFD), so that reading a row cell by cell makes it
// 16,384 cells wide.
func WideRows(t testing.TB, rows int) []byte {
	t.Helper()
	return withSheet(t, func(w io.Writer) error {
		if _, err := io.WriteString(w, sheetHead); err != nil {
			return err
		}
		for i := 1; i <= rows; i++ {
			if _, err := fmt.Fprintf(w, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>客户%d</t></is></c><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>`, i, i, i, i); err != nil {
				return err
			}
		}
		_, err := io.WriteString(w, sheetTail)
		return err
	})
}

const (
	sheetHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`
	sheetTail = `</sheetData></worksheet>`
)

// withSheet is a real workbook made by excelize with the XML of its first
// sheet written by sheet instead.
func withSheet(t testing.TB, sheet func(io.Writer) error) []byte {
	t.Helper()
	f := excelize.NewFile()
	var plain bytes.Buffer
	if err := f.Write(&plain); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(plain.Bytes()), int64(plain.Len()))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, part := range zr.File {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: part.Name, Method: zip.Deflate})
		if err != nil {
			t.Fatal(err)
		}
		if part.Name == "xl/worksheets/sheet1.xml" {
			err = sheet(w)
		} else {
			err = copyPart(w, part)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func copyPart(w io.Writer, part *zip.File) error {
	r, err := part.Open()
	if err != nil {
		return err
	}
	defer r.Close()
	_, err = io.Copy(w, r)
	return err
}

// Sheet is a plain workbook with rows of text cells.
func Sheet(t testing.TB, rows [][]string) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	for i, row := range rows {
		for j, v := range row {
			cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
			if err := f.SetCellStr("Sheet1", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
