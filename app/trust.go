package app

import (
	"context"
	"errors"
	"io"
	"time"

	"steady/backend/audit"
	"steady/backend/auth"
	"steady/backend/exportall"
)

// AuditLog is a page of the trail of changes, newest first, filtered by
// person, record and time. Only the owner reads it.
func (s *System) AuditLog(q audit.Query) (audit.Page, error) {
	return asActor(s.session, "system.auditLog", func(a auth.Actor) (audit.Page, error) {
		return audit.List(bg(), s.core.DB.Read(), a, q)
	})
}

// ExportAllResult is where the workbook went ("" when the person cancelled)
// and what it holds.
type ExportAllResult struct {
	Path      string            `json:"path"`
	Summary   exportall.Summary `json:"summary"`
	Cancelled bool              `json:"cancelled"` // stopped midway: nothing was saved
}

// ExportAll asks where to save and writes the whole company there as one
// workbook, in lang ("zh-CN" or "en"), reporting "export-all:progress";
// CancelExportAll stops it with nothing saved. Only the owner may take the
// whole company, and is refused before any dialog opens.
func (s *System) ExportAll(lang string) (ExportAllResult, error) {
	return asActor(s.session, "system.exportAll", func(a auth.Actor) (ExportAllResult, error) {
		if err := a.MayCopyCompany(); err != nil {
			return ExportAllResult{}, err
		}
		name := "Steady-全部数据-" + time.Now().Format("2006-01-02") + ".xlsx"
		if lang == "en" {
			name = "Steady-all-data-" + time.Now().Format("2006-01-02") + ".xlsx"
		}
		ctx, progress, finish := s.jobs.start(s.core, "export-all")
		defer finish()
		var sum exportall.Summary
		path, err := s.core.saveAs(saveTarget{name: name, filter: "Excel (*.xlsx)", ext: ".xlsx"}, func(w io.Writer) error {
			var err error
			sum, err = exportall.Write(ctx, s.core.DB, a, w, exportall.Options{Lang: lang, Progress: progress})
			return err
		})
		if errors.Is(err, context.Canceled) {
			return ExportAllResult{Cancelled: true}, nil
		}
		return ExportAllResult{Path: path, Summary: sum}, err
	})
}

// CancelExportAll stops a running export of everything.
func (s *System) CancelExportAll() { s.jobs.stop("export-all") }
