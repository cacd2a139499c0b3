package app

import (
	"errors"

	"steady/backend/audit"
)

// The owner's trail and export of everything, and backups: the whole
// company's data, the owner's alone. The damaged-file offer runs before
// anyone can sign in and only when the database could not be opened.
func systemRows() map[string]row {
	ownerOnly := roleWise(allowed, forbidden, forbidden)
	return map[string]row{
		"System.AuditLog": {want: ownerOnly, call: func(f *fixture, r role) error { return second(f.system.AuditLog(audit.Query{Limit: 20})) }},
		"System.ExportAll": {want: ownerOnly, call: func(f *fixture, r role) error {
			if r == asOwner && f.signedIn() {
				return nil // the owner's path needs the window's progress events; exportall's own tests write it
			}
			return second(f.system.ExportAll("zh-CN"))
		}},
		"System.CancelExportAll": {want: every(public), call: func(f *fixture, r role) error { f.system.CancelExportAll(); return nil }},

		"Backups.Status": {want: ownerOnly, call: func(f *fixture, r role) error { return second(f.backups.Status()) }},
		"Backups.ChooseFolder": {want: ownerOnly, call: func(f *fixture, r role) error {
			return f.withDialogs(func() error { return second(f.backups.ChooseFolder()) })
		}},
		"Backups.BackUpNow":    {want: ownerOnly, call: func(f *fixture, r role) error { return second(f.backups.BackUpNow()) }},
		"Backups.CancelBackUp": {want: every(public), call: func(f *fixture, r role) error { f.backups.CancelBackUp(); return nil }},
		"Backups.Verify": {want: ownerOnly, call: func(f *fixture, r role) error {
			e := f.backupNow()
			return second(f.backups.Verify(e))
		}},
		"Backups.Preview": {want: ownerOnly, call: func(f *fixture, r role) error {
			e := f.backupNow()
			return second(f.backups.Preview(e))
		}},
		"Backups.Restore": {want: ownerOnly, call: func(f *fixture, r role) error {
			if r == asOwner && f.signedIn() {
				return nil // replaces the fixture's database; the backups tests restore
			}
			e := f.backupNow()
			return second(f.backups.Restore(e))
		}},
		"Backups.Offer": {want: every(public), call: func(f *fixture, r role) error {
			o, err := f.backups.Offer()
			if err == nil && o.Found {
				return errors.New("a sound database was offered a backup")
			}
			return err
		}},
		"Backups.RestoreOffered": {want: every(public), call: func(f *fixture, r role) error {
			if _, err := f.backups.RestoreOffered(); errKind(err) != "forbidden" {
				return errors.New("a sound database was restored over")
			}
			return nil
		}},
	}
}

// backupNow writes a backup into the folder and returns its name; the
// fingerprint is taken again after it.
func (f *fixture) backupNow() string {
	f.t.Helper()
	e, err := f.core.Backups.Run(tctx, f.core.DB, nil)
	f.must(err)
	f.ready()
	return e.Name
}
