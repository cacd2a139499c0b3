package customer

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sampleCSV = "客户名称,电话,城市,备注\r\n杭州明远智能科技有限公司,0571-8765 4321,杭州,\"年底采购，\"\"重点\"\"\r\n跟进\"\r\n\r\n苏州恒信,13800138000,苏州,\r\n"

func TestReadCSVDetectsEncodings(t *testing.T) {
	t.Parallel()
	gb, err := simplifiedchinese.GB18030.NewEncoder().String(sampleCSV)
	if err != nil {
		t.Fatal(err)
	}
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(sampleCSV)
	if err != nil {
		t.Fatal(err)
	}
	utf16, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(sampleCSV)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name, data, encoding string
	}{
		{"utf-8", sampleCSV, EncodingUTF8},
		{"utf-8 with bom", "\ufeff" + sampleCSV, EncodingUTF8BOM},
		{"gb18030", gb, EncodingGB18030},
		{"gbk from excel", gbk, EncodingGB18030},
		{"utf-16 unicode text", utf16, EncodingUTF16},
		{"semicolons", strings.ReplaceAll(sampleCSV, ",", ";"), EncodingUTF8},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tbl, err := ReadCSV(strings.NewReader(c.data))
			if err != nil {
				t.Fatal(err)
			}
			if tbl.Encoding != c.encoding || tbl.Format != "csv" {
				t.Fatalf("encoding = %q, format %q", tbl.Encoding, tbl.Format)
			}
			if strings.Join(tbl.Headers, "|") != "客户名称|电话|城市|备注" {
				t.Fatalf("headers = %q", tbl.Headers)
			}
			if len(tbl.Rows) != 2 {
				t.Fatalf("rows = %+v", tbl.Rows)
			}
			first, second := tbl.Rows[0], tbl.Rows[1]
			if first.Line != 2 || first.Cells[0] != "杭州明远智能科技有限公司" || first.Cells[3] != "年底采购，\"重点\"\r\n跟进" && first.Cells[3] != "年底采购，\"重点\"\n跟进" {
				t.Fatalf("first = %+v", first)
			}
			// the quoted note spans two lines and a blank line follows
			if second.Line != 5 || second.Cells[1] != "13800138000" {
				t.Fatalf("second = %+v", second)
			}
		})
	}
}

func TestReadCSVRefusesFilesWithoutHeader(t *testing.T) {
	t.Parallel()
	_, err := ReadCSV(strings.NewReader("\r\n \r\n"))
	if fieldCode(err, "file") != "validation.missingColumns" {
		t.Fatalf("err = %v", err)
	}
	_, err = ReadImportFile("客户.xlsx", strings.NewReader("not a zip"))
	if fieldCode(err, "file") != "validation.invalidWorkbook" {
		t.Fatalf("xlsx err = %v", err)
	}
	_, err = ReadImportFile("客户.xls", strings.NewReader("\xD0\xCF\x11\xE0 an Excel 97 file"))
	if fieldCode(err, "file") != "validation.invalidWorkbook" {
		t.Fatalf("xls err = %v", err)
	}
}

func TestReadXLSXKeepsRowNumbersAndRawValues(t *testing.T) {
	t.Parallel()
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	f.SetSheetName(sheet, "客户")
	rows := [][]any{
		{"Company", "Mobile", "Contact", "Birthday"},
		{"杭州明远", 13800138000, "李娜", time.Date(1988, 3, 8, 0, 0, 0, 0, time.UTC)},
		nil, // a blank row: skipped, but the numbering goes on
		{"苏州恒信", "+86 139 0000 1111", "王伟", "1975/11/30"},
	}
	for i, r := range rows {
		if r == nil {
			continue
		}
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("客户", cell, &r); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	tbl, err := ReadImportFile("customers.bin", &buf) // found by content, not name
	if err != nil {
		t.Fatal(err)
	}
	if tbl.Format != "xlsx" || tbl.Sheet != "客户" || len(tbl.Rows) != 2 {
		t.Fatalf("table = %+v", tbl)
	}
	if r := tbl.Rows[0]; r.Line != 2 || r.Cells[1] != "13800138000" || parseBirthday(r.Cells[3]) != "1988-03-08" {
		t.Fatalf("row 2 = %+v (birthday %q)", r, parseBirthday(r.Cells[3]))
	}
	if r := tbl.Rows[1]; r.Line != 4 || r.Cells[0] != "苏州恒信" || parseBirthday(r.Cells[3]) != "1975-11-30" {
		t.Fatalf("row 4 = %+v", r)
	}
}

func TestGuessMapping(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		headers []string
		want    string
	}{
		{"chinese", []string{"客户名称*", "联系人", "职位", "手机", "电话", "邮箱", "微信", "城市", "来源", "行业", "标签", "备注"},
			"name contactName contactTitle contactPhone phone email wechat city source industry tags notes"},
		{"english", []string{"Company Name", "Contact Person", "Job Title", "Mobile", "E-mail", "Lead Source", "Remarks"},
			"name contactName contactTitle contactPhone email source notes"},
		{"hints and repeats", []string{"公司（全称）", "电话 (座机)", "公司", "生日", "不认识"},
			"name phone - contactBirthday -"},
		{"mobile without contact is the phone", []string{"客户", "手机"}, "name phone"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := GuessMapping(c.headers)
			for i := range got {
				if got[i] == "" {
					got[i] = "-"
				}
			}
			if strings.Join(got, " ") != c.want {
				t.Fatalf("mapping = %v, want %s", got, c.want)
			}
		})
	}
}

