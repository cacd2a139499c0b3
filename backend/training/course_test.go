package training_test

import (
	"bytes"
	"strings"
	"testing"

	"steady/backend/apperr"
	"steady/backend/training"
)

func TestCreateCourseRejectsBadInput(t *testing.T) {
	w := newWorld(t)
	good := training.CourseInput{Title: "产品基础知识", Kind: training.KindProductKnowledge, Level: "new_hire", Minutes: 90}
	cases := []struct {
		name  string
		edit  func(*training.CourseInput)
		field string
		code  string
	}{
		{"title required", func(c *training.CourseInput) { c.Title = "  " }, "title", "validation.required"},
		{"title too long", func(c *training.CourseInput) { c.Title = strings.Repeat("课", 101) }, "title", "validation.tooLong"},
		{"unknown kind", func(c *training.CourseInput) { c.Kind = "cooking" }, "kind", "validation.invalidChoice"},
		{"unknown level", func(c *training.CourseInput) { c.Level = "expert" }, "level", "validation.invalidLevel"},
		{"no length", func(c *training.CourseInput) { c.Minutes = 0 }, "minutes", "validation.numberRange"},
		{"pass mark above 100", func(c *training.CourseInput) { c.AssessmentRequired, c.PassMark = true, 101 }, "passMark", "validation.numberRange"},
		{"negative certificate", func(c *training.CourseInput) { c.CertificateMonths = -1 }, "certificateMonths", "validation.numberRange"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := good
			c.edit(&in)
			_, err := w.svc.CreateCourse(ctx, w.manager, in)
			wantCode(t, err, c.field, c.code)
		})
	}
	if list, _ := w.svc.Courses(ctx, w.owner, training.CourseFilter{}); len(list) != 0 {
		t.Fatalf("refused input created %d courses", len(list))
	}
}

func TestCoursesAreManagedByManagersAndReadByEveryone(t *testing.T) {
	w := newWorld(t)
	in := training.CourseInput{Title: "合规与廉洁", Kind: training.KindCompliance, Level: "junior", Minutes: 60,
		AssessmentRequired: true, PassMark: 80, CertificateMonths: 12}
	if _, err := w.svc.CreateCourse(ctx, w.rep, in); !errorsIsForbidden(err, "errors.forbidden.managerOnly") {
		t.Fatalf("rep creating a course = %v", err)
	}
	c, err := w.svc.CreateCourse(ctx, w.owner, in)
	if err != nil {
		t.Fatal(err)
	}
	list, err := w.svc.Courses(ctx, w.rep, training.CourseFilter{Level: "junior"})
	if err != nil || len(list) != 1 || list[0].Title != "合规与廉洁" || list[0].PassMark != 80 || list[0].CertificateMonths != 12 {
		t.Fatalf("rep sees %+v, %v", list, err)
	}
	if other, _ := w.svc.Courses(ctx, w.rep, training.CourseFilter{Kind: training.KindSalesSkills}); len(other) != 0 {
		t.Fatalf("kind filter kept %+v", other)
	}

	first := in
	first.ID, first.Version, first.Title = c.ID, c.Version, "合规与廉洁（2026 版）"
	updated, err := w.svc.UpdateCourse(ctx, w.manager, first)
	if err != nil || updated.Version != c.Version+1 || updated.Title != first.Title {
		t.Fatalf("update = %+v, %v", updated, err)
	}
	stale := in
	stale.ID, stale.Version, stale.Title = c.ID, c.Version, "过期的修改"
	_, err = w.svc.UpdateCourse(ctx, w.manager, stale)
	wantKind(t, err, apperr.ErrConflict)
	if now, _ := w.svc.Course(ctx, w.rep, c.ID); now.Title != first.Title {
		t.Fatalf("a stale update overwrote the title: %q", now.Title)
	}
	wantKind(t, w.svc.DeleteCourse(ctx, w.manager, c.ID, c.Version), apperr.ErrConflict)
	if err := w.svc.DeleteCourse(ctx, w.manager, c.ID, updated.Version); err != nil {
		t.Fatal(err)
	}
	_, err = w.svc.Course(ctx, w.owner, c.ID)
	wantKind(t, err, apperr.ErrNotFound)
	h := history(t, w.db, "course", c.ID)
	if len(h) != 3 || h[0].Action != "create" || h[1].Action != "update" || h[2].Action != "delete" || h[2].ActorID != w.manager.ID {
		t.Fatalf("audit = %+v", h)
	}
}

