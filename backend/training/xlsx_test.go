package training_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"steady/backend/training"
)

func exportBook(t *testing.T, w *world, lang string, f training.MatrixFilter) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := w.svc.ExportXLSX(ctx, w.owner, lang, f, &buf); err != nil {
		t.Fatal(err)
	}
	book, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { book.Close() })
	return book
}

func rows(t *testing.T, book *excelize.File, sheet string) [][]string {
	t.Helper()
	got, err := book.GetRows(sheet)
	if err != nil {
		t.Fatalf("sheet %s: %v", sheet, err)
	}
	return got
}

func TestExportWritesTheMatrixAndEveryRecordInTheUsersLanguage(t *testing.T) {
	w, _ := monthFixture(t)
	if _, err := w.svc.CreateRoleplay(ctx, w.manager, priceObjection(w)); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		lang        string
		sheets      []string
		matrixHead  string
		firstRow    string
		recordsHead string
		firstRecord string
		roleplay    string
	}{
		{"zh-CN", []string{"培训矩阵", "培训记录"},
			"姓名|级别|产品基础知识|合规|市场趋势|标准销售流程|已完成|待完成|已逾期",
			"孙磊|新人|已逾期 2026-11-23|待完成 2026-12-16|待完成 2027-01-15|已完成 2026-11-20|1|2|1",
			"日期|销售|记录类型|课程或场景|课程类别|讲师或评估人|方式|出勤|成绩|结果|学时（小时）",
			"2026-12-03|赵敏|培训课程|合规|合规|周明远|现场|出席|90|通过|1",
			"2026-11-24|李强|角色扮演演练|客户嫌报价太高，要求再降 10%|角色扮演|王芳|||68.57"},
		{"en", []string{"Training matrix", "Training records"},
			"Name|Level|产品基础知识|合规|市场趋势|标准销售流程|Done|Due|Overdue",
			"孙磊|New hire|Overdue 2026-11-23|Due 2026-12-16|Due 2027-01-15|Done 2026-11-20|1|2|1",
			"Date|Rep|Record|Course or scenario|Course kind|Trainer or evaluator|Mode|Attendance|Score|Result|Hours",
			"2026-12-03|赵敏|Course session|合规|Compliance|周明远|On site|Present|90|Passed|1",
			"2026-11-24|李强|Role-play practice|客户嫌报价太高，要求再降 10%|Role-play|王芳|||68.57"},
	}
	for _, c := range cases {
		t.Run(c.lang, func(t *testing.T) {
			book := exportBook(t, w, c.lang, training.MatrixFilter{})
			if got := strings.Join(book.GetSheetList(), "|"); got != strings.Join(c.sheets, "|") {
				t.Fatalf("sheets = %s", got)
			}
			matrix := rows(t, book, c.sheets[0])
			if len(matrix) != 5 || strings.Join(matrix[0], "|") != c.matrixHead || strings.Join(matrix[1], "|") != c.firstRow {
				t.Fatalf("matrix = %q", matrix)
			}
			records := rows(t, book, c.sheets[1])
			// A header, 10 attendance lines and one role-play.
			if len(records) != 12 || strings.Join(records[0], "|") != c.recordsHead || strings.Join(records[1], "|") != c.firstRecord {
				t.Fatalf("records = %q", records)
			}
			found := false
			for _, r := range records {
				found = found || strings.Join(r, "|") == c.roleplay
			}
			if !found {
				t.Fatalf("no role-play line %q in %q", c.roleplay, records)
			}
		})
	}
}

func TestExportHoursAndStatusColours(t *testing.T) {
	w, _ := monthFixture(t)
	book := exportBook(t, w, "zh-CN", training.MatrixFilter{Level: "new_hire"})
	records := rows(t, book, "培训记录")
	hours := map[string]string{}
	for _, r := range records[1:] {
		hours[r[0]+" "+r[1]] = r[len(r)-1]
	}
	// 120 minutes attended → 2 hours; 90 → 1.5; absent → 0.
	if hours["2026-11-20 孙磊"] != "2" || hours["2026-11-12 李强"] != "1.5" || hours["2026-11-20 李强"] != "0" {
		t.Fatalf("hours = %v", hours)
	}
	overdue, _ := book.GetCellStyle("培训矩阵", "C2")
	done, _ := book.GetCellStyle("培训矩阵", "F2")
	if overdue == done || overdue == 0 {
		t.Fatalf("overdue and done cells share style %d/%d", overdue, done)
	}
	if matrix := rows(t, book, "培训矩阵"); len(matrix) != 4 {
		t.Fatalf("level filter kept %d rows", len(matrix))
	}
	if got := training.ExportFileName("zh-CN", "2026-11-27"); got != "培训矩阵_2026-11-27.xlsx" {
		t.Fatalf("file name = %s", got)
	}
}
