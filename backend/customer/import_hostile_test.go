package customer

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"steady/backend/apperr"
	"steady/backend/infile/infiletest"
)

// customersCSV is a header and n customers with Chinese names, companies
// and cities, one per line, in UTF-8.
func customersCSV(n int) string {
	var b strings.Builder
	b.WriteString("客户名称,联系人,手机,城市,备注\n")
	cities := []string{"杭州", "苏州", "成都", "广州"}
	for i := range n {
		fmt.Fprintf(&b, "%s明远贸易有限公司%d,王伟,139%08d,%s,展会上认识的客户\n", cities[i%4], i, i, cities[i%4])
	}
	return b.String()
}

// fileRefusal is the code and line of a refusal of the whole file.
func fileRefusal(err error) (string, any) {
	e, ok := apperr.As(err)
	if !ok {
		return "", nil
	}
	fe := e.Fields["file"]
	return fe.Code, fe.Params["line"]
}

func TestEncodingOfEachFileIsDecidedOrTheLineAtFaultNamed(t *testing.T) {
	t.Parallel()
	text := customersCSV(1_000)
	lines := strings.SplitAfter(text, "\n")
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
	if err != nil {
		t.Fatal(err)
	}
	gbkLines := strings.SplitAfter(gbk, "\n")
	// one stray byte (a Windows-1252 accent) in line 501's company name
	damaged := strings.Join(lines[:500], "") + strings.Replace(lines[500], "贸易", "贸\xb4易", 1) + strings.Join(lines[501:], "")
	// a file whose first half was saved as UTF-8 and second half as GBK, and the other way round
	utf8ThenGBK := strings.Join(lines[:501], "") + strings.Join(gbkLines[501:], "")
	gbkThenUTF8 := strings.Join(gbkLines[:400], "") + strings.Join(lines[400:], "")
	gbkWithOneUTF8 := strings.Join(gbkLines[:700], "") + lines[700] + strings.Join(gbkLines[701:], "")
	latin1, err := charmap.Windows1252.NewEncoder().String("Name,City,Notes\nMüller GmbH,München,Grüße an Frau Jäger\nSéverine Café,Zürich,très bien\n")
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String("客户名称,城市\n杭\x00州公司,杭州\n")
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, data, code string
		line             int
	}{
		{"utf-8 with one bad byte", damaged, "validation.invalidUtf8", 501},
		{"utf-8 with a byte order mark and one bad byte", "\ufeff" + damaged, "validation.invalidUtf8", 501},
		{"utf-8 then gbk", utf8ThenGBK, "validation.invalidUtf8", 502},
		{"gbk then utf-8", gbkThenUTF8, "validation.invalidUtf8", 1},
		{"gbk with one utf-8 line", gbkWithOneUTF8, "validation.mixedEncoding", 701},
		{"windows-1252", latin1, "validation.unknownEncoding", 2},
		{"a nul byte", strings.Replace(text, "王伟", "王\x00伟", 3), "validation.nulByte", 2},
		{"a nul byte in gbk", strings.Replace(gbk, "139", "1\x0039", 1), "validation.nulByte", 2},
		{"a nul character in utf-16", utf16, "validation.nulByte", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tbl, err := ReadImportFile("客户.csv", strings.NewReader(c.data))
			code, line := fileRefusal(err)
			if code != c.code || line != c.line {
				t.Fatalf("got %s at line %v (err %v, %d rows read as %s), want %s at line %d",
					code, line, err, len(tbl.Rows), tbl.Encoding, c.code, c.line)
			}
		})
	}
}

func TestGBKFileStillImportsWithItsEncodingAndConfidence(t *testing.T) {
	t.Parallel()
	w := newWorld(t)
	text := customersCSV(300)
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(strings.Replace(text, "王伟", "朱镕基", 1)) // 镕 is GBK, not GB2312
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := ReadImportFile("客户.csv", strings.NewReader(gbk))
	if err != nil {
		t.Fatal(err)
	}
	p, err := w.svc.PreviewImport(context.Background(), w.rep, tbl, nil, 5)
	if err != nil {
		t.Fatal(err)
	}
	if p.Encoding != EncodingGB18030 || p.Confidence < 95 || p.Confidence > 100 {
		t.Fatalf("preview says %s at %d %%", p.Encoding, p.Confidence)
	}
	if p.Rows[0].Cells[0] != "杭州明远贸易有限公司0" || p.Rows[0].Cells[1] != "朱镕基" {
		t.Fatalf("preview shows %q", p.Rows[0].Cells)
	}
	sum, err := w.svc.Import(context.Background(), w.rep, tbl, ImportOptions{}, nil)
	if err != nil || sum.Created != 300 {
		t.Fatalf("import %+v, %v", sum, err)
	}
	utf8, err := ReadImportFile("客户.csv", strings.NewReader(text))
	if err != nil || utf8.Encoding != EncodingUTF8 || utf8.Confidence != 100 {
		t.Fatalf("utf-8: %s %d %v", utf8.Encoding, utf8.Confidence, err)
	}
}