func TestMaterialsKeepLinksAndFilesInTheDatabase(t *testing.T) {
	w := newWorld(t)
	c := w.course("产品基础知识", training.KindProductKnowledge, "new_hire", 90, false, 0, 0)
	pdf := append([]byte("%PDF-1.4\n"), bytes.Repeat([]byte("x"), 2048)...)
	cases := []struct {
		name  string
		in    training.MaterialInput
		field string
		code  string
	}{
		{"link without url", training.MaterialInput{CourseID: c.ID, Kind: "link", Title: "官网"}, "url", "validation.required"},
		{"link not http", training.MaterialInput{CourseID: c.ID, Kind: "link", Title: "x", URL: "ftp://example.com/a"}, "url", "validation.invalidUrl"},
		{"empty file", training.MaterialInput{CourseID: c.ID, Kind: "file", FileName: "a.pdf"}, "data", "validation.required"},
		{"file too large", training.MaterialInput{CourseID: c.ID, Kind: "file", FileName: "a.pdf", Data: make([]byte, training.MaxMaterialBytes+1)}, "data", "validation.fileTooLarge"},
		{"file without name", training.MaterialInput{CourseID: c.ID, Kind: "file", Data: pdf}, "fileName", "validation.required"},
		{"unknown kind", training.MaterialInput{CourseID: c.ID, Kind: "video", Title: "x"}, "kind", "validation.invalidChoice"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := w.svc.AddMaterial(ctx, w.manager, tc.in)
			wantCode(t, err, tc.field, tc.code)
		})
	}
	link, err := w.svc.AddMaterial(ctx, w.manager, training.MaterialInput{CourseID: c.ID, Kind: "link", Title: "产品手册", URL: "https://example.com/手册"})
	if err != nil {
		t.Fatal(err)
	}
	file, err := w.svc.AddMaterial(ctx, w.manager, training.MaterialInput{CourseID: c.ID, Kind: "file", FileName: `C:\资料\产品介绍.pdf`, Data: pdf})
	if err != nil {
		t.Fatal(err)
	}
	if file.FileName != "产品介绍.pdf" || file.Title != "产品介绍.pdf" || file.Mime != "application/pdf" || file.Size != len(pdf) {
		t.Fatalf("file = %+v", file)
	}
	got, err := w.svc.Course(ctx, w.rep, c.ID)
	if err != nil || len(got.Materials) != 2 || got.Materials[0].ID != link.ID {
		t.Fatalf("materials = %+v, %v", got.Materials, err)
	}
	att, err := w.svc.Attachment(ctx, w.rep, file.ID)
	if err != nil || !bytes.Equal(att.Data, pdf) || att.FileName != "产品介绍.pdf" {
		t.Fatalf("attachment = %q %d bytes, %v", att.FileName, len(att.Data), err)
	}
	if h := history(t, w.db, "trainingMaterial", file.ID); len(h) != 1 || strings.Contains(h[0].After, "PDF") {
		t.Fatalf("audit should note the file without its bytes: %+v", h)
	}
	if err := w.svc.DeleteMaterial(ctx, w.manager, link.ID, link.Version); err != nil {
		t.Fatal(err)
	}
	if got, _ := w.svc.Course(ctx, w.rep, c.ID); len(got.Materials) != 1 {
		t.Fatalf("after delete = %+v", got.Materials)
	}
}

func errorsIsForbidden(err error, code string) bool {
	e, ok := apperr.As(err)
	return ok && e.Kind == apperr.KindForbidden && e.Code == code
}
