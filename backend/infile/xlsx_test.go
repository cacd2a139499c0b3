package infile_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/infile"
	"steady/backend/infile/infiletest"
)

// fileCode is the code of a refusal on "file", or "".
func fileCode(err error) string {
	if e, ok := apperr.As(err); ok {
		return e.Fields["file"].Code
	}
	return ""
}

// leftovers lists what is left in the temporary folder.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestZipBombIsRefusedBeforeUnpacking(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	bomb := infiletest.Bomb(t, 300) // 300 MB of sheet XML
	if len(bomb) > 2<<20 {
		t.Fatalf("the bomb is %d bytes; it should be small", len(bomb))
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := infile.OpenXLSX(bytes.NewReader(bomb), true)
	runtime.ReadMemStats(&after)
	if code := fileCode(err); code != "validation.importTooLarge" {
		t.Fatalf("a %d-byte workbook unpacking to 300 MB: got %v, want importTooLarge", len(bomb), err)
	}
	if e, _ := apperr.As(err); e.Fields["file"].Params["maxMB"] != int64(256) {
		t.Errorf("the refusal names the bound: %v", e.Fields["file"].Params)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 32<<20 {
		t.Errorf("refusing the bomb allocated %d MB", grew>>20)
	}
	if left := leftovers(t, tmp); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

func TestLargeSheetIsUnpackedToATemporaryFolderThatCloseRemoves(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	wb, err := infile.OpenXLSX(bytes.NewReader(infiletest.Bomb(t, 24)), true) // over the 16 MB kept in memory
	if err != nil {
		t.Fatal(err)
	}
	var first []string
	stop := errors.New("enough")
	err = wb.EachRow(wb.FirstVisibleSheet(), func(_ int, cells []string) error {
		first = cells
		return stop
	})
	if !errors.Is(err, stop) || strings.Join(first, "|") != "客户名称|手机" {
		t.Fatalf("first row %q, err %v", first, err)
	}
	if len(leftovers(t, tmp)) == 0 {
		t.Fatal("a sheet over 16 MB should be unpacked to disk, not memory")
	}
	if err := wb.Close(); err != nil {
		t.Fatal(err)
	}
	if left := leftovers(t, tmp); len(left) > 0 {
		t.Errorf("Close left %v", left)
	}
}

func TestRowsAsWideAsExcelAllowsAreRefused(t *testing.T) {
	wb, err := infile.OpenXLSX(bytes.NewReader(infiletest.WideRows(t, 500)), true)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rows := 0
	err = wb.EachRow(wb.FirstVisibleSheet(), func(int, []string) error { rows++; return nil })
	runtime.ReadMemStats(&after)
	if code := fileCode(err); code != "validation.tooManyColumns" || rows != 0 {
		t.Fatalf("rows 16,384 cells wide: got %v after %d rows, want tooManyColumns at the first", err, rows)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 16<<20 {
		t.Errorf("refusing wide rows allocated %d MB", grew>>20)
	}
}

func TestTrailingBlankCellsAreCut(t *testing.T) {
	f := infiletest.Sheet(t, [][]string{{"名称", "", "  "}, {"", "", "b", ""}})
	wb, err := infile.OpenXLSX(bytes.NewReader(f), true)
	if err != nil {
		t.Fatal(err)
	}
	defer wb.Close()
	var got []string
	if err := wb.EachRow(wb.FirstVisibleSheet(), func(_ int, cells []string) error {
		got = append(got, strings.Join(cells, "|"))
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "/") != "名称/||b" {
		t.Errorf("rows %q", got)
	}
}

// endless is a reader that never ends and counts what it gave.
type endless struct{ read int64 }

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	e.read += int64(len(p))
	return len(p), nil
}

func TestAFileOverTheLimitIsRefused(t *testing.T) {
	t.Run("a file that can say its size is not read at all", func(t *testing.T) {
		path := t.TempDir() + "/huge.csv"
		f, err := os.Create(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := f.Truncate(200 << 20); err != nil { // sparse: no disk used
			t.Fatal(err)
		}
		if _, err := infile.ReadAll(f, infile.MaxFileBytes); fileCode(err) != "validation.importTooLarge" {
			t.Fatalf("got %v", err)
		}
		if at, _ := f.Seek(0, io.SeekCurrent); at != 0 {
			t.Errorf("read %d bytes of a file refused for its size", at)
		}
	})
	t.Run("a stream is read only up to the limit", func(t *testing.T) {
		e := &endless{}
		if _, err := infile.ReadAll(e, 1<<20); fileCode(err) != "validation.importTooLarge" {
			t.Fatalf("got %v", err)
		}
		if e.read > 1<<20+64<<10 {
			t.Errorf("read %d bytes for a limit of 1 MB", e.read)
		}
	})
}

func TestAZipOfCountlessPartsIsRefusedBeforeItIsListed(t *testing.T) {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	for i := range 100_000 {
		if _, err := zw.CreateHeader(&zip.FileHeader{Name: fmt.Sprintf("xl/media/p%d", i), Method: zip.Store}); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := infile.OpenXLSX(bytes.NewReader(b.Bytes()), true)
	runtime.ReadMemStats(&after)
	if code := fileCode(err); code != "validation.invalidWorkbook" {
		t.Fatalf("a zip of 100,000 parts: %v", err)
	}
	if grew := after.TotalAlloc - before.TotalAlloc; grew > uint64(b.Len())+4<<20 {
		t.Errorf("refusing it allocated %d MB for a %d MB file", grew>>20, b.Len()>>20)
	}
}
