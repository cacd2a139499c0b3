package app

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"steady/backend/auth"
	"steady/backend/customer"
)

// CustomerFiles is customer import, export and duplicates.
type CustomerFiles struct {
	core    *Core
	session *Session
	jobs    job
}

// NewCustomerFiles binds customer import, export and duplicates.
func NewCustomerFiles(core *Core, session *Session) *CustomerFiles {
	return &CustomerFiles{core: core, session: session}
}

// PickImportFile asks for a CSV or XLSX file; "" means cancelled.
func (f *CustomerFiles) PickImportFile() (string, error) {
	return asActor(f.session, "customers.pickImport", func(auth.Actor) (string, error) {
		return f.core.askOpenPath(wruntime.FileFilter{DisplayName: "CSV / Excel", Pattern: "*.csv;*.xlsx"})
	})
}

// readImportTable reads a file the person chose in the open dialog (or that
// the app wrote); any other path is refused unread.
func (f *CustomerFiles) readImportTable(path string) (customer.ImportTable, error) {
	if err := f.core.paths.check(path); err != nil {
		return customer.ImportTable{}, err
	}
	file, err := os.Open(path)
	if err != nil {
		return customer.ImportTable{}, err
	}
	defer file.Close()
	return customer.ReadImportFile(filepath.Base(path), file)
}

// Preview shows how the file's first rows map to customer fields; an empty
// mapping guesses it from the headers.
func (f *CustomerFiles) Preview(path string, mapping []string) (customer.ImportPreview, error) {
	return asActor(f.session, "customers.preview", func(a auth.Actor) (customer.ImportPreview, error) {
		t, err := f.readImportTable(path)
		if err != nil {
			return customer.ImportPreview{}, err
		}
		return f.core.Customers.PreviewImport(bg(), a, t, mapping, 20)
	})
}

// Import runs the import as one transaction, reporting "customers-import:progress";
// CancelImport stops it with nothing written.
func (f *CustomerFiles) Import(path string, opts customer.ImportOptions) (customer.ImportSummary, error) {
	return asActor(f.session, "customers.import", func(a auth.Actor) (customer.ImportSummary, error) {
		t, err := f.readImportTable(path)
		if err != nil {
			return customer.ImportSummary{}, err
		}
		ctx, progress, finish := f.jobs.start(f.core, "customers-import")
		defer finish()
		return f.core.Customers.Import(ctx, a, t, opts, progress)
	})
}

// CancelImport stops a running import.
func (f *CustomerFiles) CancelImport() { f.jobs.stop("customers-import") }

// SaveRejected saves the refused rows with their reasons as CSV; "" means cancelled.
func (f *CustomerFiles) SaveRejected(path string, rejected []customer.RowError, lang string) (string, error) {
	return asActor(f.session, "customers.saveRejected", func(auth.Actor) (string, error) {
		t, err := f.readImportTable(path)
		if err != nil {
			return "", err
		}
		name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path)) + ".rejected.csv"
		return f.core.saveAs(saveTarget{name: name, filter: "CSV (*.csv)", ext: ".csv"},
			func(w io.Writer) error { return customer.WriteRejectedCSV(w, t, rejected, lang) })
	})
}

// ExportResult is where an export went and how many customers it holds;
// Path is "" when the person closed the dialog or cancelled the export,
// and then no file was written.
type ExportResult struct {
	Path      string `json:"path"`
	Rows      int    `json:"rows"`
	Cancelled bool   `json:"cancelled"`
}

// errExportCancelled keeps a cancelled export from landing as an empty file.
var errExportCancelled = errors.New("app: export cancelled")

// Export saves the filtered list as XLSX, reporting "customers-export:progress";
// CancelExport stops it with no file written.
func (f *CustomerFiles) Export(q customer.ListQuery, lang string) (ExportResult, error) {
	return asActor(f.session, "customers.export", func(a auth.Actor) (ExportResult, error) {
		name := "客户_" + time.Now().Format(time.DateOnly) + ".xlsx"
		if lang == "en" {
			name = "Customers_" + time.Now().Format(time.DateOnly) + ".xlsx"
		}
		ctx, progress, finish := f.jobs.start(f.core, "customers-export")
		defer finish()
		var sum customer.ExportSummary
		path, err := f.core.saveAs(saveTarget{name: name, filter: "Excel (*.xlsx)", ext: ".xlsx"}, func(w io.Writer) error {
			var err error
			sum, err = f.core.Customers.ExportXLSX(ctx, a, q, lang, w, progress)
			if err == nil && sum.Cancelled {
				return errExportCancelled
			}
			return err
		})
		if errors.Is(err, errExportCancelled) {
			return ExportResult{Rows: sum.Rows, Cancelled: true}, nil
		}
		return ExportResult{Path: path, Rows: sum.Rows}, err
	})
}

// CancelExport stops a running export.
func (f *CustomerFiles) CancelExport() { f.jobs.stop("customers-export") }

// Duplicates lists likely duplicate pairs.
func (f *CustomerFiles) Duplicates(limit int) ([]customer.DuplicatePair, error) {
	return asActor(f.session, "customers.duplicates", func(a auth.Actor) ([]customer.DuplicatePair, error) {
		return f.core.Customers.Duplicates(bg(), a, limit)
	})
}

// DismissDuplicate marks a pair as two different customers.
func (f *CustomerFiles) DismissDuplicate(aID, bID string) error {
	return asActorDo(f.session, "customers.dismissDuplicate", func(a auth.Actor) error {
		return f.core.Customers.DismissDuplicate(bg(), a, aID, bID)
	})
}

// Merge folds one customer into another, keeping everything of both.
func (f *CustomerFiles) Merge(in customer.MergeInput) (customer.Customer, error) {
	return asActor(f.session, "customers.merge", func(a auth.Actor) (customer.Customer, error) {
		return f.core.Customers.Merge(bg(), a, in) // main wires the deals and quotes hooks
	})
}

// MergedInto names the customer a merged-away customer lives on in, so an
// old link still leads somewhere.
func (f *CustomerFiles) MergedInto(id string) (string, error) {
	return asActor(f.session, "customers.mergedInto", func(a auth.Actor) (string, error) {
		return f.core.Customers.MergedInto(bg(), a, id)
	})
}
