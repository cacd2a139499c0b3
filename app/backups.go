package app

import (
	"context"
	"time"

	wruntime "github.com/wailsapp/wails/v2/pkg/runtime"

	"steady/backend/apperr"
	"steady/backend/auth"
	"steady/backend/backups"
)

// quitBackupWait is how long quitting waits for its backup; one not done
// by then is owed and runs at the next start.
const quitBackupWait = 4 * time.Second

// Backups is the backups screen's backend (the owner's) and the start-up
// offer to restore over a damaged database (anyone at this computer).
type Backups struct {
	core    *Core
	session *Session
	jobs    job
}

// NewBackups binds backups.
func NewBackups(core *Core, session *Session) *Backups {
	return &Backups{core: core, session: session}
}

// owner runs fn for the owner only (a backup holds every customer and
// every password hash).
func owner[T any](b *Backups, op string, fn func() (T, error)) (T, error) {
	return asActor(b.session, op, func(a auth.Actor) (T, error) {
		if err := a.MayCopyCompany(); err != nil {
			var zero T
			return zero, err
		}
		return fn()
	})
}

// Status lists this computer's backups and says whether they are stale.
func (b *Backups) Status() (backups.Status, error) {
	return owner(b, "backups.status", b.core.Backups.Status)
}

// ChooseFolder asks for the folder backups go to (a synced folder works);
// "" means cancelled.
func (b *Backups) ChooseFolder() (string, error) {
	return owner(b, "backups.chooseFolder", func() (string, error) {
		current, _ := b.core.Backups.Folder() // only the dialog's starting point
		folder, err := wruntime.OpenDirectoryDialog(b.core.wailsContext(), wruntime.OpenDialogOptions{
			DefaultDirectory: current, CanCreateDirectories: true,
		})
		if err != nil || folder == "" {
			return "", err
		}
		return folder, b.core.Backups.SetFolder(folder)
	})
}

// BackUpNow writes a backup into the folder, reporting "backups-run:progress";
// CancelBackUp stops it with no file left behind.
func (b *Backups) BackUpNow() (backups.Entry, error) {
	return owner(b, "backups.run", func() (backups.Entry, error) {
		ctx, progress, finish := b.jobs.start(b.core, "backups-run")
		defer finish()
		return b.core.Backups.Run(ctx, b.core.DB, progress)
	})
}

// CancelBackUp stops a running backup.
func (b *Backups) CancelBackUp() { b.jobs.stop("backups-run") }

// Verify runs the full integrity check on a backup in the folder.
func (b *Backups) Verify(name string) (bool, error) {
	return owner(b, "backups.verify", func() (bool, error) {
		r, err := b.core.Backups.Verify(context.Background(), name)
		return err == nil && r.Err() == nil, err
	})
}

// Preview says what a backup in the folder holds.
func (b *Backups) Preview(name string) (backups.Preview, error) {
	return owner(b, "backups.preview", func() (backups.Preview, error) {
		return b.core.Backups.Preview(context.Background(), name)
	})
}

// Restore puts a backup in place of the open database: the database is
// closed, replaced and opened again, and everyone is signed out (the people
// and passwords are the backup's now). A restore the store refuses leaves
// the current database open as it was.
func (b *Backups) Restore(name string) (string, error) {
	kept, err := owner(b, "backups.restore", func() (string, error) {
		if _, err := b.core.Backups.Preview(context.Background(), name); err != nil {
			return "", err // checked before anything is closed
		}
		b.core.DB.Close()
		kept, err := b.core.Backups.Restore(context.Background(), name)
		b.core.Reopen()
		return kept, err
	})
	if err == nil {
		b.session.signOut()
	}
	return kept, err
}

// DamagedOffer is the newest good backup offered when the database could not
// be opened because it is damaged; Found is false when there is none.
type DamagedOffer struct {
	Found   bool            `json:"found"`
	Preview backups.Preview `json:"preview"`
}

// Offer finds the newest backup that passes its check, for the start-up
// screen of a damaged database; there is no one to sign in then.
func (b *Backups) Offer() (DamagedOffer, error) {
	if !b.damaged() {
		return DamagedOffer{}, nil
	}
	p, err := b.core.Backups.NewestGood(context.Background())
	if !backups.HasGood(err) {
		return DamagedOffer{}, nil
	}
	if err != nil {
		return DamagedOffer{}, toUI(b.core.Log, "backups.offer", err)
	}
	return DamagedOffer{Found: true, Preview: p}, nil
}

// RestoreOffered restores the newest good backup over the damaged database
// (kept aside whole) and opens it.
func (b *Backups) RestoreOffered() (backups.Preview, error) {
	if !b.damaged() {
		return backups.Preview{}, toUI(b.core.Log, "backups.restoreOffered", apperr.Forbidden("errors.forbidden.notDamaged"))
	}
	p, kept, err := b.core.Backups.RestoreNewestGood(context.Background())
	if err != nil {
		return backups.Preview{}, toUI(b.core.Log, "backups.restoreOffered", err)
	}
	b.core.Log.Warn("restored the newest good backup over a damaged database", "backup", p.Entry.Path, "damagedKept", kept)
	b.core.Reopen()
	return p, toUI(b.core.Log, "backups.restoreOffered", b.core.ready())
}

// damaged says whether start-up could not open the database for what the
// file holds (damaged, malformed, not a Steady file): the only state in
// which the offer is made. A database open in another Steady, written by a
// newer one, locked, read-only or on a failing drive is not damaged, and
// nothing is offered: a restore there would put older data over good data.
func (b *Backups) damaged() bool {
	code := storeCode(b.core.ready())
	return code == "startup.damaged" || code == "startup.notSteady"
}

// AutoBackup makes the day's backup at start-up when one is due (none yet
// today, or the last quit's did not finish), whoever signs in: each
// computer keeps its own copies.
func (c *Core) AutoBackup(ctx context.Context) {
	if c.ready() != nil {
		return
	}
	due, err := c.Backups.Due()
	if err != nil || !due {
		if err != nil {
			c.Log.Error("automatic backup", "err", err)
		}
		return
	}
	if e, err := c.Backups.Run(ctx, c.DB, nil); err != nil {
		c.Log.Error("automatic backup", "err", err)
	} else {
		c.Log.Info("automatic backup", "file", e.Path)
	}
}

// QuitBackup backs up on the way out, waiting at most quitBackupWait; a
// backup cut short stays owed and runs at the next start.
func (c *Core) QuitBackup() {
	if c.ready() != nil {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), quitBackupWait)
	defer cancel()
	if e, err := c.Backups.Run(ctx, c.DB, nil); err != nil {
		c.Log.Error("backup at quit (runs at the next start)", "err", err)
	} else {
		c.Log.Info("backup at quit", "file", e.Path)
	}
}