func TestCheckMappingRefusesBadMappings(t *testing.T) {
	t.Parallel()
	headers := []string{"a", "b", "c"}
	cases := []struct {
		mapping     []string
		field, code string
	}{
		{[]string{"name", "robot"}, "mapping.1", "validation.invalidChoice"},
		{[]string{"name", "phone", "phone"}, "mapping.2", "validation.duplicate"},
		{[]string{"", "phone"}, "mapping", "validation.missingColumns"},
	}
	for _, c := range cases {
		_, err := checkMapping(headers, c.mapping)
		if fieldCode(err, c.field) != c.code {
			t.Errorf("%v: err = %v", c.mapping, err)
		}
	}
	got, err := checkMapping(headers, []string{"name"})
	if err != nil || len(got) != 3 || got[0] != "name" || got[2] != "" {
		t.Fatalf("short mapping = %v, %v", got, err)
	}
}

func TestParseRecordReadsWordsAndRefusesNonsense(t *testing.T) {
	t.Parallel()
	cols := indexOf([]string{"name", "kind", "stage", "source", "tags", "contactName", "contactBirthday", "phone", "owner"})
	owners := ownerIndex{"login:rep1": "u-rep", "name:李强": "u-rep"}
	row := func(cells ...string) ImportRow { return ImportRow{Line: 7, Cells: cells} }
	rec, err := parseRecord(row("王芳", "个人", "潜在客户", "老客户介绍", "VIP，重点; 展会", "王芳", "3月8日", "+86 138-0013-8000", "李强"), cols, owners)
	if err != nil {
		t.Fatal(err)
	}
	in := rec.in
	if in.Kind != KindPerson || in.Stage != StageProspect || in.Source != "referral" || in.OwnerID != "u-rep" ||
		strings.Join(in.Tags, "|") != "VIP|重点|展会" || rec.contact == nil || rec.contact.Birthday != "03-08" {
		t.Fatalf("record = %+v contact %+v", in, rec.contact)
	}
	bad := []struct {
		cells       []string
		field, code string
	}{
		{[]string{"x", "", "", "", "", "李娜", "1988-02-30"}, "contactBirthday", "validation.invalidBirthday"},
		{[]string{"x", "", "", "", "", "", "1988-02-03"}, "contactName", "validation.required"},
		{[]string{"x", "", "", "", "", "", "", "call me"}, "phone", "validation.invalidPhone"},
		{[]string{""}, "name", "validation.required"},
	}
	for _, b := range bad {
		_, err := parseRecord(row(b.cells...), cols, owners)
		if fieldCode(err, b.field) != b.code {
			t.Errorf("%v: err = %v, want %s on %s", b.cells, err, b.code, b.field)
		}
	}
	// a list cell that names nothing in the list refuses nothing: the run resolves it
	rec, err = parseRecord(row("x", "机器人", "复购", " 电视 "), cols, owners)
	if err != nil || rec.in.Kind != KindCompany || rec.in.Stage != StageLead || rec.in.Source != "" ||
		fmt.Sprint(rec.unknown) != "[{kind 机器人} {stage 复购} {source 电视}]" {
		t.Fatalf("unknown list cells = %+v %v, %v", rec.in, rec.unknown, err)
	}
}

func TestParseBirthday(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"1988-03-08": "1988-03-08", "1988/3/8": "1988-03-08", "1988年3月8日": "1988-03-08", "19880308": "1988-03-08",
		"3-8": "03-08", "03/08": "03-08", "3月8日": "03-08", "32210": "1988-03-08", "": "", "明天": "明天",
	} {
		if got := parseBirthday(in); got != want {
			t.Errorf("parseBirthday(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestThrottleReportsAtMostEveryInterval(t *testing.T) {
	t.Parallel()
	at := time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC)
	var got [][2]int
	th := newThrottle(func(done, total int) { got = append(got, [2]int{done, total}) })
	th.clock = func() time.Time { return at }
	for done := 0; done <= 1000; done++ {
		if done%100 == 0 {
			at = at.Add(30 * time.Millisecond)
		}
		th.report(done, 1000)
	}
	// 0 goes first; then one report per 100 ms of clock (every ~400 rows); 1000 last
	want := [][2]int{{0, 1000}, {400, 1000}, {800, 1000}, {1000, 1000}}
	if len(got) != len(want) {
		t.Fatalf("reports = %v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("reports = %v, want %v", got, want)
		}
	}
	newThrottle(nil).report(1, 1) // nobody listening is fine
}

func TestRowMessageNamesColumnAndReason(t *testing.T) {
	t.Parallel()
	e := RowError{Line: 4, Field: "phone", Column: "联系电话", Code: "validation.invalidPhone"}
	if got := RowMessage(e, "zh-CN"); got != "联系电话：电话号码格式不正确" {
		t.Fatalf("zh = %q", got)
	}
	e = RowError{Line: 4, Field: "name", Code: "validation.tooLong", Params: map[string]any{"max": 100}}
	if got := RowMessage(e, "en"); got != "Name: must be at most 100 characters" {
		t.Fatalf("en = %q", got)
	}
	var missing []string
	for _, code := range importRowCodes {
		if _, ok := rowMessages[code]; !ok {
			missing = append(missing, code)
		}
	}
	for code, m := range rowMessages {
		if m[0] == "" || m[1] == "" {
			missing = append(missing, code)
		}
	}
	if len(missing) > 0 {
		t.Fatalf("no report wording for %v", missing)
	}
}

// importRowCodes are the codes a refused row can carry.
var importRowCodes = []string{"validation.required", "validation.tooLong", "validation.invalidPhone",
	"validation.invalidEmail", "validation.invalidKind", "validation.invalidStage", "validation.invalidSource",
	"validation.invalidOwner", "validation.ownerOutsideTeam", "validation.invalidBirthday", "validation.tooManyTags",
	"validation.matchesSeveral", "errors.forbidden.customer", "errors.forbidden.claimFirst"}
