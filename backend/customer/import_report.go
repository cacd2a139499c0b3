package customer

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"
)

// rowMessages are the reasons a row can be refused for, as the report file
// prints them: the report is read outside the app, so it carries the words
// and not only the codes. {name} is replaced by the param of that name.
var rowMessages = map[string][2]string{ // code: {zh-CN, en}
	"validation.required":         {"必填", "is required"},
	"validation.tooLong":          {"不能超过 {max} 个字符", "must be at most {max} characters"},
	"validation.invalidPhone":     {"电话号码格式不正确", "is not a valid phone number"},
	"validation.invalidEmail":     {"邮箱格式不正确", "is not a valid e-mail address"},
	"validation.invalidKind":      {"“{value}”不是有效的客户类型（公司或个人）", "“{value}” is not a customer kind (company or person)"},
	"validation.invalidStage":     {"“{value}”不是有效的阶段", "“{value}” is not a lifecycle stage"},
	"validation.invalidSource":    {"“{value}”不是有效的来源渠道", "“{value}” is not a known source"},
	"validation.invalidOwner":     {"找不到负责人“{value}”或其已停用", "no active user called “{value}”"},
	"validation.ownerOutsideTeam": {"只能分配给自己团队的成员", "can only be someone in your team"},
	"validation.invalidBirthday":  {"生日格式应为 MM-DD 或 YYYY-MM-DD", "must be MM-DD or YYYY-MM-DD"},
	"validation.tooManyTags":      {"最多 {max} 个标签", "at most {max} tags"},
	"validation.matchesSeveral":   {"与 {count} 位已有客户重复，请先合并这些客户", "matches {count} existing customers; merge them first"},
	"errors.forbidden.customer":   {"这位客户已存在，归属其他同事，您无权修改", "this customer exists and belongs to a colleague"},
	"errors.forbidden.claimFirst": {"这位客户已在公海中，请先领取再导入", "this customer is in the pool; claim it first"},
	"errors.forbidden.role":       {"您的角色不能导入客户", "your role cannot import customers"},
	"errors.conflict.customer":    {"客户刚被他人修改，请重新导入", "the customer changed meanwhile; import again"},
	"errors.conflict.contact":     {"联系人刚被他人修改，请重新导入", "the contact changed meanwhile; import again"},
	"errors.notFound.customer":    {"找不到这位客户", "the customer no longer exists"},
	"validation.invalidChoice":    {"不是有效的选项", "is not a valid choice"},
	"validation.invalidWorkbook":  {"无法读取这个 Excel 文件", "the workbook cannot be read"},
	"validation.unreadableFile":   {"无法读取这个文件", "the file cannot be read"},
	"validation.missingColumns":   {"缺少这些列：{columns}", "missing columns: {columns}"},
	"validation.tooManyRows":      {"一次最多导入 {max} 行", "at most {max} rows per import"},
	"validation.importTooLarge":   {"文件太大：导入的文件（或 Excel 文件解压后的内容）不能超过 {maxMB} MB，请拆成几个较小的文件", "the file is too large: an import file (or what an Excel file unpacks to) can be at most {maxMB} MB; split it into smaller files"},
	"validation.tooManyColumns":   {"第 {line} 行用到了超过 {max} 列，不像一份名单", "row {line} uses more than {max} columns, which is not a list"},
	"validation.lineTooLong":      {"第 {line} 行太长，无法读取", "line {line} is too long to read; is this a CSV file?"},
	"validation.nulByte":          {"第 {line} 行含有空字符（NUL），文件可能已损坏", "line {line} contains a NUL character: the file may be damaged or not text"},
	"validation.invalidUtf8":      {"文件是 UTF-8 编码，但第 {line} 行有不属于 UTF-8 的字节", "the file is UTF-8, but line {line} holds bytes that are not; fix that line or export the file again"},
	"validation.mixedEncoding":    {"文件混用了两种编码：大部分是 GBK，第 {line} 行却是 UTF-8", "the file mixes encodings: most of it is GBK, but line {line} is UTF-8; save it in one encoding"},
	"validation.unknownEncoding":  {"第 {line} 行的文字既不是 UTF-8 也不是 GBK", "the text on line {line} is neither UTF-8 nor GBK; save the file as CSV UTF-8"},
}

// RowMessage renders why a row was refused in lang ("en", else Chinese):
// the column, then the reason.
func RowMessage(e RowError, lang string) string {
	i := 0
	if lang == "en" {
		i = 1
	}
	text := e.Code
	if m, ok := rowMessages[e.Code]; ok {
		text = m[i]
	}
	for k, v := range e.Params {
		text = strings.ReplaceAll(text, "{"+k+"}", fmt.Sprint(v))
	}
	column := e.Column
	if column == "" && e.Field != "" {
		column = fieldLabel(e.Field, lang)
	}
	if column == "" {
		return text
	}
	if i == 1 {
		return column + ": " + text
	}
	return column + "：" + text
}

// WriteRejectedCSV writes the refused rows of t as a CSV file that Excel
// opens (UTF-8 with a byte order mark): each row's own cells under the
// file's headers, then its line and the reason. Fixed, it imports again.
func WriteRejectedCSV(w io.Writer, t ImportTable, rejected []RowError, lang string) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("customer: rejected rows: %w", err)
	}
	line, reason := "原行号", "错误原因"
	if lang == "en" {
		line, reason = "Line", "Reason"
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(append(safeCells(t.Headers, len(t.Headers)), line, reason)); err != nil {
		return fmt.Errorf("customer: rejected rows: %w", err)
	}
	byLine := make(map[int]ImportRow, len(t.Rows))
	for _, r := range t.Rows {
		byLine[r.Line] = r
	}
	for _, e := range rejected {
		cells := safeCells(byLine[e.Line].Cells, len(t.Headers))
		if err := cw.Write(append(cells, fmt.Sprint(e.Line), RowMessage(e, lang))); err != nil {
			return fmt.Errorf("customer: rejected rows: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("customer: rejected rows: %w", err)
	}
	return nil
}

// safeCells copies cells, padded to n, with an apostrophe before any text a
// spreadsheet would run as a formula (ReadCSV drops it again).
func safeCells(cells []string, n int) []string {
	out := make([]string, max(n, len(cells)))
	for i, c := range cells {
		out[i] = textCell(c)
	}
	return out
}

// textCell keeps text that begins like a formula from being one.
func textCell(c string) string {
	if c != "" && strings.ContainsRune(formulaStarts, rune(c[0])) {
		return "'" + c
	}
	return c
}