// countingFile is a file that counts the bytes read from it.
type countingFile struct {
	*os.File
	read int64
}

func (c *countingFile) Read(p []byte) (int, error) {
	n, err := c.File.Read(p)
	c.read += int64(n)
	return n, err
}

func TestCSVOverTheSizeLimitIsRefusedUnread(t *testing.T) {
	t.Parallel()
	path := t.TempDir() + "/客户.csv"
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	head := customersCSV(10)
	if _, err := f.WriteString(head); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil { // 200 MB, sparse
		t.Fatal(err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		t.Fatal(err)
	}
	cf := &countingFile{File: f}
	_, err = ReadImportFile("客户.csv", cf)
	if code, _ := fileRefusal(err); code != "validation.importTooLarge" {
		t.Fatalf("a 200 MB file: %v", err)
	}
	if cf.read > 0 {
		t.Errorf("read %d bytes of a file refused for its size", cf.read)
	}
}

func TestRowsPastTheLimitStopTheReading(t *testing.T) {
	t.Parallel()
	text := customersCSV(maxImportRows + 1)
	r := &countingReader{r: strings.NewReader(text + strings.Repeat("尾部,,,,\n", 50_000))}
	_, err := ReadCSV(r)
	if code, _ := fileRefusal(err); code != "validation.tooManyRows" {
		t.Fatalf("err %v", err)
	}
}

type countingReader struct {
	r    io.Reader
	read int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += n
	return n, err
}

func TestZipBombWorkbookIsRefused(t *testing.T) {
	t.Parallel()
	bomb := infiletest.Bomb(t, 300)
	_, err := ReadImportFile("客户.xlsx", bytes.NewReader(bomb))
	if code, _ := fileRefusal(err); code != "validation.importTooLarge" {
		t.Fatalf("a %d KB workbook unpacking to 300 MB: %v", len(bomb)>>10, err)
	}
	_, err = ReadImportFile("客户.xlsx", bytes.NewReader(infiletest.WideRows(t, 300)))
	if code, line := fileRefusal(err); code != "validation.tooManyColumns" || line != 1 {
		t.Fatalf("rows 16,384 cells wide: %v", err)
	}
}

// TestEncodingJudgementOnManyFiles: files of random Chinese names saved as
// GBK are all read as GBK, short files included; the same files in UTF-8
// with one stray byte on a random line are all refused at that line.
func TestEncodingJudgementOnManyFiles(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(7, 12))
	common := []rune("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤康易乔赖文伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红鹏飞建国海燕宇浩然博文轩欣怡子涵梓萱雨")
	rare := []rune("镕堃喆昇珺琤赟犇淼")
	word := func(n int) string {
		var b strings.Builder
		for range n {
			if r.IntN(25) == 0 {
				b.WriteRune(rare[r.IntN(len(rare))])
			} else {
				b.WriteRune(common[r.IntN(len(common))])
			}
		}
		return b.String()
	}
	for file := range 300 {
		lines := []string{"客户名称,联系人,手机,城市"}
		for i := range 1 + r.IntN(30) {
			lines = append(lines, fmt.Sprintf("%s有限公司,%s,139%08d,%s", word(2+r.IntN(6)), word(2+r.IntN(2)), i, word(2)))
		}
		text := strings.Join(lines, "\r\n") + "\r\n"
		gbk, err := simplifiedchinese.GBK.NewEncoder().String(text)
		if err != nil {
			t.Fatal(err)
		}
		tbl, err := ReadCSV(strings.NewReader(gbk))
		if err != nil || tbl.Encoding != EncodingGB18030 || tbl.Rows[0].Cells[0] != strings.Split(lines[1], ",")[0] {
			t.Fatalf("file %d in GBK: %s, %v\n%s", file, tbl.Encoding, err, text)
		}
		bad := 1 + r.IntN(len(lines))
		lines[bad-1] = strings.Replace(lines[bad-1], ",", ",\xff", 1)
		_, err = ReadCSV(strings.NewReader(strings.Join(lines, "\r\n") + "\r\n"))
		code, line := fileRefusal(err)
		if line != bad || (code != "validation.invalidUtf8" && code != "validation.unknownEncoding") {
			t.Fatalf("file %d in UTF-8 with a stray byte on line %d: %s at %v", file, bad, code, line)
		}
	}
}
